package dev.roadmap.scheduler.internal;

import java.util.Arrays;

/**
 * Plans in hundredths of an hour, so that the numbers add up as printed: a flexible skill's hours
 * are rounded to hundredths before packing, and the packed allocations are rounded to hundredths by
 * largest remainder per skill (the remainders of one skill's allocations go, one hundredth each, to
 * its allocations with the largest fractional parts, ties to the earlier), so a skill's weekly
 * hours sum exactly to its hours, a week's to its total and the plan's to the sum of its weeks.
 * The flexible hours of a week are its room rounded down to hundredths (an override split between
 * tracks in proportion leaves up to 0.01 h of a track unused), so flexible allocations are whole
 * hundredths; only a fixed-pace load that is not in hundredths (1/3 h a week) is spread by largest
 * remainder, which may put one of its weeks 0.01 h above that load.
 */
final class Cents {
    /** Hundredths closer than this to a whole number are that number (floating-point noise). */
    private static final double SNAP = 1e-6;

    private Cents() {
    }

    /** @return the hours rounded down to hundredths (within floating-point noise): flexible work fills whole hundredths */
    static double floor(double hours) {
        return Math.floor(hours * 100 + SNAP) / 100.0;
    }

    /** Rounds each flexible skill's hours to hundredths, in place, before anything is packed. */
    static void roundFlexibleHours(Problem p) {
        for (int v = 0; v < p.m; v++) {
            if (!p.rigid[v]) {
                p.hours[v] = Math.round(p.hours[v] * 100) / 100.0;
            }
        }
    }

    /**
     * Per skill its hours in hundredths as {@link #round} gives them for the schedule's allocations
     * ({@link WeekAllocations#layOut}), without laying the allocations out. A flexible skill's
     * allocations are whole hundredths (its hours are rounded to hundredths before packing, and a
     * week's flexible room is rounded down to them) that add up to its hours, so each entry is its own
     * floor and their rounded sum is its hours in hundredths: the allocations need not be read. A
     * rigid skill's weekly loads need not be hundredths (1/3 h): the same entries as the layout's in the
     * same order, so the same sums, floors and targets; the largest-remainder step only moves
     * hundredths between a skill's own entries, so its total is known from the counts alone.
     * {@code O(m + rigid weeks x loads)}, with no array per allocation.
     */
    static long[] totals(Problem p, Schedule s) {
        int m = p.m;
        long[] totals = new long[m];
        for (int v = 0; v < m; v++) {
            if (!p.rigid[v]) {
                totals[v] = Math.round(p.hours[v] * 100);
                continue;
            }
            double exact = 0;
            long floors = 0;
            int count = 0;
            for (int w = s.start[v]; w <= s.finish[v]; w++) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    double c = p.loadHours[l] * 100;
                    exact += c;
                    floors += floorCents(c);
                    count++;
                }
            }
            long target = Math.round(exact);
            totals[v] = floors < target ? Math.min(target, floors + count) : floors;
        }
        return totals;
    }

    /** @return hundredths {@code c} rounded down, or to the nearest whole number within floating-point noise */
    private static long floorCents(double c) {
        return Math.abs(c - Math.rint(c)) < SNAP ? (long) Math.rint(c) : (long) Math.floor(c);
    }

    /**
     * Rounds the entries to hundredths in place (each becomes its whole number of hundredths, as a
     * double) so that each skill's entries sum to the rounded sum of its exact entries.
     *
     * @return per skill the rounded sum, in hundredths
     */
    static long[] round(int m, int[] skill, double[] hours) {
        int n = skill.length;
        double[] exact = new double[m];
        long[] floors = new long[m];
        double[] frac = new double[n];
        for (int i = 0; i < n; i++) {
            double c = hours[i] * 100;
            long f = floorCents(c);
            frac[i] = Math.max(0, c - f);
            hours[i] = f;
            exact[skill[i]] += c;
            floors[skill[i]] += f;
        }
        long[] target = new long[m];
        for (int v = 0; v < m; v++) {
            target[v] = Math.round(exact[v]);
        }
        int[][] rows = entriesOfShortSkills(m, skill, floors, target);
        int[] off = rows[0];
        int[] entry = rows[1];
        for (int v = 0; v < m; v++) {
            if (off[v + 1] > off[v]) {
                int[] mine = Arrays.copyOfRange(entry, off[v], off[v + 1]);
                IntSort.sort(mine, (a, b) -> frac[a] != frac[b] ? Double.compare(frac[b], frac[a]) : Integer.compare(a, b));
                for (int i = 0; i < mine.length && floors[v] < target[v]; i++) {
                    hours[mine[i]] += 1;
                    floors[v]++;
                }
            }
        }
        return floors;
    }

    /**
     * The entries of the skills whose floors fall short of their target, grouped by skill in compressed
     * rows ({@code [offsets, entries]}, entries in index order); most skills have none.
     */
    private static int[][] entriesOfShortSkills(int m, int[] skill, long[] floors, long[] target) {
        int[] off = new int[m + 1];
        for (int v : skill) {
            if (floors[v] < target[v]) {
                off[v + 1]++;
            }
        }
        for (int v = 0; v < m; v++) {
            off[v + 1] += off[v];
        }
        int[] entry = new int[off[m]];
        int[] next = Arrays.copyOf(off, m);
        for (int i = 0; i < skill.length; i++) {
            int v = skill[i];
            if (floors[v] < target[v]) {
                entry[next[v]++] = i;
            }
        }
        return new int[][] {off, entry};
    }
}
