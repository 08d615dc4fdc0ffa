package dev.roadmap.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One week of a plan: its dates, its capacity and what is studied in it.
 *
 * @param week        1-based week number
 * @param start       the first day of the week
 * @param capacity    hours available per track in this week ({@code "*"} for the shared pool); an
 *                    immutable ordered copy, which weeks may share: pass one week's
 *                    {@code capacity()} to the next week with the same hours and it is not copied again
 * @param allocations what is studied, in the order studied (in an actual week: the hours logged)
 * @param actual      whether the week is history: its allocations are the hours a progress log
 *                    records, not a plan
 */
public record PlanWeek(int week, LocalDate start, Map<String, Double> capacity, List<Allocation> allocations,
                       boolean actual) {

    /**
     * A planned (not actual) week.
     * @param week 1-based week number
     * @param start the first day of the week
     * @param capacity hours available per track in this week ({@code "*"} for the shared pool)
     * @param allocations what is studied, in the order studied
     */
    public PlanWeek(int week, LocalDate start, Map<String, Double> capacity, List<Allocation> allocations) {
        this(week, start, capacity, allocations, false);
    }

    /**
     * Validates and copies the components.
     * @param week 1-based week number
     * @param start the first day of the week
     * @param capacity hours available per track in this week ({@code "*"} for the shared pool)
     * @param allocations what is studied, in the order studied
     * @param actual whether the week is history
     */
    public PlanWeek {
        if (week < 1) {
            throw new IllegalArgumentException("week must be >= 1, got " + week);
        }
        Objects.requireNonNull(start, "start must not be null");
        capacity = WeekCapacity.of(Objects.requireNonNull(capacity, "capacity"));
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations must not be null"));
    }

    /**
     * @param number the new week number
     * @return this week renumbered
     */
    public PlanWeek renumbered(int number) {
        return new PlanWeek(number, start, capacity, allocations, actual);
    }

    /** @return the last day of the week */
    public LocalDate end() {
        return start.plusDays(6);
    }

    /** @return hours used this week over all tracks */
    public double usedHours() {
        return allocations.stream().mapToDouble(Allocation::hours).sum();
    }
}
