package dev.roadmap.spi;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.Progress;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import java.time.Clock;
import java.time.LocalDate;
import dev.roadmap.core.validate.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scope rules of {@link PlanningScope}, applied once to fill its arrays. Each step is one rule;
 * they run in the order the class comment of {@link PlanningScope} gives. Not thread-safe; used once.
 */
final class ScopeRules {
    final Roadmap roadmap;
    final PlanOptions options;
    final Capacity capacity;
    /** The progress log applied to the roadmap; null without one. */
    final Progress progress;
    final int n;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Why a skill is not planned; null when it is in play. */
    final String[] leftOut;
    /** Whether the skill is left out because the learner no longer needs it (done, skipped). */
    final boolean[] closed;
    final boolean[] openEnded;
    boolean[] inReach;
    final double[] hours;
    final int[] weeks;

    ScopeRules(Roadmap roadmap, PlanOptions options, Clock clock) {
        this.roadmap = roadmap;
        this.options = options;
        this.progress = options.progress().map(log -> checkedProgress(roadmap, log, options.todayOr(clock))).orElse(null);
        Capacity base = PlanningScope.capacityFor(options, roadmap);
        this.capacity = progress == null ? base : lessLoggedThisWeek(base, progress, options.startOrDefault(clock));
        this.n = roadmap.size();
        this.leftOut = new String[n];
        this.closed = new boolean[n];
        this.openEnded = new boolean[n];
        this.hours = new double[n];
        this.weeks = new int[n];
    }

    ScopeRules apply() {
        checkKnownIds();
        markClosed();
        markChoices();
        markOptional();
        readEfforts();
        reach();
        reportDroppedPrerequisites();
        return this;
    }

    /** A log with errors for this roadmap (unknown skills or topics, overfull weeks) is refused. */
    private static Progress checkedProgress(Roadmap roadmap, ProgressLog log, LocalDate today) {
        List<Diagnostic> errors = log.check(roadmap, today).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            List<SkillId> named = errors.stream().flatMap(d -> d.skills().stream()).distinct().toList();
            throw new InvalidPlanRequestException(InvalidPlanRequestException.INVALID_PROGRESS, "the progress log has "
                    + errors.size() + " error(s): " + errors.stream().limit(PlanningScope.MAX_NAMED)
                    .map(d -> d.location() + ": " + d.message() + " [" + d.code() + "]").collect(Collectors.joining("; "))
                    + PlanningScope.more(errors.size()), named, errors);
        }
        return Progress.of(roadmap, log);
    }

    /** This week's logged hours already use its capacity: week 1 (today's week) keeps only the rest. */
    private static Capacity lessLoggedThisWeek(Capacity base, Progress progress, LocalDate thisWeek) {
        double logged = progress.hoursInWeek(ProgressEntry.weekOf(thisWeek));
        if (logged <= 0) {
            return base;
        }
        double total = 0;
        for (String track : base.weekly().keySet()) {
            total += base.hours(1, track);
        }
        return base.withWeekOverride(1, Math.max(0, total - logged));
    }

    private void checkKnownIds() {
        List<String> unknown = new ArrayList<>();
        List<SkillId> ids = new ArrayList<>();
        for (SkillId t : options.targets()) {
            if (roadmap.indexOf(t) < 0) {
                unknown.add("target '" + t + "'");
                ids.add(t);
            }
        }
        for (SkillId d : options.done()) {
            if (roadmap.indexOf(d) < 0) {
                unknown.add("done '" + d + "'");
                ids.add(d);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidPlanRequestException(InvalidPlanRequestException.UNKNOWN_SKILL, "unknown skill id(s) in the plan options: "
                    + String.join(", ", unknown) + " (not in roadmap '" + roadmap.id() + "')", ids, List.of());
        }
    }

    private void markClosed() {
        for (int i = 0; i < n; i++) {
            Skill s = roadmap.skill(i);
            Status status = progress == null ? s.status() : progress.status(s);
            if (status.isClosed()) {
                leftOut[i] = status.id();
                closed[i] = true;
            }
        }
        for (SkillId d : options.done()) {
            int i = roadmap.indexOf(d);
            if (!closed[i]) {
                leftOut[i] = "done";
                closed[i] = true;
            }
        }
    }

    private void markChoices() {
        List<Choice> choices = roadmap.choices();
        String[] picked = pickedOptions(choices);
        String[] implied = impliedByTargets(choices, picked);
        for (int c = 0; c < choices.size(); c++) {
            Choice choice = choices.get(c);
            String option = picked[c] != null ? picked[c] : implied[c];
            String byDefault = choice.effectiveDefault().map(ChoiceOption::id).orElse(null);
            if (option == null) {
                option = byDefault;
            } else if (picked[c] == null && !option.equals(byDefault)) {
                diagnostics.add(Diagnostic.notice("target-picks-option", "option '" + option + "' of choice '" + choice.id()
                        + "' is taken because a target belongs to it", roadmap.sourceMap().locate(SourceMap.keyChoice(c))));
            }
            for (ChoiceOption o : choice.options()) {
                if (o.id().equals(option)) {
                    continue;
                }
                for (SkillId id : o.skills()) {
                    int i = roadmap.indexOf(id);
                    if (i >= 0 && leftOut[i] == null) {
                        leftOut[i] = "option '" + o.id() + "' of choice '" + choice.id() + "' not chosen";
                    }
                }
            }
        }
    }

    /** The options picked with {@code choose}, by choice index; refuses unknown choices and options. */
    private String[] pickedOptions(List<Choice> choices) {
        Map<String, Integer> byId = new HashMap<>();
        for (int c = 0; c < choices.size(); c++) {
            byId.putIfAbsent(choices.get(c).id(), c);
        }
        String[] picked = new String[choices.size()];
        List<String> unknown = new ArrayList<>();
        options.choose().forEach((choiceId, optionId) -> {
            Integer c = byId.get(choiceId);
            if (c == null) {
                unknown.add("choice '" + choiceId + "' (known: " + choices.stream().map(Choice::id)
                        .collect(Collectors.joining(", ")) + ")");
            } else if (choices.get(c).option(optionId).isEmpty()) {
                unknown.add("option '" + optionId + "' of choice '" + choiceId + "' (known: " + choices.get(c).options()
                        .stream().map(ChoiceOption::id).collect(Collectors.joining(", ")) + ")");
            } else {
                picked[c] = optionId;
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidPlanRequestException(InvalidPlanRequestException.UNKNOWN_CHOICE, "unknown "
                    + String.join(", ", unknown), List.of(), List.of());
        }
        return picked;
    }

    /** The options the targets belong to, by choice index; refuses targets that need two options of one choice. */
    private String[] impliedByTargets(List<Choice> choices, String[] picked) {
        String[] implied = new String[choices.size()];
        for (SkillId target : options.targets()) {
            for (int c = 0; c < choices.size(); c++) {
                for (ChoiceOption o : choices.get(c).options()) {
                    if (!o.skills().contains(target)) {
                        continue;
                    }
                    String already = picked[c] != null ? picked[c] : implied[c];
                    if (already != null && !already.equals(o.id())) {
                        throw new InvalidPlanRequestException(InvalidPlanRequestException.CHOICE_CONFLICT, "target '" + target
                                + "' belongs to option '" + o.id() + "' of choice '" + choices.get(c).id()
                                + "', but option '" + already + "' is " + (picked[c] != null ? "chosen" : "needed by another target"),
                                List.of(target), List.of());
                    }
                    implied[c] = o.id();
                }
            }
        }
        return implied;
    }

    private void markOptional() {
        if (!options.skipOptional()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (leftOut[i] == null && roadmap.skill(i).optional() && !options.targets().contains(roadmap.skill(i).id())) {
                leftOut[i] = "optional, skipped";
            }
        }
    }

    private void readEfforts() {
        for (int i = 0; i < n; i++) {
            if (leftOut[i] != null) {
                continue;
            }
            Skill s = roadmap.skill(i);
            if (progress != null && progress.skill(s.id()).isPresent()) {
                readLoggedEffort(i, s);
                continue;
            }
            double remaining = PlanningScope.remainingFraction(s);
            if (remaining == 0) {
                leftOut[i] = "done (every topic ticked)";
                closed[i] = true;
                diagnostics.add(Diagnostic.notice("progress-complete", "skill '" + s.id()
                        + "' is in progress with every topic ticked; it is treated as done", locateSkill(i)).about(s.id()));
                continue;
            }
            if (remaining < 1) {
                diagnostics.add(Diagnostic.notice("progress", "skill '" + s.id() + "' is in progress with " + PlanningScope.ticked(s)
                        + " of " + s.topics().size() + " topics ticked; " + PlanningScope.percent(remaining)
                        + " of its effort is planned", locateSkill(i)).about(s.id()));
            }
            if (s.rigidPace().isPresent()) {
                weeks[i] = (int) Math.ceil(s.rigidPace().get().weeks() * remaining - 1e-9);
            } else if (s.effort().isPresent()) {
                Effort effort = s.effort().get();
                if (effort.openEnded()) {
                    leftOut[i] = "open-ended effort";
                    openEnded[i] = true;
                } else {
                    hours[i] = effort.hours(options.estimate()) * remaining;
                }
            } else {
                diagnostics.add(Diagnostic.warning("missing-effort", "skill '" + s.id()
                        + "' has no effort; it is planned as 0 hours", locateSkill(i)).about(s.id()));
            }
        }
    }

    /**
     * The progress rule for a skill the log names: its remaining hours ({@link Progress#remainingHours});
     * none left closes it, a rigid skill keeps the whole weeks its remaining hours need.
     */
    private void readLoggedEffort(int i, Skill s) {
        if (s.effort().map(Effort::openEnded).orElse(false)) {
            leftOut[i] = "open-ended effort";
            openEnded[i] = true;
            return;
        }
        double left = progress.remainingHours(s, options.estimate());
        double full = Progress.fullHours(s, options.estimate());
        if (left <= 1e-9 && full > 0) {
            leftOut[i] = "done (logged progress covers its effort)";
            closed[i] = true;
            diagnostics.add(Diagnostic.notice("progress-complete", "skill '" + s.id()
                    + "' has logged progress covering its effort; it is treated as done", locateSkill(i)).about(s.id()));
            return;
        }
        if (s.rigidPace().isPresent()) {
            double load = s.rigidPace().get().totalHours() / s.rigidPace().get().weeks();
            weeks[i] = load <= 0 ? s.rigidPace().get().weeks() : (int) Math.ceil(left / load - 1e-9);
        } else {
            hours[i] = left;
        }
        if (left < full) {
            diagnostics.add(Diagnostic.notice("progress", "skill '" + s.id() + "' has " + PlanningScope.percent(1 - left / full)
                    + " of its effort done by the progress log; " + String.format(java.util.Locale.ROOT, "%.1f", left)
                    + " h are planned", locateSkill(i)).about(s.id()));
        }
    }

    /** The targets and, through planned skills, everything they require; every skill without targets. */
    private void reach() {
        if (options.targets().isEmpty()) {
            inReach = PlanningScope.all(n);
            return;
        }
        inReach = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        for (SkillId t : options.targets()) {
            int i = roadmap.indexOf(t);
            if (!inReach[i]) {
                inReach[i] = true;
                stack[sp++] = i;
            }
        }
        while (sp > 0) {
            int v = stack[--sp];
            if (leftOut[v] != null) {
                continue;
            }
            for (SkillId id : roadmap.skill(v).requires()) {
                int p = roadmap.indexOf(id);
                if (!inReach[p]) {
                    inReach[p] = true;
                    stack[sp++] = p;
                }
            }
        }
    }

    /**
     * A planned skill whose prerequisite is left out without being done is planned without it.
     * Only a left-out skill can be such a prerequisite, so a roadmap that leaves nothing out costs
     * nothing here.
     */
    private void reportDroppedPrerequisites() {
        boolean anyLeftOut = false;
        for (int i = 0; i < n && !anyLeftOut; i++) {
            anyLeftOut = leftOut[i] != null && !closed[i];
        }
        if (!anyLeftOut) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!inReach[i] || leftOut[i] != null) {
                continue;
            }
            for (SkillId id : roadmap.skill(i).requires()) {
                int p = roadmap.indexOf(id);
                if (leftOut[p] != null && !closed[p]) {
                    diagnostics.add(droppedPrerequisite(i, p));
                }
            }
        }
    }

    private Diagnostic droppedPrerequisite(int skill, int prerequisite) {
        SkillId s = roadmap.skill(skill).id();
        SkillId p = roadmap.skill(prerequisite).id();
        if (openEnded[prerequisite]) {
            return Diagnostic.notice("open-ended-prerequisite", "prerequisite '" + p + "' of '" + s
                    + "' is open-ended and not scheduled; '" + s + "' does not wait for it", locateSkill(skill)).about(s, p);
        }
        return Diagnostic.warning("left-out-prerequisite", "skill '" + s + "' requires '" + p + "', which is left out ("
                + leftOut[prerequisite] + "); '" + s + "' is planned without it", locateSkill(skill)).about(s, p);
    }

    private dev.roadmap.core.SourceLocation locateSkill(int index) {
        return roadmap.sourceMap().locate(SourceMap.keySkill(index));
    }
}
