package dev.roadmap.scheduler;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanHistory;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.PlanningScope;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The two progress rules the scheduler and the re-planner share, so a re-plan equals a fresh plan:
 * with a progress log, "today" is the clock's unless the options say (so scope and start agree), and
 * the logged weeks are put before the plan as its history.
 */
final class ProgressDates {
    private ProgressDates() {
    }

    /** @return the options, with today's date from the clock when they carry progress but no date */
    static PlanOptions withToday(PlanOptions options, Clock clock) {
        return options.progress().isPresent() && options.today().isEmpty()
                ? options.toBuilder().today(LocalDate.now(clock)).build() : options;
    }

    /** @return the plan, preceded by the logged weeks of the options' progress log if there is one */
    static Plan withHistory(Plan plan, Roadmap roadmap, PlanOptions options) {
        return options.progress().map(log -> PlanHistory.prepend(plan, roadmap, log)).orElse(plan);
    }

    /** @return the plan, preceded by the logged weeks of the scope's progress log (applied once, by the scope) */
    static Plan withHistory(Plan plan, PlanningScope scope) {
        return scope.progress().map(progress -> PlanHistory.prepend(plan, scope.roadmap(), progress)).orElse(plan);
    }
}
