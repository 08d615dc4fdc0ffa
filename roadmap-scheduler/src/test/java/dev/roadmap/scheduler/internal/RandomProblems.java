package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.PlanOptions;
import java.util.Random;

/**
 * Seeded random problems for the packer's equivalence tests, in {@link WeekPackerSteadyTest}'s shapes:
 * the first half of the rounds small roadmaps, the second half larger ones, a quarter on a pool.
 */
final class RandomProblems {
    /** One problem of a round and the options it was built with. */
    interface Check {
        void accept(int round, Problem p, PlanOptions options);
    }

    private RandomProblems() {
    }

    /**
     * @param rigid whether fixed-pace skills may occur: always, never, or null for every other round
     * @return the number of rounds whose roadmap could be planned (a problem was built)
     */
    static int forEach(Random rnd, int rounds, Boolean rigid, Check check) {
        int built = 0;
        for (int round = 0; round < rounds; round++) {
            boolean pool = rnd.nextInt(4) == 0;
            boolean withRigid = rigid == null ? rnd.nextBoolean() : rigid;
            Roadmap roadmap = WeekPackerSteadyTest.roadmap(rnd, round < rounds / 2 ? 12 : 80, pool, withRigid);
            PlanOptions options = WeekPackerSteadyTest.options(rnd, pool);
            Problem p = WeekPackerSteadyTest.problem(roadmap, options);
            if (p != null) {
                check.accept(round, p, options);
                built++;
            }
        }
        return built;
    }
}
