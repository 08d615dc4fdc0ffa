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

    /**
     * Problems of one slot take its spare scratch (when it has room for their skills and as many tracks)
     * and leave theirs: every plan is the plan of a problem with a scratch of its own, and a reused
     * scratch's figures are its new problem's. Sizes change from round to round, so spares are reused
     * by smaller problems (stale entries beyond their skills) and replaced when too small.
     */
    @Test
    void problemsSharingASlotPlanAsWithScratchesOfTheirOwn() {
        ScratchSlot slot = new ScratchSlot();
        long[] reusedAndSmaller = new long[2];
        int[] lastCapacity = {0};
        int built = RandomProblems.forEach(new Random(19), 300, null, (round, p, options) -> {
            int lowerBound = LowerBound.compute(p);
            Object alone = plan(p, lowerBound, options);
            p.packerScratch = null;
            p.scratchSlot = slot;
            Object shared = plan(p, lowerBound, options);
            assertThat(shared).as("round %d", round).isEqualTo(alone);
            PackerScratch scratch = p.packerScratch;
            if (scratch != null) {
                assertThat(scratch.guardWeeks).isEqualTo(guardWeeks(p));
                assertThat(scratch.boundable).isEqualTo(WeekPacker.boundable(p));
                if (scratch.reuses > 0) {
                    reusedAndSmaller[0]++;
                    reusedAndSmaller[1] += scratch.rem.length > p.m ? 1 : 0;
                }
            }
            PackerScratch.recycle(p);
            assertThat(p.packerScratch).isNull();
        });
        assertThat(built).isGreaterThan(200);
        assertThat(reusedAndSmaller[0]).isGreaterThan(100);
        assertThat(reusedAndSmaller[1]).isGreaterThan(20);
    }

    @Test
    void aSpareServesOneProblemAtATime() {
        ScratchSlot slot = new ScratchSlot();
        RandomProblems.forEach(new Random(23), 2, false, (round, p, options) -> {
            p.scratchSlot = slot;
            PackerScratch.acquire(p).release();
            PackerScratch.recycle(p);
        });
        PackerScratch spare = slot.take();
        assertThat(spare).isNotNull();
        assertThat(slot.take()).isNull();
    }

    private static Object plan(Problem p, int lowerBound, dev.roadmap.core.plan.PlanOptions options) {
        try {
            Schedule s = CoherentSearch.plan(p, lowerBound, options);
            return java.util.List.of(s.origin, WeekPackerSteadyTest.describe(s));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
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
