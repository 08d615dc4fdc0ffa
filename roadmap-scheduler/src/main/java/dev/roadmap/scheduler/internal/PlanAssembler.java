package dev.roadmap.scheduler.internal;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the packer's arrays into the immutable {@link Plan}: every week with its dates, capacity
 * and allocations (rigid bookings first, then flexible hours in the order studied; only hours
 * {@code > 0}, in hundredths of an hour that add up exactly, see {@link Cents}), the skills in start
 * order, and the explanations.
 */
final class PlanAssembler {
    private PlanAssembler() {
    }

    static Plan assemble(Problem p, Schedule s, int lowerBound, LocalDate start, int maxParallel) {
        int m = p.m;
        SkillId[] ids = new SkillId[m];
        for (int v = 0; v < m; v++) {
            ids[v] = p.roadmap.skill(p.doc[v]).id();
        }
        int[] order = startOrder(s, m);
        List<List<Allocation>> perWeek = new ArrayList<>(s.totalWeeks + 1);
        for (int w = 0; w <= s.totalWeeks; w++) {
            perWeek.add(new ArrayList<>(2));
        }
        long[] cents = Cents.allocate(p, s, order, ids, perWeek);
        List<PlanWeek> weeks = new ArrayList<>(s.totalWeeks);
        for (int w = 1; w <= s.totalWeeks; w++) {
            weeks.add(new PlanWeek(w, start.plusWeeks(w - 1L), p.cap.weekMap(w), perWeek.get(w)));
        }
        List<ScheduledSkill> skills = new ArrayList<>(m);
        Map<SkillId, String> explanations = new LinkedHashMap<>(Math.max(16, m * 4 / 3 + 1));
        Explanations explainer = new Explanations(p, s, maxParallel);
        long totalCents = 0;
        for (int v : order) {
            skills.add(new ScheduledSkill(ids[v], s.start[v], s.finish[v], cents[v] / 100.0));
            explanations.put(ids[v], explainer.explain(v));
            totalCents += cents[v];
        }
        double totalHours = totalCents / 100.0;
        return new Plan(p.roadmap.id(), start, p.cap.capacity, s.totalWeeks, lowerBound, totalHours, weeks, skills,
                p.unscheduled, p.diagnostics, explanations);
    }

    /** Skills by start week, then by the order they started in. */
    private static int[] startOrder(Schedule s, int m) {
        long[] keys = new long[m];
        int[] bySeq = new int[m];
        for (int v = 0; v < m; v++) {
            keys[v] = ((long) s.start[v] << 32) | s.startSeq[v];
            bySeq[s.startSeq[v]] = v;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = bySeq[(int) (keys[i] & 0xffffffffL)];
        }
        return order;
    }
}
