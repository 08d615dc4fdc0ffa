package dev.roadmap.scheduler.internal;

import java.util.Arrays;

/**
 * The flexible allocations of a packing pass as they are made (week, skill, hours; the track is the
 * skill's), and per track the running count of weeks without room left. Part of the
 * {@link PackerScratch}: one pass fills it and {@link #copyInto} gives the schedule arrays of the exact
 * size, so the log's own storage stays warm in the cache from pass to pass. Not thread-safe.
 */
final class AllocationLog {
    private int[] week;
    private int[] skill;
    private double[] hours;
    private int size;
    /** Per track, at index {@code w}: how many of weeks {@code 1..w} had no room left. */
    private final int[][] full;
    private int weeks;

    /**
     * @param allocations the allocations a pass is expected to make (the arrays grow when it makes more)
     * @param weeks       the weeks a pass is expected to record per track (they grow too)
     * @param tracks      the number of tracks
     */
    AllocationLog(long allocations, long weeks, int tracks) {
        week = new int[(int) Math.min(allocations, 1 << 20)];
        skill = new int[week.length];
        hours = new double[week.length];
        full = new int[tracks][(int) Math.min(weeks, 1 << 20)];
    }

    /** Empties the log for a new pass. */
    void clear() {
        size = 0;
        weeks = 0;
    }

    void add(int w, int v, double h) {
        if (size == week.length) {
            int n = 2 * size;
            week = Arrays.copyOf(week, n);
            skill = Arrays.copyOf(skill, n);
            hours = Arrays.copyOf(hours, n);
        }
        week[size] = w;
        skill[size] = v;
        hours[size++] = h;
    }

    /** Records whether track t had room left at the end of week w (weeks are recorded in order, from 1). */
    void weekEnded(int t, int w, boolean noRoomLeft) {
        int[] f = full[t];
        if (w >= f.length) {
            f = Arrays.copyOf(f, Math.max(w + 1, 2 * f.length));
            full[t] = f;
        }
        f[w] = f[w - 1] + (noRoomLeft ? 1 : 0);
        weeks = Math.max(weeks, w);
    }

    /** @return the count of full weeks of track t up to week w, for a week already recorded */
    int fullUpTo(int t, int w) {
        return full[t][w];
    }

    /** Gives the schedule copies of the allocations and of the full-week counts (weeks 0 .. the last recorded). */
    void copyInto(Schedule s) {
        s.allocWeek = new IntArray(Arrays.copyOf(week, size));
        s.allocSkill = new IntArray(Arrays.copyOf(skill, size));
        s.allocHours = new DoubleArray(Arrays.copyOf(hours, size));
        s.fullWeeks = new IntArray[full.length];
        for (int t = 0; t < full.length; t++) {
            s.fullWeeks[t] = new IntArray(Arrays.copyOf(full[t], weeks + 1));
        }
    }
}
