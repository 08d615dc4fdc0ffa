package dev.roadmap.core.plan;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A plan's weeks ({@link Plan#weeks()}) as an immutable list whose {@link PlanWeek}s are made when
 * they are read: a scheduler keeps its weeks as arrays, and a caller that reads only the first weeks
 * of a re-plan (or only its length) does not pay for the others. Each week is made on its first
 * read and kept. {@link Plan} keeps such a list as it is instead of copying it; it equals (and
 * hashes as) any list of the same weeks.
 *
 * <p>Immutable and thread-safe, provided the week function is: it must be a pure function of the
 * week number over data nobody changes. Two threads reading a week for the first time may both make
 * it; they get equal weeks, and either is kept (a {@link PlanWeek} is immutable, so sharing it
 * through the racy cache is safe).
 *
 * <pre>{@code
 * LocalDate monday = LocalDate.of(2026, 12, 7);
 * List<PlanWeek> weeks = LazyWeeks.of(52, w -> new PlanWeek(w, monday.plusWeeks(w - 1L), Map.of("*", 8.0), List.of()));
 * }</pre>
 */
public final class LazyWeeks extends LazyList<PlanWeek> {
    private LazyWeeks(int size, IntFunction<PlanWeek> week) {
        super(size, index -> week.apply(index + 1));
    }

    /**
     * @param size how many weeks: {@code 1..size}
     * @param week the week with each number {@code 1..size}: pure and thread-safe, and its
     *             {@link PlanWeek#week()} must be that number
     * @return the list
     */
    public static LazyWeeks of(int size, IntFunction<PlanWeek> week) {
        return new LazyWeeks(size, Objects.requireNonNull(week, "week must not be null"));
    }

    @Override
    void check(int index, PlanWeek w) {
        if (w.week() != index + 1) {
            throw new IllegalStateException("week function gave week " + w.week() + " for week " + (index + 1));
        }
    }
}
