package dev.roadmap.core.progress;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a progress log says about one skill.
 *
 * @param skill      the skill
 * @param hours      hours logged on it in all
 * @param ticked     topic titles ticked by the log, in the order first ticked
 * @param status     its status: the latest status entry, else {@code doing} when hours are logged
 *                   on a skill the roadmap has as {@code todo}, else the roadmap's status
 * @param firstDate  the first day an entry names it
 * @param lastDate   the last day an entry names it
 */
public record SkillProgress(SkillId skill, double hours, List<String> ticked, Status status, LocalDate firstDate,
                            LocalDate lastDate) {

    /**
     * Validates and copies the components.
     *
     * @param skill the skill
     * @param hours hours logged in all
     * @param ticked topic titles ticked by the log
     * @param status its status after the log
     * @param firstDate first day an entry names it
     * @param lastDate last day an entry names it
     */
    public SkillProgress {
        Objects.requireNonNull(skill, "skill must not be null");
        ticked = List.copyOf(ticked);
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(firstDate, "firstDate must not be null");
        Objects.requireNonNull(lastDate, "lastDate must not be null");
        if (!(hours >= 0)) {
            throw new IllegalArgumentException("hours must be >= 0, got " + hours);
        }
    }
}
