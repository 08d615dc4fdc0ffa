package dev.roadmap.spi;

import dev.roadmap.core.SkillId;
import java.util.List;

/**
 * No plan fits the learner's capacity: a skill's track has no hours (code {@value #NO_CAPACITY}),
 * or a fixed-pace skill needs more weekly hours than its track ever has for long enough (code
 * {@value #RIGID_OVER_CAPACITY}).
 */
public final class InfeasiblePlanException extends PlanningException {
    private static final long serialVersionUID = 1L;

    /** Code of a skill whose track has no capacity. */
    public static final String NO_CAPACITY = "no-capacity";
    /** Code of a fixed-pace skill whose weekly load never fits its track. */
    public static final String RIGID_OVER_CAPACITY = "rigid-over-capacity";

    /**
     * @param code    one of the codes of this class
     * @param message human-readable message naming the skills and tracks
     * @param skills  the skills involved
     */
    public InfeasiblePlanException(String code, String message, List<SkillId> skills) {
        super(code, message, skills);
    }
}
