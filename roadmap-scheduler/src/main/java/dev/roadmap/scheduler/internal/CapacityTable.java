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

    final Capacity capacity;
    final String[] ids;
    final double[] usual;
    final boolean pool;
    private final int[] overrideWeeks;
    private final double[][] overrideHours;
    private final double[][] deltaPrefix;

    private CapacityTable(Capacity capacity) {
        this.capacity = capacity;
        this.pool = capacity.isPool();
        // Sorted so that plans never depend on the iteration order of the map the capacity came from.
        this.ids = capacity.weekly().keySet().stream().sorted().toArray(String[]::new);
        this.usual = new double[ids.length];
        for (int t = 0; t < ids.length; t++) {
            usual[t] = capacity.weekly().get(ids[t]);
        }
        this.overrideWeeks = capacity.weekOverrides().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.overrideHours = new double[ids.length][overrideWeeks.length];
        this.deltaPrefix = new double[ids.length][overrideWeeks.length + 1];
        for (int t = 0; t < ids.length; t++) {
            for (int k = 0; k < overrideWeeks.length; k++) {
                overrideHours[t][k] = capacity.hours(overrideWeeks[k], ids[t]);
                deltaPrefix[t][k + 1] = deltaPrefix[t][k] + overrideHours[t][k] - usual[t];
            }
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
        return overrideWeeks.length == 0 ? 0 : overrideWeeks[overrideWeeks.length - 1];
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
        int k = week >= overrideWeeks[overrideWeeks.length - 1] ? overrideWeeks.length : countOverridesUpTo(week);
        return usual[t] * week + deltaPrefix[t][k];
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
        int last = lastOverrideWeek();
        double atLast = last == 0 ? 0 : cumulative(t, last);
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
        if (usual[t] <= 0) {
            return Integer.MAX_VALUE;
        }
        double weeks = Math.ceil((target - atLast) / usual[t]);
        if (weeks > Integer.MAX_VALUE / 2.0) {
            return Integer.MAX_VALUE;
        }
        long w = last + (long) weeks;
        while (w > last + 1 && cumulative(t, w - 1) >= target) {
            w--;
        }
        while (cumulative(t, w) < target) {
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

    /** @return the hours of each track in a week, in capacity order */
    Map<String, Double> weekMap(int week) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int t = 0; t < ids.length; t++) {
            m.put(ids[t], hours(week, t));
        }
        return m;
    }
}
