package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;

/**
 * The week-packing pipeline: build the primitive problem, bound, then either the
 * default coherent search ({@link CoherentSearch}) or one ranking rule's pass improved within the budget,
 * assemble. Not part of
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
        Cents.roundFlexibleHours(problem);
        int lowerBound = LowerBound.compute(problem);
        Schedule schedule;
        if (options.priority() == PlanOptions.Priority.COHERENT) {
            schedule = CoherentSearch.plan(problem, lowerBound, options);
        } else {
            int[] order = Priorities.order(problem, options.priority());
            Schedule first = new WeekPacker(problem, Priorities.ranks(order), order, options.maxParallel()).run();
            if (options.priority() == PlanOptions.Priority.DOCUMENT_ORDER) {
                first.origin = Schedule.Origin.READING_ORDER;
            } else if (options.priority() == PlanOptions.Priority.SHORTEST_FIRST) {
                first.origin = Schedule.Origin.SHORTEST;
            }
            schedule = Improvement.improve(problem, first, lowerBound, options);
        }
        return PlanAssembler.assemble(problem, schedule, lowerBound, start, options.maxParallel());
    }
}
