package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;

/**
 * Turns a roadmap into a week-by-week plan. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.roadmap.spi.Scheduler}); needs a public no-argument constructor.
 * Stateless and thread-safe; the same input gives the same plan.
 *
 * <p>A scheduler decides <em>when</em> skills are studied; <em>which</em> skills and how much of each
 * is {@link PlanningScope}'s to decide, so every scheduler should start from
 * {@code PlanningScope.of(roadmap, options)} and a plan without a start date should begin on
 * {@link PlanOptions#startOrDefault(java.time.Clock)}.
 */
public interface Scheduler {

    /** @return a stable id, e.g. {@code week-packing} */
    String id();

    /** @return a human-readable name */
    String displayName();

    /**
     * @param roadmap the roadmap to plan (must be valid)
     * @param options the learner's hours, progress and wishes
     * @return the plan
     * @throws PlanningException when the roadmap is invalid ({@link InvalidPlanRequestException}) or
     *         the plan infeasible ({@link InfeasiblePlanException}); it names the skills involved
     */
    Plan schedule(Roadmap roadmap, PlanOptions options);
}
