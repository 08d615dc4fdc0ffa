package dev.roadmap.core.plan;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.progress.Progress;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.progress.SkillProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a learner stands: a progress log and the plan of what remains (planned with the log, see
 * {@link PlanOptions#progress()}) against a baseline plan, the plan the learner started from. The
 * {@code roadmap-status/1} document and {@code roadmap status} print it (docs/progress.md).
 *
 * <p>Dates of weeks are their last day (Sunday). Linear in the roadmap, the plans and the log.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ProgressLog progress = ProgressLog.empty(roadmap.id());   // the learner's log
 * LocalDate today = LocalDate.of(2026, 12, 21);
 * Plan current = new WeekPackingScheduler().schedule(roadmap, PlanOptions.builder().progress(progress).today(today).build());
 * ProgressReport report = ProgressReport.of(roadmap, progress, current, java.util.Optional.of(plan), today);  // plan: the baseline
 * System.out.println(report.weeksBehind());   // e.g. Optional[1]: a week behind the baseline
 * }</pre>
 *
 * @param roadmap          id of the roadmap
 * @param today            the day the report is for
 * @param hoursLogged      hours logged in all
 * @param hoursRemaining   hours the current plan still plans (from today's week on)
 * @param percentDone      {@code hoursLogged / (hoursLogged + hoursRemaining)} in percent, one decimal
 * @param skillsDone       skills done or skipped
 * @param skillsInProgress skills in progress
 * @param skillsLeft       skills not started
 * @param projectedFinish  the last day of the current plan
 * @param baselineFinish   the last day of the baseline, if given
 * @param weeksBehind      weeks the projected finish is after the baseline's (negative: ahead), if given
 * @param thisWeek         this week's logged hours against the planned ones
 * @param skills           one line per skill in play, in document order
 */
public record ProgressReport(String roadmap, LocalDate today, double hoursLogged, double hoursRemaining, double percentDone,
                             int skillsDone, int skillsInProgress, int skillsLeft, LocalDate projectedFinish,
                             Optional<LocalDate> baselineFinish, Optional<Integer> weeksBehind, Week thisWeek,
                             List<SkillLine> skills) {

    /**
     * Copies the list and checks the required components.
     *
     * @param roadmap id of the roadmap
     * @param today the day the report is for
     * @param hoursLogged hours logged in all
     * @param hoursRemaining hours still planned
     * @param percentDone percent of the total effort done
     * @param skillsDone skills done or skipped
     * @param skillsInProgress skills in progress
     * @param skillsLeft skills not started
     * @param projectedFinish the last day of the current plan
     * @param baselineFinish the last day of the baseline, if given
     * @param weeksBehind weeks behind the baseline (negative: ahead), if given
     * @param thisWeek this week's hours
     * @param skills one line per skill
     */
    public ProgressReport {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(today, "today must not be null");
        Objects.requireNonNull(projectedFinish, "projectedFinish must not be null");
        Objects.requireNonNull(baselineFinish, "baselineFinish must not be null");
        Objects.requireNonNull(weeksBehind, "weeksBehind must not be null");
        Objects.requireNonNull(thisWeek, "thisWeek must not be null");
        skills = List.copyOf(skills);
    }

    /** @return all skills in play: done, in progress and left */
    public int skillsTotal() {
        return skillsDone + skillsInProgress + skillsLeft;
    }

    /**
     * This week's hours.
     *
     * @param start   the Monday of the week of today
     * @param logged  hours logged this week
     * @param planned hours the baseline planned for this week (the current plan's without a baseline)
     */
    public record Week(LocalDate start, double logged, double planned) {
        /**
         * @param start the Monday of the week
         * @param logged hours logged
         * @param planned hours planned
         */
        public Week {
            Objects.requireNonNull(start, "start must not be null");
        }
    }

    /**
     * One skill's standing.
     *
     * @param id             the skill
     * @param status         its status after the log ({@code done} also when the plan counts it done because the
     *                       logged hours cover its effort)
     * @param plannedHours   the hours the baseline planned for it (the current plan's without a baseline)
     * @param loggedHours    the hours logged on it
     * @param remainingHours the hours the current plan still plans for it
     * @param plannedFinish  the last day of its finishing week in the baseline, if it is planned there
     * @param finish         the day it was finished (its last entry) when finished, else the last day of its
     *                       finishing week in the current plan; empty when neither says
     */
    public record SkillLine(SkillId id, Status status, double plannedHours, double loggedHours, double remainingHours,
                            Optional<LocalDate> plannedFinish, Optional<LocalDate> finish) {
        /**
         * @param id the skill
         * @param status its status
         * @param plannedHours hours planned
         * @param loggedHours hours logged
         * @param remainingHours hours still planned
         * @param plannedFinish baseline finish
         * @param finish actual or projected finish
         */
        public SkillLine {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(status, "status must not be null");
            Objects.requireNonNull(plannedFinish, "plannedFinish must not be null");
            Objects.requireNonNull(finish, "finish must not be null");
        }

        /** @return whether the skill needs no more work */
        public boolean finished() {
            return status.isClosed();
        }
    }

    /**
     * @param roadmap  the roadmap
     * @param log      the progress log
     * @param current  the plan made with the log ({@link PlanOptions#progress()}), history included
     * @param baseline the plan the learner started from, if any
     * @param today    the day of the report
     * @return the report
     */
    public static ProgressReport of(Roadmap roadmap, ProgressLog log, Plan current, Optional<Plan> baseline, LocalDate today) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(log, "log must not be null");
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(today, "today must not be null");
        Progress progress = Progress.of(roadmap, log);
        Map<SkillId, Double> remaining = new HashMap<>();
        double hoursRemaining = 0;
        for (PlanWeek w : current.weeks()) {
            if (!w.actual()) {
                for (Allocation a : w.allocations()) {
                    remaining.merge(a.skill(), a.hours(), Double::sum);
                    hoursRemaining += a.hours();
                }
            }
        }
        Map<SkillId, ScheduledSkill> planned = index(current);
        Map<SkillId, ScheduledSkill> base = baseline.map(ProgressReport::index).orElse(Map.of());
        java.util.Set<SkillId> doneInPlan = new java.util.HashSet<>();
        current.unscheduled().stream().filter(u -> u.reason().startsWith("done")).forEach(u -> doneInPlan.add(u.skill()));
        List<SkillLine> lines = new ArrayList<>();
        int[] counts = new int[3];
        for (int i = 0; i < roadmap.size(); i++) {
            Skill s = roadmap.skill(i);
            Optional<SkillProgress> p = progress.skill(s.id());
            Status status = progress.status(s).isClosed() || !doneInPlan.contains(s.id()) ? progress.status(s) : Status.DONE;
            boolean inPlay = planned.containsKey(s.id()) || base.containsKey(s.id()) || p.isPresent() || status == Status.DONE;
            if (!inPlay) {
                continue;
            }
            counts[status.isClosed() ? 0 : status == Status.DOING ? 1 : 2]++;
            lines.add(line(s, status, p, remaining.getOrDefault(s.id(), 0.0), baseline.isPresent() ? base.get(s.id())
                    : planned.get(s.id()), baseline.isPresent() ? baseline.get() : current, planned.get(s.id()), current));
        }
        double logged = progress.totalHours();
        double total = logged + hoursRemaining;
        double percent = total == 0 ? 0 : Math.round(logged / total * 1000) / 10.0;
        LocalDate projected = current.end();
        Optional<LocalDate> baseFinish = baseline.map(Plan::end);
        Optional<Integer> behind = baseFinish.map(b -> (int) Math.round((projected.toEpochDay() - b.toEpochDay()) / 7.0));
        return new ProgressReport(roadmap.id(), today, logged, hoursRemaining, percent, counts[0], counts[1], counts[2],
                projected, baseFinish, behind, thisWeek(progress, current, baseline, today), lines);
    }

    private static SkillLine line(Skill s, Status status, Optional<SkillProgress> p, double remaining, ScheduledSkill inBase,
                                  Plan basePlan, ScheduledSkill inCurrent, Plan current) {
        Optional<LocalDate> plannedFinish = Optional.ofNullable(inBase).map(k -> weekEnd(basePlan, k.finishWeek()));
        Optional<LocalDate> finish = status.isClosed() ? p.map(SkillProgress::lastDate)
                : Optional.ofNullable(inCurrent).map(k -> weekEnd(current, k.finishWeek()));
        double plannedHours = inBase == null ? 0 : inBase.hours();
        return new SkillLine(s.id(), status, plannedHours, p.map(SkillProgress::hours).orElse(0.0), remaining, plannedFinish, finish);
    }

    private static Week thisWeek(Progress progress, Plan current, Optional<Plan> baseline, LocalDate today) {
        LocalDate monday = ProgressEntry.weekOf(today);
        double logged = progress.hoursInWeek(monday);
        double planned;
        if (baseline.isPresent()) {
            planned = weekHours(baseline.get(), monday);
        } else {
            planned = weekHours(current, monday) + logged;
        }
        return new Week(monday, logged, planned);
    }

    private static double weekHours(Plan plan, LocalDate monday) {
        long index = (monday.toEpochDay() - plan.start().toEpochDay()) / 7;
        if (monday.isBefore(plan.start()) || index >= plan.weeks().size()) {
            return 0;
        }
        return plan.weeks().get((int) index).usedHours();
    }

    private static LocalDate weekEnd(Plan plan, int week) {
        return plan.start().plusWeeks(week).minusDays(1);
    }

    private static Map<SkillId, ScheduledSkill> index(Plan plan) {
        Map<SkillId, ScheduledSkill> out = new HashMap<>();
        plan.skills().forEach(k -> out.put(k.id(), k));
        return out;
    }
}
