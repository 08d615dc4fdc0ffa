package dev.roadmap.core.plan;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.validate.Diagnostic;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A week-by-week study plan: the result every scheduler produces and every plan exporter reads.
 * Mirrors the {@code roadmap-plan/1} JSON format.
 *
 * @param roadmap         id of the planned roadmap
 * @param start           first day of week 1
 * @param capacity        the weekly hours planned with
 * @param totalWeeks      number of weeks until the last planned hour
 * @param lowerBoundWeeks a proven lower bound on the length of any valid plan
 * @param totalHours      hours planned in all
 * @param weeks           every week from 1 to {@code totalWeeks}; a {@link LazyWeeks} is kept as it
 *                        is (its weeks are made when read), any other list is copied
 * @param skills          when each planned skill starts and finishes, in start order; a
 *                        {@link LazySkills} is kept as it is (its skills are made when read), any
 *                        other list is copied
 * @param unscheduled     skills left out and why
 * @param diagnostics     warnings about the plan
 * @param explanations    for each planned skill, why it starts when it does (may be empty); a
 *                        {@link LazyExplanations} is kept as it is (its texts are written when read),
 *                        any other map is copied
 */
public record Plan(String roadmap, LocalDate start, Capacity capacity, int totalWeeks, int lowerBoundWeeks,
                   double totalHours, List<PlanWeek> weeks, List<ScheduledSkill> skills,
                   List<Unscheduled> unscheduled, List<Diagnostic> diagnostics, Map<SkillId, String> explanations) {

    /**
     * Validates and copies the components.
     * @param roadmap id of the planned roadmap
     * @param start first day of week 1
     * @param capacity the weekly hours planned with
     * @param totalWeeks number of weeks until the last planned hour
     * @param lowerBoundWeeks a proven lower bound on the length of any valid plan
     * @param totalHours hours planned in all
     * @param weeks every week from 1 to {@code totalWeeks}
     * @param skills when each planned skill starts and finishes, in start order
     * @param unscheduled skills left out and why
     * @param diagnostics warnings about the plan
     * @param explanations for each planned skill, why it starts when it does (may be empty)
     */
    public Plan {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(capacity, "capacity must not be null");
        weeks = weeks instanceof LazyWeeks ? weeks : List.copyOf(weeks);
        skills = skills instanceof LazySkills ? skills : List.copyOf(skills);
        unscheduled = List.copyOf(unscheduled);
        diagnostics = List.copyOf(diagnostics);
        explanations = explanations instanceof LazyExplanations ? explanations
                : Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
        if (totalWeeks < 0 || lowerBoundWeeks < 0) {
            throw new IllegalArgumentException("week counts must be >= 0");
        }
    }

    /**
     * @param id a skill id
     * @return when that skill is planned, if it is
     */
    public Optional<ScheduledSkill> skill(SkillId id) {
        return skills.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @return plan length divided by the lower bound (1.0 is provably optimal); 1.0 for an empty plan */
    public double quality() {
        return lowerBoundWeeks == 0 ? 1.0 : (double) totalWeeks / lowerBoundWeeks;
    }

    /** @return the last day of the plan, or the day before the start for an empty plan */
    public LocalDate end() {
        return start.plusWeeks(totalWeeks).minusDays(1);
    }
}
