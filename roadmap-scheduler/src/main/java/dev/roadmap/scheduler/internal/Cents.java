package dev.roadmap.scheduler.internal;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
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
     * Appends every allocation of the schedule, in hundredths, to its week: rigid bookings first (in
     * the given skill order), then flexible hours in the order they were made; allocations that
     * round to nothing are left out.
     *
     * @return per skill its hours in hundredths (the sum of its allocations)
     */
    static long[] allocate(Problem p, Schedule s, int[] order, SkillId[] ids, List<List<Allocation>> perWeek) {
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
            track[e] = s.allocTrack.get(a);
            hours[e++] = s.allocHours.get(a);
        }
        long[] cents = round(p.m, skill, hours);
        long[] total = new long[p.m];
        for (int i = 0; i < n; i++) {
            long c = Math.round(hours[i] * 100);
            if (c > 0) {
                perWeek.get(week[i]).add(new Allocation(ids[skill[i]], p.cap.ids[track[i]], c / 100.0));
                total[skill[i]] += c;
            }
        }
        assert java.util.Arrays.equals(total, cents) : "rounded allocations must add up";
        return total;
    }

    /**
     * Rounds the entries to hundredths in place (as {@code cents / 100.0}) so that each skill's entries
     * sum to the rounded sum of its exact entries.
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
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        IntSort.sort(idx, (a, b) -> skill[a] != skill[b] ? Integer.compare(skill[a], skill[b])
                : frac[a] != frac[b] ? Double.compare(frac[b], frac[a]) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            int v = skill[idx[i]];
            if (floors[v] < target[v]) {
                hours[idx[i]] += 1;
                floors[v]++;
            }
        }
        for (int i = 0; i < n; i++) {
            hours[i] /= 100.0;
        }
        return floors;
    }
}
