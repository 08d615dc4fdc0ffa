package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.PlanningScope;
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
        return solve(ProblemBuilder.build(roadmap, options), options, start);
    }

    /**
     * Plans a scope against prepared prerequisite rows: the re-planner's entry, which keeps the rows
     * and the validation of a roadmap whose structure did not change. Gives the plan
     * {@link #plan(Roadmap, PlanOptions, LocalDate)} gives for the scope's roadmap and the options.
     *
     * @param scope   the scope of the roadmap and options ({@code scope.options()} must be {@code options})
     * @param rows    the roadmap's requires rows ({@code PrerequisiteGraph.requiresRows()}); not changed
     * @param order   its topological order of document indices; not changed
     * @param layouts what the plans of roadmaps of this structure share of their skills (ids, fixed paces, tracks)
     * @param options the learner's options
     * @param start   the first day of week 1
     * @return the complete plan
     */
    public static Plan plan(PlanningScope scope, int[][] rows, int[] order, SkillLayout.Cache layouts, PlanOptions options,
                            LocalDate start) {
        return solve(ProblemBuilder.build(scope, rows, order, layouts), options, start);
    }

    private static Plan solve(Problem problem, PlanOptions options, LocalDate start) {
        Cents.roundFlexibleHours(problem);
        int lowerBound;
        Schedule schedule;
        if (options.priority() == PlanOptions.Priority.COHERENT) {
            CoherentSearch.Planned planned = CoherentSearch.plan(problem, options);
            lowerBound = planned.lowerBound();
            schedule = planned.schedule();
        } else {
            lowerBound = LowerBound.compute(problem);
            int[] order = Priorities.order(problem, options.priority());
            Schedule first = new WeekPacker(problem, Priorities.ranks(order), order, options.maxParallel()).run();
            if (options.priority() == PlanOptions.Priority.DOCUMENT_ORDER) {
                first.origin = Schedule.Origin.READING_ORDER;
            } else if (options.priority() == PlanOptions.Priority.SHORTEST_FIRST) {
                first.origin = Schedule.Origin.SHORTEST;
            }
            schedule = Improvement.improve(problem, first, lowerBound, options);
        }
        // the search is over: the packer's arrays may serve the next plan call of a re-planner chain
        PackerScratch.recycle(problem);
        return PlanAssembler.assemble(problem, schedule, lowerBound, start, options.maxParallel());
    }
}
