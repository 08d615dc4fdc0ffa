package dev.roadmap.core.plan;

import dev.roadmap.core.SkillId;
import java.util.Objects;

/**
 * A skill of the roadmap that the plan leaves out, and why ("open-ended effort", "done").
 *
 * @param skill  the skill
 * @param reason why it is not in the plan
 */
public record Unscheduled(SkillId skill, String reason) {

    /**
     * Validates the components.
     * @param skill the skill
     * @param reason why it is not in the plan
     */
    public Unscheduled {
        Objects.requireNonNull(skill, "skill must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
