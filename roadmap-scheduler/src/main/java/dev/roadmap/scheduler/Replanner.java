package dev.roadmap.scheduler;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.scheduler.internal.SkillLayout;
import dev.roadmap.scheduler.internal.WeekPackingEngine;
import dev.roadmap.spi.PlanningScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Re-plans a learner's roadmap after small changes, for apps that re-plan on every tick: a skill
 * done, a topic ticked, hours logged, capacity changed. It keeps what such changes cannot touch and
 * the {@code week-packing} scheduler would otherwise rebuild for every plan: the validation of the
 * roadmap, its prerequisite graph (rows and topological order) and its id index. A change gives a
 * new re-planner sharing them; the plan is then the scope rules, the packing and the assembly only,
 * and the scope rules run only for the skills the change touches, from the scope of the re-planner
 * it was derived from when that one had planned ({@link PlanningScope#rescope}).
 *
 * <p><b>Same plans.</b> {@link #plan()} equals
 * {@code new WeekPackingScheduler(clock).schedule(roadmap(), options())}: the changes are applied to
 * the roadmap and the options exactly as written below, and the plan comes from the same engine with
 * the same budget and seed.
 *
 * <ul>
 *   <li>{@link #withStatus} and {@link #withTopic} change one skill's status or one topic's tick
 *       ({@link Roadmap#withSkill}: the id index is shared; the validation and the graph are kept,
 *       as no validation rule and no edge depends on them).</li>
 *   <li>{@link #withEntry} appends hours logged (a {@link ProgressEntry}) to the options' progress
 *       log, {@link #withProgress} replaces the log, {@link #withCapacity} and {@link #withOptions}
 *       change the options: the roadmap is kept as it is.</li>
 * </ul>
 *
 * <p>A change that alters the roadmap's structure (prerequisites, efforts, skills added or removed)
 * needs a new re-planner ({@link #of}), which validates again. Refusals are those of the scheduler:
 * {@link #of} throws {@link dev.roadmap.spi.InvalidPlanRequestException} for an invalid roadmap;
 * {@link #plan()} throws the {@link dev.roadmap.spi.PlanningException} a fresh {@code schedule} call
 * would (unknown ids in the options, an infeasible capacity).
 *
 * <p>Immutable and thread-safe: every change returns a new re-planner and leaves this one as it is;
 * the plan is computed on the first call of {@link #plan()} and kept.
 *
 * <pre>{@code
 * Replanner planner = Replanner.of(roadmap, PlanOptions.builder().budget(PlanOptions.Budget.FAST).build());
 * Plan plan = planner.plan();
 * planner = planner.withStatus(SkillId.of("python"), Status.DONE)
 *         .withTopic(SkillId.of("numpy"), "Arrays", true)
 *         .withCapacity(Capacity.pool(6));
 * Plan next = planner.plan();   // as new WeekPackingScheduler().schedule(planner.roadmap(), planner.options())
 * }</pre>
 */
public final class Replanner {
    private final Roadmap roadmap;
    private final PlanOptions options;
    private final Clock clock;
    private final Prepared prepared;
    /**
     * The scope of the nearest re-planner this one derives from that had planned when this one was
     * made (the prepared scope at first): the re-scope runs the rules only for what differs from it.
     */
    private final PlanningScope near;
    /** This re-planner's scope once planned; null before. */
    private volatile PlanningScope scope;
    private volatile Plan plan;

    /** What stays valid while only statuses, topic ticks and options change; shared by a chain of re-planners. */
    static final class Prepared {
        /** A scope of a roadmap with this structure, validated once. */
        final PlanningScope validated;
        final int[][] rows;
        final int[] order;
        /** What the plans share of the skills (ids, fixed paces, tracks), by the capacity's tracks. */
        final SkillLayout.Cache layouts = new SkillLayout.Cache();

        Prepared(PlanningScope validated, int[][] rows, int[] order) {
            this.validated = validated;
            this.rows = rows;
            this.order = order;
        }
    }

    private Replanner(Roadmap roadmap, PlanOptions options, Clock clock, Prepared prepared, PlanningScope near) {
        this.roadmap = roadmap;
        this.options = options;
        this.clock = clock;
        this.prepared = prepared;
        this.near = near;
    }

    /**
     * A re-planner with the system clock (plans without a start date begin on the coming Monday).
     *
     * @param roadmap the learner's roadmap
     * @param options the learner's options
     * @return the re-planner
     * @throws dev.roadmap.spi.PlanningException when the roadmap or the options are refused
     */
    public static Replanner of(Roadmap roadmap, PlanOptions options) {
        return of(roadmap, options, Clock.systemDefaultZone());
    }

    /**
     * Validates the roadmap and prepares its prerequisite graph once.
     *
     * @param roadmap the learner's roadmap
     * @param options the learner's options
     * @param clock   the clock deciding "the coming Monday" and "today", as for {@link WeekPackingScheduler#WeekPackingScheduler(Clock)}
     * @return the re-planner
     * @throws dev.roadmap.spi.PlanningException when the roadmap or the options are refused
     */
    public static Replanner of(Roadmap roadmap, PlanOptions options, Clock clock) {
        // PlanningScope.of checks the roadmap; "today" needs the options and the clock first
        Objects.requireNonNull(options, "options must not be null");
        PlanningScope validated = PlanningScope.of(roadmap,
                ProgressDates.withToday(options, Objects.requireNonNull(clock, "clock must not be null")), clock);
        PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);
        return new Replanner(roadmap, options, clock, new Prepared(validated, graph.requiresRows(), graph.topologicalOrder()),
                validated);
    }

    /** @return the roadmap with every change applied */
    public Roadmap roadmap() {
        return roadmap;
    }

    /** @return the options with every change applied */
    public PlanOptions options() {
        return options;
    }

    /**
     * @return the plan of {@link #roadmap()} with {@link #options()}, equal to a fresh
     *         {@code schedule} call of the week-packing scheduler with this re-planner's clock
     * @throws dev.roadmap.spi.PlanningException when the plan is refused, as the scheduler refuses it
     */
    public Plan plan() {
        Plan p = plan;
        if (p == null) {
            p = compute();
            plan = p;
        }
        return p;
    }

    private Plan compute() {
        PlanOptions o = ProgressDates.withToday(options, clock);
        PlanningScope s = roadmap == near.roadmap() && o.equals(near.options()) ? near : near.rescope(roadmap, o, clock);
        scope = s;
        Plan p = WeekPackingEngine.plan(s, prepared.rows, prepared.order, prepared.layouts, o, o.startOrDefault(clock));
        return ProgressDates.withHistory(p, s);
    }

    /**
     * @param skill  a skill of the roadmap
     * @param status its new status ({@link Status#DONE} marks it done)
     * @return a re-planner for the roadmap with the skill's status changed
     * @throws IllegalArgumentException when the roadmap has no such skill
     */
    public Replanner withStatus(SkillId skill, Status status) {
        Objects.requireNonNull(status, "status must not be null");
        int i = indexOf(skill);
        return withSkill(i, roadmap.skill(i).toBuilder().status(status).build());
    }

    /**
     * Ticks (or unticks) the topics with a title. Ticking alone does not change the status: a topic
     * ticked on a {@code todo} skill reduces nothing until the skill is {@code doing}
     * (docs/scheduling.md, "Progress re-plan"), so apps usually also call {@link #withStatus}.
     *
     * @param skill  a skill of the roadmap
     * @param title  the title of one of its topics
     * @param ticked whether the topic is done
     * @return a re-planner for the roadmap with the topic's tick changed
     * @throws IllegalArgumentException when the roadmap has no such skill, or the skill no such topic
     */
    public Replanner withTopic(SkillId skill, String title, boolean ticked) {
        Objects.requireNonNull(title, "title must not be null");
        int i = indexOf(skill);
        Skill s = roadmap.skill(i);
        List<Topic> topics = new ArrayList<>(s.topics());
        boolean found = false;
        for (int t = 0; t < topics.size(); t++) {
            if (topics.get(t).title().equals(title)) {
                topics.set(t, Topic.of(title, ticked));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("skill '" + skill + "' has no topic '" + title + "'");
        }
        return withSkill(i, s.toBuilder().setTopics(topics).build());
    }

    /**
     * @param entry hours logged (and topics ticked, a status) on a day
     * @return a re-planner whose options' progress log has the entry appended (a log is started, named
     *         after the roadmap, when the options have none)
     */
    public Replanner withEntry(ProgressEntry entry) {
        Objects.requireNonNull(entry, "entry must not be null");
        ProgressLog log = options.progress().orElseGet(() -> ProgressLog.empty(roadmap.id()));
        return withProgress(log.append(entry));
    }

    /**
     * @param log the learner's whole progress log
     * @return a re-planner whose options carry this log
     */
    public Replanner withProgress(ProgressLog log) {
        Objects.requireNonNull(log, "log must not be null");
        return withOptions(options.toBuilder().progress(log).build());
    }

    /**
     * @param capacity the learner's weekly hours (a pool or per track, with week overrides)
     * @return a re-planner whose options plan with this capacity
     */
    public Replanner withCapacity(Capacity capacity) {
        Objects.requireNonNull(capacity, "capacity must not be null");
        return withOptions(options.toBuilder().capacity(capacity).build());
    }

    /**
     * @param changed any options (budget, targets, choices...): none of them changes the roadmap's
     *                validation or graph
     * @return a re-planner planning with these options
     */
    public Replanner withOptions(PlanOptions changed) {
        Objects.requireNonNull(changed, "options must not be null");
        return new Replanner(roadmap, changed, clock, prepared, nearest());
    }

    private Replanner withSkill(int index, Skill skill) {
        return new Replanner(roadmap.withSkill(index, skill), options, clock, prepared, nearest());
    }

    /** @return the scope a re-planner derived from this one re-scopes from: this one's if planned */
    private PlanningScope nearest() {
        PlanningScope s = scope;
        return s != null ? s : near;
    }

    private int indexOf(SkillId skill) {
        Objects.requireNonNull(skill, "skill must not be null");
        int i = roadmap.indexOf(skill);
        if (i < 0) {
            throw new IllegalArgumentException("roadmap '" + roadmap.id() + "' has no skill '" + skill + "'");
        }
        return i;
    }

    /** @return the preparation this re-planner shares with the one it was derived from (for tests) */
    Prepared prepared() {
        return prepared;
    }
}
