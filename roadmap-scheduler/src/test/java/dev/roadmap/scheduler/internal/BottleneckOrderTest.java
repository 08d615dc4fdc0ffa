package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Improvement#bottleneckWeeks}, which weighs each flexible skill's weeks once for both the tracks'
 * loads and the bottleneck's share, against its definition: the track with the most weeks of work at
 * its usual hours, then each skill's weeks on that track (a rigid skill with a load there its weeks, a
 * flexible one there its hours at the usual rate). Seeded random problems with fixed-pace skills, pools,
 * zero-hour tracks and overrides; and the remaining paths the order works out along its walk.
 */
class BottleneckOrderTest {
    private static final double EPS_HOURS = 1e-9;

    @Test
    void theBottleneckWeeksAreTheirDefinition() {
        int[] rigid = new int[1];
        int built = RandomProblems.forEach(new Random(29), 800, null, (round, p, options) -> {
            assertThat(Improvement.bottleneckWeeks(p)).as("round %d", round).containsExactly(definition(p));
            rigid[0] += WeekPacker.boundable(p) ? 0 : 1;
        });
        assertThat(built).isGreaterThan(600);
        assertThat(rigid[0]).isGreaterThan(100);
    }

    /**
     * The bottleneck order works out the remaining paths along its own walk when nobody has yet: they are
     * {@link Priorities#remainingPath}'s numbers, and the order is the same as with those worked out first.
     */
    @Test
    void theRemainingPathsWorkedOutAlongTheOrderAreTheirDefinition() {
        int built = RandomProblems.forEach(new Random(31), 600, null, (round, p, options) -> {
            assertThat(p.remainingPathIfKnown()).isNull();
            int[] order = Improvement.bottleneckOrder(p);
            assertThat(p.remainingPathIfKnown()).as("round %d", round).containsExactly(Priorities.remainingPath(p));
            assertThat(Improvement.bottleneckOrder(p)).as("round %d, paths known", round).containsExactly(order);
        });
        assertThat(built).isGreaterThan(400);
    }

    private static double[] definition(Problem p) {
        int tracks = p.cap.trackCount();
        double[] load = new double[tracks];
        for (int v = 0; v < p.m; v++) {
            for (int t = 0; t < tracks; t++) {
                load[t] += p.rigid[v] ? rigidLoad(p, v, t) : p.track[v] == t ? weeks(p, v, t) : 0;
            }
        }
        int bottleneck = 0;
        for (int t = 1; t < tracks; t++) {
            if (load[t] > load[bottleneck]) {
                bottleneck = t;
            }
        }
        double[] own = new double[p.m];
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v]) {
                own[v] = rigidLoad(p, v, bottleneck) > 0 ? p.rigidWeeks[v] : 0;
            } else {
                own[v] = p.track[v] == bottleneck ? weeks(p, v, bottleneck) : 0;
            }
        }
        return own;
    }

    /** A flexible skill's weeks at its track's usual hours. */
    private static double weeks(Problem p, int v, int t) {
        return p.hours[v] / Math.max(p.cap.usual[t], EPS_HOURS);
    }

    /** A rigid skill's weeks of work on a track: its weeks times its load there, at the track's usual hours. */
    private static double rigidLoad(Problem p, int v, int t) {
        double sum = 0;
        for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
            if (p.loadTrack[l] == t) {
                sum += p.rigidWeeks[v] * p.loadHours[l] / Math.max(p.cap.usual[t], EPS_HOURS);
            }
        }
        return sum;
    }
}
