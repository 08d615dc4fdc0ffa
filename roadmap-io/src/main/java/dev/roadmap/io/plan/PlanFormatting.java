package dev.roadmap.io.plan;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SkillNames;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.text.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the text and Markdown plan exporters share: numbers, names and per-week summaries. */
final class PlanFormatting {
    private PlanFormatting() {
    }

    /** @return the week's used hours as a share of its capacity, e.g. {@code 80%}; {@code -} for a week off */
    static String utilisation(PlanWeek week) {
        double capacity = week.capacity().values().stream().mapToDouble(Double::doubleValue).sum();
        if (capacity <= 0) {
            return "-";
        }
        return Math.round(100 * week.usedHours() / capacity) + "%";
    }

    /** @return a skill's display name ({@link SkillNames}: qualified by its parent where titles repeat), or its id */
    static String title(Roadmap roadmap, SkillId id) {
        return SkillNames.of(roadmap).name(id);
    }

    /** @return hours per skill in the week, in the order studied (tracks of one skill added up) */
    static Map<SkillId, Double> hoursBySkill(PlanWeek week) {
        Map<SkillId, Double> out = new LinkedHashMap<>();
        for (Allocation a : week.allocations()) {
            out.merge(a.skill(), a.hours(), Double::sum);
        }
        return out;
    }

    /** @return {@code math 4 h, coding 6 h} or {@code 10 h} for the shared pool */
    static String capacity(Capacity capacity) {
        if (capacity.isPool()) {
            return Numbers.hours(capacity.weekly().get(Capacity.POOL)) + " h";
        }
        return capacity.weekly().entrySet().stream()
                .map(e -> (Capacity.POOL.equals(e.getKey()) ? "other" : e.getKey()) + " " + Numbers.hours(e.getValue()) + " h")
                .collect(Collectors.joining(", "));
    }

    /** @return the week overrides as {@code week 5: 0 h, week 9: 20 h}, or empty */
    static String overrides(Capacity capacity) {
        return capacity.weekOverrides().entrySet().stream().map(e -> "week " + e.getKey() + ": " + Numbers.hours(e.getValue()) + " h")
                .collect(Collectors.joining(", "));
    }

    /** @return {@code 1.08}: the plan's length over its lower bound */
    static String quality(Plan plan) {
        return String.format(Locale.ROOT, "%.2f", plan.quality());
    }

    /** @return the skills of a week as {@code label 6 h} joined by the separator */
    static String skills(Roadmap roadmap, PlanWeek week, String separator, java.util.function.Function<String, String> escape) {
        List<String> parts = hoursBySkill(week).entrySet().stream()
                .map(e -> escape.apply(title(roadmap, e.getKey())) + " " + Numbers.hours(e.getValue()) + " h").toList();
        return String.join(separator, parts);
    }

    /** @return the skills of a week, or {@code (no study hours)} for a week off and {@code -} for an idle week */
    static String skillsOrRest(Roadmap roadmap, PlanWeek week, String separator, java.util.function.Function<String, String> escape) {
        String skills = skills(roadmap, week, separator, escape);
        if (!skills.isEmpty()) {
            return skills;
        }
        return week.capacity().values().stream().mapToDouble(Double::doubleValue).sum() <= 0 ? "(no study hours)" : "-";
    }
}
