package dev.roadmap.core.plan;

import dev.roadmap.core.SkillId;
import java.util.Objects;

/**
 * When a skill is studied in a plan.
 *
 * @param id          the skill
 * @param startWeek   1-based week of its first hour
 * @param finishWeek  1-based week of its last hour
 * @param hours       total hours planned for it
 */
public record ScheduledSkill(SkillId id, int startWeek, int finishWeek, double hours) {

    /**
     * Validates the components.
     * @param id the skill
     * @param startWeek 1-based week of its first hour
     * @param finishWeek 1-based week of its last hour
     * @param hours total hours planned for it
     */
    public ScheduledSkill {
        Objects.requireNonNull(id, "id must not be null");
        if (startWeek < 1 || finishWeek < startWeek) {
            throw new IllegalArgumentException("weeks must satisfy 1 <= start <= finish, got " + startWeek + ".." + finishWeek);
        }
    }
}
