package dev.roadmap.scheduler.internal;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.LazyExplanations;
import dev.roadmap.core.plan.LazySkills;
import dev.roadmap.core.plan.LazyWeeks;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns the packer's arrays into the immutable {@link Plan}: every week with its dates, capacity
 * and allocations (rigid bookings first, then flexible hours in the order studied; only hours
 * {@code > 0}, in hundredths of an hour that add up exactly, see {@link Cents}), the skills in start
 * order (a {@link LazySkills} that makes each when it is read), and the explanations. Works from arrays to the plan's objects without maps: the weeks are a
 * {@link LazyWeeks} that makes each week when it is read (weeks without an override share one
 * capacity map; the allocations are rounded and laid out by week on the first read, see
 * {@link WeekAllocations}, while the skills' totals come at once from {@link Cents#totals}), and
 * the explanations are a {@link LazyExplanations} that writes each text when it
 * is read.
 */
final class PlanAssembler {
    private PlanAssembler() {
    }

    static Plan assemble(Problem p, Schedule s, int lowerBound, LocalDate start, int maxParallel) {
        int m = p.m;
        SkillId[] ids = new SkillId[m];
        for (int v = 0; v < m; v++) {
            ids[v] = p.idsByDoc[p.doc[v]];
        }
        int[] order = startOrder(s, m);
        long[] cents = Cents.totals(p, s);
        WeekAllocations allocations = new WeekAllocations(p, s, order, ids);
        SkillId[] inOrder = new SkillId[m];
        long totalCents = 0;
        for (int i = 0; i < m; i++) {
            int v = order[i];
            inOrder[i] = ids[v];
            totalCents += cents[v];
        }
        List<ScheduledSkill> skills = LazySkills.of(m, i -> {
            int v = order[i];
            return new ScheduledSkill(ids[v], s.start[v], s.finish[v], cents[v] / 100.0);
        });
        Explanations explainer = new Explanations(p, s, ids, maxParallel);
        LazyExplanations explanations = LazyExplanations.of(Arrays.asList(inOrder), i -> explainer.explain(order[i]));
        return new Plan(p.roadmap.id(), start, p.cap.capacity, s.totalWeeks, lowerBound, totalCents / 100.0,
                weeks(p.cap, s.totalWeeks, start, allocations), skills, p.unscheduled, p.diagnostics,
                explanations);
    }

    /**
     * The plan's weeks, each made when it is read ({@link LazyWeeks}) from the allocations by week; the
     * weeks without an override share one capacity map.
     */
    static List<PlanWeek> weeks(CapacityTable cap, int totalWeeks, LocalDate start, WeekAllocations allocations) {
        if (totalWeeks == 0) {
            return List.of();
        }
        Map<String, Double> usual = cap.usualWeek(start);
        return LazyWeeks.of(totalWeeks, w -> new PlanWeek(w, start.plusWeeks(w - 1L),
                cap.hasOverride(w) ? cap.weekMap(w) : usual, allocations.of(w)));
    }

    /**
     * Skills by start week, then by the order they started in. A week-packing pass starts skills week
     * by week, so the start order is already by week and needs no sort; other packers' schedules are
     * sorted.
     */
    private static int[] startOrder(Schedule s, int m) {
        int[] bySeq = new int[m];
        for (int v = 0; v < m; v++) {
            bySeq[s.startSeq[v]] = v;
        }
        boolean byWeek = true;
        for (int i = 1; i < m && byWeek; i++) {
            byWeek = s.start[bySeq[i - 1]] <= s.start[bySeq[i]];
        }
        if (byWeek) {
            return bySeq;
        }
        long[] keys = new long[m];
        for (int v = 0; v < m; v++) {
            keys[v] = ((long) s.start[v] << 32) | s.startSeq[v];
        }
        Arrays.sort(keys);
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = bySeq[(int) (keys[i] & 0xffffffffL)];
        }
        return order;
    }
}
