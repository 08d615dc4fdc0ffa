package dev.roadmap.core.plan;

import dev.roadmap.core.SkillId;
import java.util.Objects;

/**
 * Hours of one skill in one week on one track.
 *
 * @param skill the skill studied
 * @param track the track whose hours are used ({@code "*"} for the shared pool)
 * @param hours hours spent, {@code > 0}
 */
public record Allocation(SkillId skill, String track, double hours) {

    /**
     * Validates the components.
     * @param skill the skill studied
     * @param track the track whose hours are used ({@code "*"} for the shared pool)
     * @param hours hours spent, {@code > 0}
     */
    public Allocation {
        Objects.requireNonNull(skill, "skill must not be null");
        Objects.requireNonNull(track, "track must not be null");
        if (!(hours >= 0)) {
            throw new IllegalArgumentException("hours must be >= 0, got " + hours);
        }
    }
}
