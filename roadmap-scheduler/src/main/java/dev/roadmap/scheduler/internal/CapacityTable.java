package dev.roadmap.scheduler.internal;

import dev.roadmap.core.plan.Capacity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A capacity as primitive arrays: tracks by index, usual weekly hours, and the few override weeks
 * with their per-track hours. Answers the hours of a week, the cumulative hours up to a week and
 * its inverse in logarithmic time.
 */
final class CapacityTable {
    /** Tolerance under which the lower bound treats hours as reached (keeps the bound conservative). */
    static final double TOLERANCE = 1e-7;
    /** Guesses of {@link #firstWeekReaching} below this many weeks are far from its limit of {@code Integer.MAX_VALUE / 2}. */
    private static final double GUESS_LIMIT = 1 << 29;

    final Capacity capacity;
    final String[] ids;
    final double[] usual;
    final boolean pool;
    private final int[] overrideWeeks;
    private final double[][] overrideHours;
    private final double[][] deltaPrefix;
    /** The last override week (0 without overrides), and per track the hours up to it and what overrides add after it. */
    private final int lastOverride;
    private final double[] atLastOverride;
    private final double[] afterOverrides;
    /** Per track 1 / usual hours (infinite for 0): a first guess of a week by a multiplication, then checked. */
    private final double[] inverseUsual;
    /** The hours of a week without an override, as a plan week's capacity map; made on the first call. */
    private volatile Map<String, Double> usualWeek;

    private CapacityTable(Capacity capacity) {
        this.capacity = capacity;
        this.pool = capacity.isPool();
        // Sorted so that plans never depend on the iteration order of the map the capacity came from.
        Map<String, Double> weekly = capacity.weekly();
        this.ids = weekly.keySet().toArray(new String[0]);
        Arrays.sort(ids);
        this.usual = new double[ids.length];
        for (int t = 0; t < ids.length; t++) {
            usual[t] = weekly.get(ids[t]);
        }
        this.overrideWeeks = new int[capacity.weekOverrides().size()];
        int o = 0;
        for (int week : capacity.weekOverrides().keySet()) {
            overrideWeeks[o++] = week;
        }
        Arrays.sort(overrideWeeks);
        this.overrideHours = new double[ids.length][overrideWeeks.length];
        this.deltaPrefix = new double[ids.length][overrideWeeks.length + 1];
        for (int t = 0; t < ids.length; t++) {
            for (int k = 0; k < overrideWeeks.length; k++) {
                overrideHours[t][k] = capacity.hours(overrideWeeks[k], ids[t]);
                deltaPrefix[t][k + 1] = deltaPrefix[t][k] + overrideHours[t][k] - usual[t];
            }
        }
        this.lastOverride = overrideWeeks.length == 0 ? 0 : overrideWeeks[overrideWeeks.length - 1];
        this.atLastOverride = new double[ids.length];
        this.afterOverrides = new double[ids.length];
        this.inverseUsual = new double[ids.length];
        for (int t = 0; t < ids.length; t++) {
            inverseUsual[t] = 1 / usual[t];
            atLastOverride[t] = lastOverride == 0 ? 0 : cumulative(t, lastOverride);
            afterOverrides[t] = deltaPrefix[t][overrideWeeks.length];
        }
    }

    static CapacityTable of(Capacity capacity) {
        return new CapacityTable(capacity);
    }

    int trackCount() {
        return ids.length;
    }

    /** @return the track index of an id, or -1 */
    int index(String trackId) {
        for (int t = 0; t < ids.length; t++) {
            if (ids[t].equals(trackId)) {
                return t;
            }
        }
        return -1;
    }

    /** @return the last week with an override, or 0 */
    int lastOverrideWeek() {
        return lastOverride;
    }

    /** @return whether the capacity overrides the week */
    boolean hasOverride(int week) {
        return overrideWeeks.length > 0 && week <= overrideWeeks[overrideWeeks.length - 1]
                && Arrays.binarySearch(overrideWeeks, week) >= 0;
    }

    double hours(int week, int t) {
        if (overrideWeeks.length == 0 || week > overrideWeeks[overrideWeeks.length - 1]) {
            return usual[t];
        }
        int k = Arrays.binarySearch(overrideWeeks, week);
        return k >= 0 ? overrideHours[t][k] : usual[t];
    }

    /** @return the most hours the track has in any week, overrides included */
    double maxHours(int t) {
        double max = usual[t];
        for (double h : overrideHours[t]) {
            max = Math.max(max, h);
        }
        return max;
    }

    /** @return whether some week has at least {@code load} hours on the track */
    boolean anyWeekHolds(int t, double load) {
        if (usual[t] >= load - WeekPacker.EPS) {
            return true;
        }
        for (double h : overrideHours[t]) {
            if (h >= load - WeekPacker.EPS) {
                return true;
            }
        }
        return false;
    }

    /** @return hours of the track in weeks 1..week (0 for week 0) */
    double cumulative(int t, long week) {
        if (week <= 0) {
            return 0;
        }
        if (overrideWeeks.length == 0) {
            return usual[t] * week;
        }
        // after the last override (most weeks of a plan) every override counts: no search
        if (week >= overrideWeeks[overrideWeeks.length - 1]) {
            return usual[t] * week + deltaPrefix[t][overrideWeeks.length];
        }
        return usual[t] * week + deltaPrefix[t][countOverridesUpTo(week)];
    }

    private int countOverridesUpTo(long week) {
        int lo = 0;
        int hi = overrideWeeks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (overrideWeeks[mid] <= week) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @return the smallest week {@code w >= 0} whose cumulative hours reach {@code x} (within the
     *         tolerance), or {@link Integer#MAX_VALUE} when no week does
     */
    int firstWeekReaching(int t, double x) {
        double target = x - TOLERANCE;
        if (target <= 0) {
            return 0;
        }
        int last = lastOverride;
        double atLast = atLastOverride[t];
        if (atLast >= target) {
            int lo = 0;
            int hi = last;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative(t, mid) >= target) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
        double u = usual[t];
        if (u <= 0) {
            return Integer.MAX_VALUE;
        }
        // the guess by multiplication is at most one week off the quotient; far below the limit it cannot
        // cross it, so only guesses near it take the division's exact test
        double guess = (target - atLast) * inverseUsual[t];
        long weeks;
        if (guess < GUESS_LIMIT) {
            weeks = (long) guess + 1;
        } else {
            double exact = Math.ceil((target - atLast) / u);
            if (exact > Integer.MAX_VALUE / 2.0) {
                return Integer.MAX_VALUE;
            }
            weeks = (long) exact;
        }
        // from here on w > last >= 0, where cumulative(t, w) is u * w plus what the overrides add (0 without any);
        // the loops below make w the least week > last reaching the target whatever week they start from
        double d = afterOverrides[t];
        long w = last + weeks;
        while (w > last + 1 && u * (w - 1) + d >= target) {
            w--;
        }
        while (u * w + d < target) {
            w++;
        }
        return (int) Math.min(w, Integer.MAX_VALUE);
    }

    /** @return whether every week in {@code from..to} has no hours on the track */
    boolean allZero(int t, int from, int to) {
        for (int w = from; w <= to; w++) {
            if (hours(w, t) > WeekPacker.EPS) {
                return false;
            }
            if (w > lastOverrideWeek()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param start any Monday (the map does not depend on it)
     * @return the hours of each track in a week without an override, as the immutable capacity map of a
     *         plan week ({@code PlanWeek.capacity()}), made once per table
     */
    Map<String, Double> usualWeek(java.time.LocalDate start) {
        Map<String, Double> m = usualWeek;
        if (m == null) {
            Map<String, Double> hours = new LinkedHashMap<>();
            for (int t = 0; t < ids.length; t++) {
                hours.put(ids[t], usual[t]);
            }
            m = new dev.roadmap.core.plan.PlanWeek(1, start, hours, java.util.List.of()).capacity(); // the immutable copy
            usualWeek = m;
        }
        return m;
    }

    /** @return the hours of each track in a week, in capacity order */
    Map<String, Double> weekMap(int week) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int t = 0; t < ids.length; t++) {
            m.put(ids[t], hours(week, t));
        }
        return m;
    }
}
