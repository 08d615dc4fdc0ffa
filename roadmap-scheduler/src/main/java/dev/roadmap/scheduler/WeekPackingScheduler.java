package dev.roadmap.scheduler;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanHistory;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.scheduler.internal.WeekPackingEngine;
import dev.roadmap.spi.Scheduler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The default scheduler ({@value #ID}): packs a roadmap into a week-by-week plan for a learner's
 * own weekly hours, following the scheduling rules of the design (docs/scheduling.md).
 *
 * <ul>
 *   <li><b>Capacity.</b> {@link PlanOptions#capacity()}, else the roadmap's {@code pace.trackHours}
 *       per track when declared, else {@code pace.hoursPerWeek} (or the default pace) as one shared
 *       pool {@code "*"}. Week overrides change single weeks. A skill uses only its own track's hours
 *       (a skill without a track uses {@code "*"}); with a shared pool every skill uses the pool.</li>
 *   <li><b>Flexible skills</b> (with an effort) are split across weeks and share weeks. Their hours
 *       are the effort at {@link PlanOptions#estimate()}. A flexible skill may start in the week a
 *       prerequisite finishes when both are flexible and use the same track (the hours run in
 *       order within the week); otherwise it starts the following week.</li>
 *   <li><b>Rigid skills</b> (with a fixed pace) run their weeks back to back at their weekly load,
 *       from the week after their last prerequisite finishes, at the first run of weeks whose
 *       tracks have room. They are booked before flexible work, like appointments.</li>
 *   <li><b>Priority</b> among ready skills: {@link PlanOptions.Priority#COHERENT} (default: the
 *       shortest plan the search finds, never longer than with longest path first or reading order,
 *       then among plans of that length the most coherent, reading order kept where nothing is lost;
 *       see {@link dev.roadmap.core.plan.PlanCoherence}), {@link PlanOptions.Priority#LONGEST_PATH}
 *       (the longest remaining chain of work, each skill weighed by the weeks it takes at its track's
 *       usual hours), document order, or shortest first; ties by document order. The same input
 *       always gives the same plan.</li>
 *   <li><b>maxParallel</b> caps how many skills are in progress (started, not finished) at once.</li>
 *   <li><b>Progress.</b> Done and skipped skills (by status or {@link PlanOptions#done()}) are left
 *       out and satisfy their dependents. A {@code doing} skill with topics has
 *       {@code effort × unticked topics / all topics} left (a rigid one
 *       {@code ceil(weeks × unticked / all)} weeks); with every topic ticked it counts as done.</li>
 *   <li><b>Progress log.</b> With {@link PlanOptions#progress()} the plan covers what remains from the
 *       week containing {@link PlanOptions#today()} (whose logged hours already use its capacity), and
 *       the logged weeks before it come first as history ({@link PlanHistory}).</li>
 *   <li><b>Scope.</b> {@code targets} keep only the targets and what they need; {@code choose} picks
 *       an option per choice (else the option a target belongs to, else the default) and skills of
 *       the other options are left out; optional skills are left out with {@code skipOptional}.
 *       Open-ended efforts are never scheduled and do not hold up their dependents; skills without
 *       effort are planned as 0 hours with a warning.</li>
 *   <li><b>Refusals.</b> A roadmap with validation errors, unknown ids in targets, done or choose, a
 *       skill whose track has no capacity, or a rigid skill whose load never fits: a
 *       {@link dev.roadmap.spi.PlanningException} naming the skills; never a partial plan.</li>
 * </ul>
 *
 * <p><b>Improvement.</b> After the first greedy plan, an improvement stage searches for a shorter
 * one within {@link PlanOptions#budget()} (a budget of skill placements shared out over the
 * roadmap's size, so small roadmaps get up to thousands of passes and very large ones none):
 * all-rigid roadmaps by a serial packer over skill lists (priority rules, biased random sampling,
 * a genetic search, each list with forward-backward improvement), others by re-running the week
 * packer with perturbed priorities. Every candidate is a full packing pass, so every rule holds; the
 * shortest plan is kept and the same input, budget and {@link PlanOptions#seed()} give the same
 * plan. On PSPLIB j30 the default budget is 0.23% above the optimum on average (docs/scheduling.md).
 *
 * <p>Every plan carries a proven lower bound on its length ({@link Plan#lowerBoundWeeks()}) and an
 * explanation of each skill's start week. The work is {@code O((n + e) log n)} on primitive arrays:
 * a million skills with four million prerequisites plan in seconds.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Plan plan = new WeekPackingScheduler().schedule(roadmap, PlanOptions.builder()
 *         .capacity(Capacity.pool(8)).start(LocalDate.of(2026, 12, 7)).build());
 * }</pre>
 */
public final class WeekPackingScheduler implements Scheduler {
    /** The scheduler's id. */
    public static final String ID = "week-packing";

    private final Clock clock;

    /**
     * Creates the scheduler; plans without a start date begin on {@link PlanOptions#defaultStart the
     * coming Monday} of the system clock.
     */
    public WeekPackingScheduler() {
        this(Clock.systemDefaultZone());
    }

    /**
     * @param clock the clock that decides {@link PlanOptions#defaultStart "the coming Monday"} when the
     *              options give no start date
     */
    public WeekPackingScheduler(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Week packing (capacity per week, prerequisites, longest path first)";
    }

    @Override
    public Plan schedule(Roadmap roadmap, PlanOptions options) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(options, "options must not be null");
        PlanOptions o = ProgressDates.withToday(options, clock);
        return ProgressDates.withHistory(WeekPackingEngine.plan(roadmap, o, o.startOrDefault(clock)), roadmap, o);
    }
}
