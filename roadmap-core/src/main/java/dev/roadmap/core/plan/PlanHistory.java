package dev.roadmap.core.plan;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.progress.Progress;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.SkillProgress;
import dev.roadmap.core.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Puts the logged past in front of a plan of what remains, so that the plan shows the whole road:
 * the weeks from the first logged week up to the week before the plan's start become
 * {@link PlanWeek#actual() actual} weeks whose allocations are the logged hours, the planned weeks
 * are renumbered after them, and each skill's start, finish and hours take in its logged weeks.
 * Schedulers call it after planning with {@link PlanOptions#progress()}; it is the same step for
 * every scheduler. Stateless.
 *
 * <pre>{@code
 * Plan whole = PlanHistory.prepend(plan, roadmap, ProgressLog.empty(roadmap.id()));   // plan: of what remains
 * }</pre>
 */
public final class PlanHistory {
    private PlanHistory() {
    }

    /**
     * @param plan    a plan of what remains, starting on the Monday of today's week
     * @param roadmap the roadmap planned
     * @param log     the progress log planned with
     * @return the plan with the logged weeks before its start as history; {@code plan} itself when
     *         nothing was logged before its start
     */
    public static Plan prepend(Plan plan, Roadmap roadmap, ProgressLog log) {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(log, "log must not be null");
        return prepend(plan, roadmap, Progress.of(roadmap, log));
    }

    /**
     * {@link #prepend(Plan, Roadmap, ProgressLog)} with the log already applied, as a re-planner
     * keeps it ({@code PlanningScope.progress()}), so that the log is not applied again.
     *
     * @param plan     a plan of what remains, starting on the Monday of today's week
     * @param roadmap  the roadmap planned
     * @param progress the progress log planned with, applied to the roadmap (its per-skill and per-week
     *                 results those of {@code Progress.of(roadmap, log)})
     * @return the plan with the logged weeks before its start as history; {@code plan} itself when
     *         nothing was logged before its start
     */
    public static Plan prepend(Plan plan, Roadmap roadmap, Progress progress) {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        Map<LocalDate, Map<SkillId, Double>> past = progress.weeks().headMap(plan.start(), false);
        if (past.isEmpty()) {
            return plan;
        }
        LocalDate first = past.keySet().iterator().next();
        int shift = (int) ((plan.start().toEpochDay() - first.toEpochDay()) / 7);
        Map<SkillId, int[]> span = new LinkedHashMap<>();
        Map<SkillId, Double> logged = new LinkedHashMap<>();
        double loggedTotal = 0;
        // the sums now, week by week in date order; the history weeks themselves are made when read
        for (Map.Entry<LocalDate, Map<SkillId, Double>> week : past.entrySet()) {
            int w = (int) ((week.getKey().toEpochDay() - first.toEpochDay()) / 7) + 1;
            for (Map.Entry<SkillId, Double> e : week.getValue().entrySet()) {
                int[] s = span.computeIfAbsent(e.getKey(), k -> new int[] {Integer.MAX_VALUE, 0});
                s[0] = Math.min(s[0], w);
                s[1] = Math.max(s[1], w);
                logged.merge(e.getKey(), e.getValue(), Double::sum);
                loggedTotal += e.getValue();
            }
        }
        doneWithoutHours(progress, plan.start(), first, span, logged);
        Capacity capacity = plan.capacity();
        IntFunction<PlanWeek> history = w -> historyWeek(w, first.plusWeeks(w - 1L), past, roadmap, capacity);
        List<PlanWeek> planned = plan.weeks();
        // the planned weeks are renumbered when read, so a lazy plan stays lazy
        List<PlanWeek> all = LazyWeeks.of(shift + planned.size(),
                w -> w <= shift ? history.apply(w) : planned.get(w - shift - 1).renumbered(w));
        return new Plan(plan.roadmap(), first, shifted(plan.capacity(), shift), plan.totalWeeks() + shift,
                plan.lowerBoundWeeks() + shift, plan.totalHours() + loggedTotal, all,
                skills(plan, span, logged, shift), plan.unscheduled(), plan.diagnostics(), plan.explanations());
    }

    /** @return history week w, starting on the Monday: the hours logged in it, as actual allocations */
    private static PlanWeek historyWeek(int w, LocalDate monday, Map<LocalDate, Map<SkillId, Double>> past, Roadmap roadmap,
                                        Capacity capacity) {
        List<Allocation> allocations = new ArrayList<>();
        for (Map.Entry<SkillId, Double> e : past.getOrDefault(monday, Map.of()).entrySet()) {
            allocations.add(new Allocation(e.getKey(), track(roadmap, capacity, e.getKey()), e.getValue()));
        }
        return new PlanWeek(w, monday, capacity.weekly(), allocations, true);
    }

    /** A skill marked done in the past without logged hours there finishes in the week it was marked. */
    private static void doneWithoutHours(Progress progress, LocalDate start, LocalDate first, Map<SkillId, int[]> span,
                                         Map<SkillId, Double> logged) {
        for (SkillProgress p : progress.skills().values()) {
            LocalDate week = ProgressEntry.weekOf(p.lastDate());
            if (p.status() == Status.DONE && !span.containsKey(p.skill()) && week.isBefore(start) && !week.isBefore(first)) {
                int w = (int) ((week.toEpochDay() - first.toEpochDay()) / 7) + 1;
                span.put(p.skill(), new int[] {w, w});
                logged.put(p.skill(), 0.0);
            }
        }
    }

    private static List<ScheduledSkill> skills(Plan plan, Map<SkillId, int[]> span, Map<SkillId, Double> logged, int shift) {
        List<ScheduledSkill> out = new ArrayList<>();
        java.util.Set<SkillId> planned = new java.util.HashSet<>();
        plan.skills().forEach(s -> planned.add(s.id()));
        span.forEach((id, s) -> {
            if (!planned.contains(id)) {
                out.add(new ScheduledSkill(id, s[0], s[1], logged.get(id)));
            }
        });
        for (ScheduledSkill s : plan.skills()) {
            int[] past = span.get(s.id());
            out.add(past == null
                    ? new ScheduledSkill(s.id(), s.startWeek() + shift, s.finishWeek() + shift, s.hours())
                    : new ScheduledSkill(s.id(), past[0], s.finishWeek() + shift, s.hours() + logged.get(s.id())));
        }
        return out;
    }

    private static String track(Roadmap roadmap, Capacity capacity, SkillId id) {
        Skill s = roadmap.skill(roadmap.indexOf(id));
        return capacity.isPool() || s.track() == null || !capacity.weekly().containsKey(s.track()) ? Capacity.POOL : s.track();
    }

    private static Capacity shifted(Capacity capacity, int shift) {
        Capacity out = Capacity.perTrack(capacity.weekly());
        for (Map.Entry<Integer, Double> e : capacity.weekOverrides().entrySet()) {
            out = out.withWeekOverride(e.getKey() + shift, e.getValue());
        }
        return out;
    }
}
