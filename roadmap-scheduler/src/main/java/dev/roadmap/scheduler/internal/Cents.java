package dev.roadmap.scheduler.internal;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import java.util.Arrays;
import java.util.List;

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
     * A plan's allocations grouped by week, in hundredths, as arrays: week {@code w}'s are entries
     * {@code weekOff[w] .. weekOff[w + 1] - 1}, in the order of {@link #allocate}. The
     * {@link Allocation} objects of a week are made when the week is asked for, so a plan whose weeks
     * are not all read does not pay for them. Immutable (its arrays are never changed), so it may be
     * read from any thread.
     */
    static final class WeekAllocations {
        private final SkillId[] ids;
        private final String[] trackIds;
        private final int[] skill;
        private final int[] track;
        private final long[] entryCents;
        private final int[] weekOff;
        private final long[] cents;

        private WeekAllocations(SkillId[] ids, String[] trackIds, int[] skill, int[] track, long[] entryCents, int[] weekOff,
                                long[] cents) {
            this.ids = ids;
            this.trackIds = trackIds;
            this.skill = skill;
            this.track = track;
            this.entryCents = entryCents;
            this.weekOff = weekOff;
            this.cents = cents;
        }

        /** @return per skill its hours in hundredths (the sum of its allocations); not to be changed */
        long[] cents() {
            return cents;
        }

        /** @return the allocations of a week (the plan week copies the list) */
        List<Allocation> of(int week) {
            int a = weekOff[week];
            int b = weekOff[week + 1];
            if (a == b) {
                return List.of();
            }
            Allocation[] list = new Allocation[b - a];
            for (int i = a; i < b; i++) {
                list[i - a] = new Allocation(ids[skill[i]], trackIds[track[i]], entryCents[i] / 100.0);
            }
            return Arrays.asList(list);
        }
    }

    /**
     * Every allocation of the schedule, in hundredths, by week: rigid bookings first (in the given
     * skill order), then flexible hours in the order they were made; allocations that round to
     * nothing are left out.
     */
    static WeekAllocations allocate(Problem p, Schedule s, int[] order, SkillId[] ids) {
        int rigidEntries = 0;
        for (int v : order) {
            if (p.rigid[v]) {
                rigidEntries += (s.finish[v] - s.start[v] + 1) * (p.loadOff[v + 1] - p.loadOff[v]);
            }
        }
        int n = rigidEntries + s.allocWeek.size();
        int[] skill = new int[n];
        int[] week = new int[n];
        int[] track = new int[n];
        double[] hours = new double[n];
        int e = 0;
        for (int v : order) {
            if (!p.rigid[v]) {
                continue;
            }
            for (int w = s.start[v]; w <= s.finish[v]; w++) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    skill[e] = v;
                    week[e] = w;
                    track[e] = p.loadTrack[l];
                    hours[e++] = p.loadHours[l];
                }
            }
        }
        for (int a = 0; a < s.allocWeek.size(); a++) {
            skill[e] = s.allocSkill.get(a);
            week[e] = s.allocWeek.get(a);
            track[e] = p.track[skill[e]];
            hours[e++] = s.allocHours.get(a);
        }
        long[] cents = round(p.m, skill, hours);
        int[] weekOff = new int[s.totalWeeks + 2];
        for (int i = 0; i < n; i++) {
            if (hours[i] > 0) {
                weekOff[week[i] + 1]++;
            }
        }
        for (int w = 0; w <= s.totalWeeks; w++) {
            weekOff[w + 1] += weekOff[w];
        }
        int kept = weekOff[s.totalWeeks + 1];
        int[] keptSkill = new int[kept];
        int[] keptTrack = new int[kept];
        long[] keptCents = new long[kept];
        int[] next = Arrays.copyOf(weekOff, s.totalWeeks + 1);
        long[] total = new long[p.m];
        for (int i = 0; i < n; i++) {
            long c = (long) hours[i];
            if (c > 0) {
                int at = next[week[i]]++;
                keptSkill[at] = skill[i];
                keptTrack[at] = track[i];
                keptCents[at] = c;
                total[skill[i]] += c;
            }
        }
        assert Arrays.equals(total, cents) : "rounded allocations must add up";
        return new WeekAllocations(ids, p.cap.ids, keptSkill, keptTrack, keptCents, weekOff, total);
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
            long f = Math.abs(c - Math.rint(c)) < SNAP ? (long) Math.rint(c) : (long) Math.floor(c);
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
