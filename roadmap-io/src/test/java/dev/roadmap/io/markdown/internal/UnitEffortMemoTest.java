package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.spi.ReadLimits;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reading context's remembered effort test ({@link ReadContext#isUnitEffort}) against the test it
 * remembers ({@link EffortSpotter#isUnitEffort}), and the effort spotted with it against the spotting
 * that asks the test afresh, over seeded random headings whose notations repeat, for more distinct
 * texts than the memo keeps (so that it starts again on the way).
 */
class UnitEffortMemoTest {
    private static final String[] PIECES = {"Skill", "Python", "basics", "3-7 hours", "2 weeks", "1h", "1–2 недели", "3 дня", "2 周",
        "Week 3", "x", "12", "3-7", "hours", "~5h", "∞", "(", ")", "（", "）", " — ", " – ", " - ", " —", "— ", " ", "  ", ":", "|",
        "Optional", "Path A", "2-4 Hours", " 2-4 hours ", "1.5 months", "0 h", "(3-7 hours)", "（2 周）"};

    @Test
    void theRememberedTestAnswersAsTheTestItself() {
        Random random = new Random(61);
        ReadContext ctx = new ReadContext("t.md", ReadLimits.defaults(), "", 10);
        for (int i = 0; i < 12_000; i++) {
            String text = words(random, 1 + random.nextInt(3)) + (random.nextInt(3) == 0 ? " " + i : "");
            assertThat(ctx.isUnitEffort(text)).as(text).isEqualTo(EffortSpotter.isUnitEffort(text));
        }
    }

    @Test
    void anEffortSpottedWithTheRememberedTestIsTheOneSpottedAfresh() {
        Random random = new Random(62);
        ReadContext ctx = new ReadContext("t.md", ReadLimits.defaults(), "", 10);
        int spotted = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = words(random, 1 + random.nextInt(6)) + (random.nextInt(2) == 0 ? " " + random.nextInt(9_000) : "");
            var expected = EffortSpotter.spot(text);
            assertThat(EffortSpotter.spot(text, ctx::isUnitEffort)).as(text).isEqualTo(expected);
            spotted += expected.isPresent() ? 1 : 0;
        }
        assertThat(spotted).as("headings that carry an effort").isGreaterThan(2_000);
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
