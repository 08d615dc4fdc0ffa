package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the packer's scratch works out from the problem in one walk over the skills, against each
 * definition: the guard on weeks (twice the weeks of every skill alone at its track's usual hours,
 * plus one each, plus the last override and 16), the flexible hours per track that a bounded pass
 * starts from (summed in skill order, as the bounded pass summed them) and whether a pass may be
 * bounded at all. Seeded random problems with fixed-pace skills, pools, zero-hour tracks and overrides.
 */
class PackerScratchTest {

    @Test
    void theScratchMatchesTheDefinitionsOfItsProblem() {
        int[] rigid = new int[1];
        int built = RandomProblems.forEach(new Random(17), 600, null, (round, p, options) -> {
            PackerScratch scratch = PackerScratch.acquire(p);
            scratch.release();
            assertThat(scratch.guardWeeks).as("round %d", round).isEqualTo(guardWeeks(p));
            assertThat(scratch.boundable).isEqualTo(WeekPacker.boundable(p));
            double[] hours = new double[p.cap.trackCount()];
            for (int v = 0; v < p.m; v++) {
                if (!p.rigid[v]) {
                    hours[p.track[v]] += p.hours[v];
                }
            }
            assertThat(scratch.flexibleHours).containsExactly(hours);
            rigid[0] += scratch.boundable ? 0 : 1;
        });
        assertThat(built).isGreaterThan(400);
        assertThat(rigid[0]).isGreaterThan(50);
    }

    /** The guard's definition: a safety net far beyond any week a greedy pass can reach. */
    private static long guardWeeks(Problem p) {
        CapacityTable cap = p.cap;
        long g = cap.lastOverrideWeek() + 16L;
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v]) {
                g += p.rigidWeeks[v] + 1L;
            } else {
                double u = cap.usual[p.track[v]];
                g += (u > 0 ? (long) Math.ceil(p.hours[v] / u) : 0) + 1L;
            }
        }
        return 2 * g;
    }
}
