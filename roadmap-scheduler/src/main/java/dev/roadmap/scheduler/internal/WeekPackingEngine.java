package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;

/**
 * The week-packing pipeline: build the primitive problem, rank, pack, bound, improve
 * on the first plan within the budget, assemble. Not part of
 * the public API; use {@code dev.roadmap.scheduler.WeekPackingScheduler}. Stateless and thread-safe.
 */
public final class WeekPackingEngine {
    private WeekPackingEngine() {
    }

    /**
     * @param roadmap the roadmap
     * @param options the learner's options
     * @param start   the first day of week 1
     * @return the complete plan
     * @throws dev.roadmap.spi.PlanningException when the roadmap cannot be planned
     */
    public static Plan plan(Roadmap roadmap, PlanOptions options, LocalDate start) {
        Problem problem = ProblemBuilder.build(roadmap, options);
        int[] order = Priorities.order(problem, options.priority());
        int[] rank = Priorities.ranks(order);
        Schedule first = new WeekPacker(problem, rank, order, options.maxParallel()).run();
        int lowerBound = LowerBound.compute(problem);
        Schedule schedule = Improvement.improve(problem, first, lowerBound, options);
        return PlanAssembler.assemble(problem, schedule, lowerBound, start, options.maxParallel());
    }
}
