package dev.roadmap.spi;

import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a plan covers: the one place the scheduling rules about <em>which</em> skills to plan and
 * <em>how much</em> of each live, so that every scheduler (the built-in {@code week-packing} one and
 * any plugin) plans the same skills for the same roadmap and options. A scheduler decides only
 * <em>when</em>.
 *
 * <p>The rules, in the order they apply (docs/scheduling.md):
 * <ol>
 *   <li><b>Validity.</b> A roadmap with validation errors is refused
 *       ({@link InvalidPlanRequestException#INVALID_ROADMAP}, naming the skills the errors name);
 *       unknown ids in {@link PlanOptions#targets()} or {@link PlanOptions#done()} are refused
 *       ({@link InvalidPlanRequestException#UNKNOWN_SKILL}).</li>
 *   <li><b>Done.</b> Skills whose status is {@code done} or {@code skipped}, and those in
 *       {@link PlanOptions#done()}, are left out and satisfy their dependents ({@link #isClosed(int)}).</li>
 *   <li><b>Choices.</b> Per choice, the option picked with {@link PlanOptions#choose()}, else the
 *       option a target belongs to (a notice {@code target-picks-option}), else the default; skills of
 *       the other options are left out. Unknown choices or options, and targets that need two options
 *       of one choice, are refused ({@code unknown-choice}, {@code choice-conflict}).</li>
 *   <li><b>Optional.</b> With {@link PlanOptions#skipOptional()}, optional skills that are not targets
 *       are left out.</li>
 *   <li><b>Remaining effort</b> (the progress hook, {@link #remainingFraction(Skill)}): a {@code doing}
 *       skill with topics has the unticked share of its effort left; with every topic ticked it
 *       counts as done. With a progress log ({@link PlanOptions#progress()}) a skill the log names
 *       has {@link dev.roadmap.core.progress.Progress#remainingHours its remaining hours} left (none
 *       left: done), its status is the log's, and week 1 (the week of today) keeps only the capacity
 *       its logged hours leave; a log with errors is refused
 *       ({@link InvalidPlanRequestException#INVALID_PROGRESS}). Flexible skills get {@link #hours(int)} at {@link PlanOptions#estimate()};
 *       rigid skills {@link #rigidWeeks(int)}. Open-ended efforts are left out (they never finish)
 *       but do not hold up their dependents; a skill without effort is planned as 0 hours with a
 *       warning.</li>
 *   <li><b>Targets.</b> With targets, only the targets and what they need are in scope; a left-out
 *       skill cuts the search (what only it needs is out of scope).</li>
 *   <li><b>Dropped prerequisites.</b> A planned skill whose prerequisite is left out but not done is
 *       planned without it, with a warning {@code left-out-prerequisite} (a notice
 *       {@code open-ended-prerequisite} for open-ended ones).</li>
 * </ol>
 *
 * <p>Indices are the roadmap's document indices ({@link Roadmap#skill(int)}). Building a scope is
 * linear in the size of the roadmap. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanningScope scope = PlanningScope.of(roadmap, options);   // throws PlanningException when refused
 * double left = 0;
 * for (int i = 0; i < roadmap.size(); i++) {
 *     left += scope.isPlanned(i) ? scope.hours(i) : 0;         // flexible hours still to plan
 * }
 * }</pre>
 */
public final class PlanningScope {
    /** Most skills or ids named in one refusal message; the rest are counted. */
    public static final int MAX_NAMED = 20;

    /** Only validity matters here; warnings and notices are the validator's business, not the plan's. */
    private static final Validator ERROR_CHECKS = Validator.standard().errorChecks();

    private final Roadmap roadmap;
    private final PlanOptions options;
    private final Capacity capacity;
    private final String[] leftOut;
    private final boolean[] closed;
    private final boolean[] openEnded;
    private final boolean[] inReach;
    private final double[] hours;
    private final int[] weeks;
    private final int planned;
    private final List<Unscheduled> unscheduled;
    private final List<Diagnostic> diagnostics;
    /** The applied rules, from which a re-scope after a small change derives its own. */
    private final ScopeRules rules;

    private PlanningScope(ScopeRules rules) {
        this.rules = rules;
        this.roadmap = rules.roadmap;
        this.options = rules.options;
        this.capacity = rules.capacity;
        this.leftOut = rules.leftOut;
        this.closed = rules.closed;
        this.openEnded = rules.openEnded;
        this.inReach = rules.inReach;
        this.hours = rules.hours;
        this.weeks = rules.weeks;
        this.planned = rules.planned;
        this.unscheduled = rules.unscheduled;
        this.diagnostics = rules.diagnostics;
    }

    /**
     * Applies the scope rules.
     *
     * @param roadmap the roadmap to plan
     * @param options the learner's options
     * @return what to plan
     * @throws InvalidPlanRequestException when the roadmap has validation errors or the options name
     *                                     unknown skills, choices or options, or contradictory choices
     */
    public static PlanningScope of(Roadmap roadmap, PlanOptions options) {
        return of(roadmap, options, Clock.systemDefaultZone());
    }

    /**
     * Applies the scope rules, with a clock for "today" when the options carry a progress log but no
     * {@link PlanOptions#today()}.
     *
     * @param roadmap the roadmap to plan
     * @param options the learner's options
     * @param clock   the scheduler's clock
     * @return what to plan
     * @throws InvalidPlanRequestException as {@link #of(Roadmap, PlanOptions)}, and when the progress log
     *                                     has errors for the roadmap ({@link InvalidPlanRequestException#INVALID_PROGRESS})
     */
    public static PlanningScope of(Roadmap roadmap, PlanOptions options, Clock clock) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        checkValid(roadmap);
        return new PlanningScope(new ScopeRules(roadmap, options, clock).apply());
    }

    /**
     * Applies the scope rules again, for a roadmap that differs from this scope's roadmap at most in
     * skill statuses and topic ticks (what a learner's progress changes) and for any options. No
     * validation rule reads statuses or topics, so the validation this scope passed still holds and is
     * not repeated: this is what a re-planner calls after each small change. The result is the scope
     * {@link #of(Roadmap, PlanOptions, Clock)} gives for the same arguments. When the options differ
     * from this scope's at most in what no per-skill rule reads (capacity, start, budget, priority...)
     * and in progress entries appended to its log, the rules run only for the skills whose objects
     * differ and those the new entries name (and what follows from them: their dependents' dropped
     * prerequisites; reach, with targets, when such a skill goes in or out of play); the rest of
     * this scope's results are shared. Else the rules run whole. One reference comparison per skill,
     * then the rules.
     *
     * @param roadmap the changed roadmap
     * @param options the learner's options
     * @param clock   the scheduler's clock
     * @return what to plan
     * @throws IllegalArgumentException    when the roadmap differs in more than statuses and topic ticks
     * @throws InvalidPlanRequestException as {@link #of(Roadmap, PlanOptions, Clock)}, for the options
     */
    public PlanningScope rescope(Roadmap roadmap, PlanOptions options, Clock clock) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        int[] changed = SameStructure.changedSkills(this.roadmap, roadmap);
        if (changed == null) {
            throw new IllegalArgumentException("roadmap '" + roadmap.id() + "' differs from the scoped roadmap in more than"
                    + " skill statuses and topic ticks; plan it with PlanningScope.of");
        }
        ScopeRules derived = ScopeChange.derive(rules, roadmap, options, clock, changed);
        return new PlanningScope(derived != null ? derived : new ScopeRules(roadmap, options, clock, rules.links).apply());
    }

    private static void checkValid(Roadmap roadmap) {
        ValidationReport report = ERROR_CHECKS.validate(roadmap);
        if (report.isValid()) {
            return;
        }
        List<Diagnostic> errors = report.errors();
        String listed = errors.stream().limit(MAX_NAMED).map(d -> d.message() + " [" + d.code() + "]")
                .collect(Collectors.joining("; "));
        Set<SkillId> named = new LinkedHashSet<>();
        for (Diagnostic d : errors) {
            d.skills().stream().filter(id -> roadmap.indexOf(id) >= 0).forEach(named::add);
        }
        throw new InvalidPlanRequestException(InvalidPlanRequestException.INVALID_ROADMAP,
                "roadmap '" + roadmap.id() + "' has " + errors.size() + " error(s) and cannot be planned: " + listed
                        + more(errors.size()), List.copyOf(named), errors);
    }

    /**
     * The progress rule: how much of a skill's effort is left. A {@code doing} skill with topics has
     * the unticked share left; any other skill all of it. This is where progress enters planning.
     *
     * @param skill a skill
     * @return the remaining fraction of its effort, from 0 (nothing left) to 1
     */
    public static double remainingFraction(Skill skill) {
        return dev.roadmap.core.progress.Progress.roadmapFraction(skill);
    }

    /**
     * @param options plan options
     * @param roadmap the roadmap
     * @return the options' capacity, else the roadmap's {@code pace.trackHours} per track when
     *         declared, else its {@code pace.hoursPerWeek} (or the default pace) as one shared pool
     */
    public static Capacity capacityFor(PlanOptions options, Roadmap roadmap) {
        return options.capacity().orElseGet(() -> {
            Pace pace = roadmap.effectivePace();
            return pace.trackHours().isEmpty() ? Capacity.pool(pace.hoursPerWeek()) : Capacity.perTrack(pace.trackHours());
        });
    }

    /** @return the roadmap */
    public Roadmap roadmap() {
        return roadmap;
    }

    /** @return the options */
    public PlanOptions options() {
        return options;
    }

    /**
     * @return the options' progress log applied to the roadmap, empty without one: its per-skill and
     *         per-week results are those of {@code Progress.of(roadmap(), log)} (a re-scope may keep
     *         an earlier scope's, whose {@code roadmap()} is then an earlier roadmap of the same
     *         structure with the same statuses for the skills the log names)
     */
    public Optional<dev.roadmap.core.progress.Progress> progress() {
        return Optional.ofNullable(rules.progress);
    }

    /** @return the weekly hours to plan with ({@link #capacityFor(PlanOptions, Roadmap)}) */
    public Capacity capacity() {
        return capacity;
    }

    /**
     * @param index a skill's document index
     * @return whether the skill is to be planned: in reach of the targets and not left out
     */
    public boolean isPlanned(int index) {
        return inReach[index] && leftOut[index] == null;
    }

    /**
     * @param index a skill's document index
     * @return whether the skill is in reach of the targets (every skill when there are none), planned or not
     */
    public boolean isInReach(int index) {
        return inReach[index];
    }

    /** @return how many skills are planned */
    public int plannedCount() {
        return planned;
    }

    /**
     * @param index a skill's document index
     * @return why the skill is not planned ({@code "done"}, {@code "optional, skipped"}, ...); empty
     *         when it is not left out (it may still be out of the targets' reach)
     */
    public Optional<String> leftOutReason(int index) {
        return Optional.ofNullable(leftOut[index]);
    }

    /**
     * @param index a skill's document index
     * @return whether the learner no longer needs the skill (done, skipped, every topic ticked): it
     *         satisfies its dependents
     */
    public boolean isClosed(int index) {
        return closed[index];
    }

    /**
     * @param index a skill's document index
     * @return whether the skill's effort is open-ended: never planned, never waited for
     */
    public boolean isOpenEnded(int index) {
        return openEnded[index];
    }

    /**
     * @param index a skill's document index
     * @return the hours left to plan for a flexible skill at the options' estimate (0 for a rigid
     *         skill, a skill without effort or one left out)
     */
    public double hours(int index) {
        return hours[index];
    }

    /**
     * @param index a skill's document index
     * @return the weeks left to plan for a rigid skill (0 for a flexible one)
     */
    public int rigidWeeks(int index) {
        return weeks[index];
    }

    /** @return the skills in reach that are not planned, with the reason, in document order */
    public List<Unscheduled> unscheduled() {
        return unscheduled;
    }

    /** @return the notices and warnings the rules gave (progress, picked options, dropped prerequisites), located */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return how many progress entries were checked to make this scope (for tests of the re-scope's cost) */
    int logEntriesChecked() {
        return rules.logEntriesChecked;
    }

    /** @return how many times the rules looked at one skill to make this scope (for tests of the re-scope's cost) */
    int ruleVisits() {
        return rules.visits;
    }

    static String more(int size) {
        return size > MAX_NAMED ? " and " + (size - MAX_NAMED) + " more" : "";
    }

    /**
     * @param fraction a share in [0, 1]
     * @return it as a whole percentage, "37%": what {@code String.format(Locale.ROOT, "%.0f%%", ...)}
     *         writes (half up on the shortest decimal form, which for a non-negative double is
     *         {@link Math#round}), without the formatter, as every re-plan writes one per skill in progress
     */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /**
     * @param hours a non-negative number of hours
     * @return it with one decimal, "12.5": what {@code String.format(Locale.ROOT, "%.1f", hours)} writes
     *         (half up on the shortest decimal form of the double, {@link Double#toString}), without the
     *         formatter, as every re-plan with a progress log writes one per skill with logged hours
     */
    static String oneDecimal(double hours) {
        return java.math.BigDecimal.valueOf(hours).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The number of ticked topics, for messages. */
    static long ticked(Skill s) {
        return s.topics().stream().filter(Topic::done).count();
    }

    static boolean[] all(int n) {
        boolean[] a = new boolean[n];
        Arrays.fill(a, true);
        return a;
    }
}
