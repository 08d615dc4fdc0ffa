package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;

/**
 * Turns a roadmap into a week-by-week plan. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.roadmap.spi.Scheduler}); needs a public no-argument constructor.
 * Stateless and thread-safe; the same input gives the same plan.
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
     * @throws dev.roadmap.core.RoadmapException when the roadmap is invalid or the plan infeasible;
     *         the message names the skills involved
     */
    Plan schedule(Roadmap roadmap, PlanOptions options);
}
