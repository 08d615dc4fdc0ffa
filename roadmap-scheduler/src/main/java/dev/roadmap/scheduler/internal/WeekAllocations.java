package dev.roadmap.scheduler.internal;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import java.util.Arrays;
import java.util.List;

/**
 * A plan's allocations by week, in hundredths ({@link Cents}), laid out when a week is first read:
 * a re-plan whose weeks are not read (an app that shows the length, the skills or the first weeks)
 * pays neither the copy of every allocation nor the largest-remainder rounding. The skills' totals,
 * which the plan needs at once, come from {@link Cents#totals} without the layout.
 *
 * <p>Once laid out, week {@code w}'s allocations are entries {@code weekOff[w] .. weekOff[w + 1] - 1}:
 * rigid bookings first (in the given skill order), then flexible hours in the order they were made;
 * allocations that round to nothing are left out. The {@link Allocation} objects of a week are made
 * when the week is asked for. Thread-safe: it reads only the problem's skill layout (whether rigid,
 * track, fixed-pace loads, track ids: arrays that nothing writes after the problem is built; the
 * hours, which are rounded in place before packing, are not read) and the schedule's own arrays,
 * which nothing changes after assembly; the layout is computed from them alone, so two threads that
 * lay it out at once get equal ones and either is kept.
 */
final class WeekAllocations {
    private final Problem p;
    private final Schedule s;
    private final int[] order;
    private final SkillId[] ids;
    private volatile Layout layout;
    /** Layouts made (for tests: at most one per plan when read from one thread). */
    volatile int layouts;

    /**
     * @param order the skills in the plan's output order (rigid bookings of a week follow it)
     * @param ids   per planned skill its id
     */
    WeekAllocations(Problem p, Schedule s, int[] order, SkillId[] ids) {
        this.p = p;
        this.s = s;
        this.order = order;
        this.ids = ids;
    }

    /** @return the allocations of a week, {@code 1..totalWeeks} (the plan week copies the list) */
    List<Allocation> of(int week) {
        Layout l = layout;
        if (l == null) {
            l = layOut(p, s, order);
            layouts++;
            layout = l;
        }
        int a = l.weekOff[week];
        int b = l.weekOff[week + 1];
        if (a == b) {
            return List.of();
        }
        String[] trackIds = p.cap.ids;
        Allocation[] list = new Allocation[b - a];
        for (int i = a; i < b; i++) {
            list[i - a] = new Allocation(ids[l.skill[i]], trackIds[l.track[i]], l.cents[i] / 100.0);
        }
        return Arrays.asList(list);
    }

    /** The laid-out entries: skill, track and hundredths of each, grouped by week. */
    static final class Layout {
        final int[] skill;
        final int[] track;
        final long[] cents;
        final int[] weekOff;
        /** Per skill the sum of its entries, in hundredths. */
        final long[] total;

        private Layout(int[] skill, int[] track, long[] cents, int[] weekOff, long[] total) {
            this.skill = skill;
            this.track = track;
            this.cents = cents;
            this.weekOff = weekOff;
            this.total = total;
        }
    }

    /** Every allocation of the schedule, rounded per skill by largest remainder ({@link Cents#round}) and grouped by week. */
    static Layout layOut(Problem p, Schedule s, int[] order) {
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
        long[] rounded = Cents.round(p.m, skill, hours);
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
        assert Arrays.equals(total, rounded) : "rounded allocations must add up";
        return new Layout(keptSkill, keptTrack, keptCents, weekOff, total);
    }
}
