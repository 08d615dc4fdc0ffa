package dev.roadmap.core.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The learner's weekly study hours: one shared pool ({@code "*"}) or hours per track, with
 * optional per-week overrides (an exam week of 0 hours, a holiday of 20).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Capacity c = Capacity.pool(8).withWeekOverride(5, 0);          // 8 h/week, nothing in week 5
 * Capacity t = Capacity.perTrack(Map.of("math", 4.0, "coding", 6.0));
 * }</pre>
 */
public final class Capacity {
    /** The track id of the shared pool. */
    public static final String POOL = "*";

    private final Map<String, Double> weekly;
    private final Map<Integer, Double> weekOverrides;

    private Capacity(Map<String, Double> weekly, Map<Integer, Double> weekOverrides) {
        this.weekly = weekly;
        this.weekOverrides = weekOverrides;
    }

    /**
     * @param hoursPerWeek hours every week, shared by all tracks
     * @return a shared-pool capacity
     */
    public static Capacity pool(double hoursPerWeek) {
        return perTrack(Map.of(POOL, hoursPerWeek));
    }

    /**
     * @param hoursPerTrack weekly hours per track id
     * @return a per-track capacity
     */
    public static Capacity perTrack(Map<String, Double> hoursPerTrack) {
        Objects.requireNonNull(hoursPerTrack, "hoursPerTrack must not be null");
        if (hoursPerTrack.isEmpty()) {
            throw new IllegalArgumentException("capacity needs at least one track or the pool");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        hoursPerTrack.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "track"), checkHours(v, "track " + k)));
        return new Capacity(Collections.unmodifiableMap(copy), Map.of());
    }

    /**
     * Overrides the total hours of one week. With per-track capacity the week's hours are split
     * over the tracks in proportion to their usual hours.
     *
     * @param week  1-based week number
     * @param hours the week's total hours (0 for a week off)
     * @return a new capacity with the override
     */
    public Capacity withWeekOverride(int week, double hours) {
        if (week < 1) {
            throw new IllegalArgumentException("week must be >= 1, got " + week);
        }
        Map<Integer, Double> copy = new TreeMap<>(weekOverrides);
        copy.put(week, checkHours(hours, "week " + week));
        return new Capacity(weekly, Collections.unmodifiableMap(copy));
    }

    private static double checkHours(Double v, String what) {
        if (v == null || !(v >= 0) || v > 168) {
            throw new IllegalArgumentException("hours of " + what + " must be in [0, 168], got " + v);
        }
        return v;
    }

    /** @return whether this is one shared pool */
    public boolean isPool() {
        return weekly.size() == 1 && weekly.containsKey(POOL);
    }

    /** @return usual weekly hours per track ({@code "*"} for the pool), in the order given */
    public Map<String, Double> weekly() {
        return weekly;
    }

    /** @return per-week total-hours overrides, by 1-based week */
    public Map<Integer, Double> weekOverrides() {
        return weekOverrides;
    }

    /** @return usual total hours per week over all tracks */
    public double weeklyTotal() {
        return weekly.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * @param week  1-based week
     * @param track a track id of this capacity
     * @return the hours of that track in that week
     */
    public double hours(int week, String track) {
        double usual = weekly.getOrDefault(track, 0.0);
        Double override = weekOverrides.get(week);
        if (override == null) {
            return usual;
        }
        double total = weeklyTotal();
        return total == 0 ? (weekly.size() == 1 ? override : override / weekly.size()) : override * usual / total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capacity c && weekly.equals(c.weekly) && weekOverrides.equals(c.weekOverrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekly, weekOverrides);
    }

    @Override
    public String toString() {
        return "Capacity" + weekly + (weekOverrides.isEmpty() ? "" : " overrides " + weekOverrides);
    }
}
