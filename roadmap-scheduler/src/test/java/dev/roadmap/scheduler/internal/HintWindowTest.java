package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link HintWindow} counts only a window the lower bound's sweep takes: threshold 0 always, a skill's
 * tail while the thresholds are every distinct tail, and no other threshold once they are thinned (a
 * window the sweep skips could prove more than the bound, which must stay the sweep's).
 */
class HintWindowTest {
    /** A chain of {@code n} skills alternating between two tracks: tails 0 .. n-1, all distinct. */
    private static Problem chain(int n) {
        Roadmap.Builder b = Roadmap.builder("chain");
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i).track(i % 2 == 0 ? "a" : "b").effort(Effort.ofHours(2, 2));
            if (i > 0) {
                s.requires("s" + (i - 1));
            }
            b.addSkill(s.build());
        }
        PlanOptions options = PlanOptions.builder().start(LocalDate.of(2026, 12, 7))
                .capacity(Capacity.perTrack(Map.of("a", 2.0, "b", 2.0))).build();
        Problem p = ProblemBuilder.build(b.build(), options);
        Cents.roundFlexibleHours(p);
        return p;
    }

    private static int[] releases(Problem p) {
        int[] release = new int[p.m];
        Arrays.fill(release, 1);
        return release;
    }

    @Test
    void everyDistinctTailCountsWhileTheThresholdsAreNotThinned() {
        Problem p = chain(60);
        int[] tails = LowerBoundReference.tails(p);
        assertThat(LowerBound.thresholds(tails, p.m)).hasSameSizeAs(LowerBound.distinct(tails, p.m));
        int[] release = releases(p);
        for (int v = 0; v < p.m; v++) {
            // one week is reached by any window holding hours
            assertThat(HintWindow.reaches(p, release, tails, BoundHint.of(p.track[v], tails[v]), 1)).as("skill %d", v).isTrue();
        }
        assertThat(HintWindow.reaches(p, release, tails, BoundHint.of(0, p.m + 5), 1)).as("a threshold no tail reaches").isFalse();
        assertThat(HintWindow.reaches(p, release, tails, BoundHint.of(2, 0), 1)).as("no such track").isFalse();
        assertThat(HintWindow.reaches(p, release, tails, BoundHint.NONE, 1)).isFalse();
    }

    @Test
    void onlyThresholdZeroCountsOnceTheThresholdsAreThinned() {
        Problem p = chain(600);
        int[] tails = LowerBoundReference.tails(p);
        int[] thresholds = LowerBound.thresholds(tails, p.m);
        assertThat(thresholds.length).isLessThan(LowerBound.distinct(tails, p.m).length);
        int[] release = releases(p);
        int skipped = 0;
        for (int v = 0; v < p.m; v++) {
            if (tails[v] > 0 && Arrays.binarySearch(thresholds, tails[v]) < 0) {
                skipped++;
                assertThat(HintWindow.reaches(p, release, tails, BoundHint.of(p.track[v], tails[v]), 1)).as("skill %d", v)
                        .isFalse();
            }
        }
        assertThat(skipped).isGreaterThan(100);
        assertThat(HintWindow.reaches(p, release, tails, BoundHint.of(0, 0), 1)).isTrue();
    }
}
