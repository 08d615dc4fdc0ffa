package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DocumentReader#isRule}, read in place, against its definition on a copy of the first line. */
class SeparatorHeadingTest {
    private static boolean definition(String text) {
        String first = OutlineReader.firstLine(text);
        return first.length() >= 3 && first.chars().allMatch(c -> c == '=' || c == '-');
    }

    @Test
    void agreesWithTheFirstLineDefinition() {
        char[] alphabet = {'=', '-', ' ', '\t', '\n', '\r', '\u2003', '\u00A0', 'a', '*'};
        Random random = new Random(3);
        int rules = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(alphabet[random.nextInt(random.nextBoolean() ? 3 : alphabet.length)]);
            }
            String text = b.toString();
            assertThat(DocumentReader.isRule(text)).as("'%s'", text).isEqualTo(definition(text));
            rules += definition(text) ? 1 : 0;
        }
        assertThat(rules).isGreaterThan(2_000);
    }
}
