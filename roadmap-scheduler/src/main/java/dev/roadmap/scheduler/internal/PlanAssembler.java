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
 * {@code > 0}), the skills in start order, and the explanations.
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
        for (int v : order) {
            if (!p.rigid[v]) {
                continue;
            }
            for (int w = s.start[v]; w <= s.finish[v]; w++) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    if (p.loadHours[l] > 0) {
                        perWeek.get(w).add(new Allocation(ids[v], p.cap.ids[p.loadTrack[l]], p.loadHours[l]));
                    }
                }
            }
        }
        for (int a = 0; a < s.allocWeek.size(); a++) {
            double h = s.allocHours.get(a);
            if (h > 0) {
                perWeek.get(s.allocWeek.get(a)).add(new Allocation(ids[s.allocSkill.get(a)], p.cap.ids[s.allocTrack.get(a)], h));
            }
        }
        List<PlanWeek> weeks = new ArrayList<>(s.totalWeeks);
        for (int w = 1; w <= s.totalWeeks; w++) {
            weeks.add(new PlanWeek(w, start.plusWeeks(w - 1L), p.cap.weekMap(w), perWeek.get(w)));
        }
        List<ScheduledSkill> skills = new ArrayList<>(m);
        Map<SkillId, String> explanations = new LinkedHashMap<>(Math.max(16, m * 4 / 3 + 1));
        Explanations explainer = new Explanations(p, s, maxParallel);
        double totalHours = 0;
        for (int v : order) {
            skills.add(new ScheduledSkill(ids[v], s.start[v], s.finish[v], p.hours[v]));
            explanations.put(ids[v], explainer.explain(v));
            totalHours += p.hours[v];
        }
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
