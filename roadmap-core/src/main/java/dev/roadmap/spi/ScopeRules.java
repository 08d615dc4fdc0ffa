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
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.progress.CheckedProgress;
import dev.roadmap.core.progress.Progress;
import dev.roadmap.core.progress.ProgressEntry;
import java.time.Clock;
import java.time.LocalDate;
import dev.roadmap.core.validate.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scope rules of {@link PlanningScope}, applied to fill its arrays. The rules that decide one
 * skill (done, choices, optional, remaining effort) run per skill ({@link #rulesOf}), so a scope
 * derived from another with a few changed skills ({@link ScopeChange}) runs them for those skills
 * only; reach and dropped prerequisites follow. Their order is the one the class comment of
 * {@link PlanningScope} gives. Not thread-safe while applied; read-only afterwards, and then its
 * arrays may be shared (a derived scope copies an array before it writes to it).
 */
final class ScopeRules {
    final Roadmap roadmap;
    final PlanOptions options;
    final Capacity capacity;
    /** The capacity before this week's logged hours are taken off ({@link PlanningScope#capacityFor}). */
    final Capacity base;
    /** The first week's Monday the capacity was made for, with a progress log; null without. */
    final LocalDate start;
    /** The progress log checked and applied to the roadmap; null without one. */
    final CheckedProgress checked;
    /** The progress log applied to the roadmap; null without one. */
    final Progress progress;
    final int n;
    /** The choice rule's notices (an option taken for a target), in choice order. */
    List<Diagnostic> choiceNotes;
    /** The choice rule's reason per skill (the first option not chosen it belongs to); null when none. */
    String[] notChosen;
    /** Why a skill is not planned; null when it is in play. */
    String[] leftOut;
    /** Whether the skill is left out because the learner no longer needs it (done, skipped). */
    boolean[] closed;
    boolean[] openEnded;
    boolean[] inReach;
    double[] hours;
    int[] weeks;
    /** The effort rule's notices and warnings per skill, in the order given; null when none. */
    Diagnostic[][] notes;
    /** The dropped-prerequisite notices per dependent; null when none (the array null when no skill has any). */
    Diagnostic[][] dropped;
    /** Skills in reach that are not planned, in document order, and their document indices. */
    List<Unscheduled> unscheduled;
    int[] unscheduledAt;
    int planned;
    /** All notices in order: the choice rule's, the effort rule's by skill, the dropped prerequisites' by skill. */
    List<Diagnostic> diagnostics;
    /** How many progress entries were checked to make these rules (for tests of the re-scope's cost). */
    int logEntriesChecked;
    /** How many times a rule looked at one skill (the per-skill rules, reach, dropped prerequisites): for tests. */
    int visits;
    /** The skills' dependents by document index, made when first needed and shared by derived rules. */
    final ScopeLinks links;

    ScopeRules(Roadmap roadmap, PlanOptions options, Clock clock) {
        this(roadmap, options, clock, new ScopeLinks());
    }

    /** Rules that check the whole progress log. */
    ScopeRules(Roadmap roadmap, PlanOptions options, Clock clock, ScopeLinks links) {
        this(roadmap, options, clock, options.progress().map(log -> CheckedProgress.of(roadmap, log)).orElse(null),
                PlanningScope.capacityFor(options, roadmap), null, links);
        logEntriesChecked = checked == null ? 0 : checked.entries();
    }

    /**
     * @param checked the options' progress log checked against this roadmap (null without one); refused
     *                when it has errors
     * @param base    the options' capacity for this roadmap ({@link PlanningScope#capacityFor})
     * @param parent  rules whose capacity is taken over when made from the same checked log, base and
     *                start; null for none
     */
    ScopeRules(Roadmap roadmap, PlanOptions options, Clock clock, CheckedProgress checked, Capacity base, ScopeRules parent,
               ScopeLinks links) {
        this.roadmap = roadmap;
        this.options = options;
        this.checked = refusedWithErrors(checked);
        this.progress = checked == null ? null : checked.progress();
        this.base = base;
        this.start = progress == null ? null : options.startOrDefault(clock);
        if (parent != null && parent.checked == checked && parent.base == base && java.util.Objects.equals(parent.start, start)) {
            this.capacity = parent.capacity;
        } else {
            this.capacity = progress == null ? base : lessLoggedThisWeek(base, progress, start);
        }
        this.n = roadmap.size();
        this.links = links;
    }

    ScopeRules apply() {
        checkKnownIds();
        leftOut = new String[n];
        closed = new boolean[n];
        openEnded = new boolean[n];
        hours = new double[n];
        weeks = new int[n];
        notes = new Diagnostic[n][];
        markChoices();
        for (int i = 0; i < n; i++) {
            rulesOf(i);
        }
        reach();
        reportDroppedPrerequisites();
        collectUnscheduled();
        collectDiagnostics();
        return this;
    }

    /**
     * The rules that decide skill i alone, in their order: done (its status, or the options' done),
     * choices, optional, remaining effort. Every per-skill field at i is written.
     */
    void rulesOf(int i) {
        visits++;
        Skill s = roadmap.skill(i);
        Status status = progress == null ? s.status() : progress.status(s);
        String out = null;
        boolean isClosed = false;
        if (status.isClosed()) {
            out = status.id();
            isClosed = true;
        } else if (!options.done().isEmpty() && options.done().contains(s.id())) {
            out = "done";
            isClosed = true;
        } else if (notChosen[i] != null) {
            out = notChosen[i];
        } else if (options.skipOptional() && s.optional() && !options.targets().contains(s.id())) {
            out = "optional, skipped";
        }
        leftOut[i] = out;
        closed[i] = isClosed;
        openEnded[i] = false;
        hours[i] = 0;
        weeks[i] = 0;
        notes[i] = null;
        if (out == null) {
            readEffort(i, s);
        }
    }

    /** A log with errors for this roadmap (unknown skills or topics, overfull weeks) is refused. */
    private static CheckedProgress refusedWithErrors(CheckedProgress checked) {
        if (checked == null || checked.errors().isEmpty()) {
            return checked;
        }
        List<Diagnostic> errors = checked.errors();
        List<SkillId> named = errors.stream().flatMap(d -> d.skills().stream()).distinct().toList();
        throw new InvalidPlanRequestException(InvalidPlanRequestException.INVALID_PROGRESS, "the progress log has "
                + errors.size() + " error(s): " + errors.stream().limit(PlanningScope.MAX_NAMED)
                .map(d -> d.location() + ": " + d.message() + " [" + d.code() + "]").collect(Collectors.joining("; "))
                + PlanningScope.more(errors.size()), named, errors);
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

    /** The choice rule for every skill: {@link #notChosen} and the notices; needs only the options and the choices. */
    private void markChoices() {
        notChosen = new String[n];
        choiceNotes = new ArrayList<>();
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
                choiceNotes.add(Diagnostic.notice("target-picks-option", "option '" + option + "' of choice '" + choice.id()
                        + "' is taken because a target belongs to it", roadmap.sourceMap().locate(SourceMap.keyChoice(c))));
            }
            for (ChoiceOption o : choice.options()) {
                if (o.id().equals(option)) {
                    continue;
                }
                for (SkillId id : o.skills()) {
                    int i = roadmap.indexOf(id);
                    if (i >= 0 && notChosen[i] == null) {
                        notChosen[i] = "option '" + o.id() + "' of choice '" + choice.id() + "' not chosen";
                    }
                }
            }
        }
        choiceNotes = List.copyOf(choiceNotes);
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

    /** The remaining-effort rule for a skill no earlier rule left out. */
    private void readEffort(int i, Skill s) {
        if (progress != null && progress.skill(s.id()).isPresent()) {
            readLoggedEffort(i, s);
            return;
        }
        double remaining = PlanningScope.remainingFraction(s);
        if (remaining == 0) {
            leftOut[i] = "done (every topic ticked)";
            closed[i] = true;
            note(i, Diagnostic.notice("progress-complete", "skill '" + s.id()
                    + "' is in progress with every topic ticked; it is treated as done", locateSkill(i)).about(s.id()));
            return;
        }
        if (remaining < 1) {
            note(i, Diagnostic.notice("progress", "skill '" + s.id() + "' is in progress with " + PlanningScope.ticked(s)
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
            note(i, Diagnostic.warning("missing-effort", "skill '" + s.id()
                    + "' has no effort; it is planned as 0 hours", locateSkill(i)).about(s.id()));
        }
    }

    private void note(int i, Diagnostic d) {
        Diagnostic[] had = notes[i];
        if (had == null) {
            notes[i] = new Diagnostic[] {d};
        } else {
            Diagnostic[] more = java.util.Arrays.copyOf(had, had.length + 1);
            more[had.length] = d;
            notes[i] = more;
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
            note(i, Diagnostic.notice("progress-complete", "skill '" + s.id()
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
            note(i, Diagnostic.notice("progress", "skill '" + s.id() + "' has " + PlanningScope.percent(1 - left / full)
                    + " of its effort done by the progress log; " + PlanningScope.oneDecimal(left)
                    + " h are planned", locateSkill(i)).about(s.id()));
        }
    }

    /** The targets and, through planned skills, everything they require; every skill without targets. */
    void reach() {
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
            visits++;
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
    void reportDroppedPrerequisites() {
        dropped = null;
        if (!anyOpenLeftOut()) {
            return;
        }
        dropped = new Diagnostic[n][];
        for (int i = 0; i < n; i++) {
            dropped[i] = droppedOf(i);
        }
    }

    /** @return whether some skill is left out without being closed (only such a skill can be a dropped prerequisite) */
    boolean anyOpenLeftOut() {
        for (int i = 0; i < n; i++) {
            if (leftOut[i] != null && !closed[i]) {
                return true;
            }
        }
        return false;
    }

    /** @return the dropped-prerequisite notices of skill i as a dependent, null when none */
    Diagnostic[] droppedOf(int i) {
        visits++;
        if (!inReach[i] || leftOut[i] != null) {
            return null;
        }
        List<Diagnostic> out = null;
        for (SkillId id : roadmap.skill(i).requires()) {
            int p = roadmap.indexOf(id);
            if (leftOut[p] != null && !closed[p]) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(droppedPrerequisite(i, p));
            }
        }
        return out == null ? null : out.toArray(new Diagnostic[0]);
    }

    /** The skills in reach that are not planned, and how many are planned: one pass over all skills. */
    void collectUnscheduled() {
        int count = 0;
        List<Unscheduled> out = new ArrayList<>();
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            if (inReach[i] && leftOut[i] == null) {
                count++;
            } else if (inReach[i]) {
                at[out.size()] = i;
                out.add(new Unscheduled(roadmap.skill(i).id(), leftOut[i]));
            }
        }
        planned = count;
        unscheduledAt = java.util.Arrays.copyOf(at, out.size());
        unscheduled = List.copyOf(out);
    }

    /** The notices in order: the choice rule's, then the effort rule's by skill, then the dropped prerequisites' by skill. */
    void collectDiagnostics() {
        List<Diagnostic> out = new ArrayList<>(choiceNotes);
        for (Diagnostic[] d : notes) {
            if (d != null) {
                out.addAll(java.util.Arrays.asList(d));
            }
        }
        if (dropped != null) {
            for (Diagnostic[] d : dropped) {
                if (d != null) {
                    out.addAll(java.util.Arrays.asList(d));
                }
            }
        }
        diagnostics = List.copyOf(out);
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
