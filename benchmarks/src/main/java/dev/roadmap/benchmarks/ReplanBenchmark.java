package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.io.RoadmapEngine;
import dev.roadmap.scheduler.Replanner;
import dev.roadmap.spi.Scheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-planning after progress, as a study app does for each learner whenever progress changes: take
 * the learner's roadmap ({@link RealisticRoadmaps}, 200 skills by default), apply one change and plan
 * again with the roadmap's own track hours. Each operation changes a different skill (cycling over
 * the open ones), always starting from the same base.
 *
 * <ul>
 *   <li>{@code markSkillDone}, {@code tickTopic}, {@code logHours}, {@code changeCapacity}: through a
 *       {@link Replanner} prepared once for the base roadmap, as an app keeps one per learner. A change
 *       keeps the validation, the prerequisite rows and the id index; each plan pays the scope rules,
 *       the packing (improvement stage included) and the plan's assembly.</li>
 *   <li>{@code fullMarkSkillDone}, {@code fullTickTopic}, {@code fullUnchanged}: the baseline, the full
 *       path without a re-planner: a new roadmap through {@code toBuilder()}, then
 *       {@code schedule}, which validates it and builds its graph again.</li>
 * </ul>
 * Single-threaded, so the score is plans per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplanBenchmark {
    /** The day the learner logs hours and re-plans. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    @Param({"200"})
    int size;

    /** The scheduler's improvement budget: an app re-planning on every tick would choose FAST. */
    @Param({"FAST", "BALANCED"})
    PlanOptions.Budget budget;

    private Roadmap base;
    private List<Skill> skills;
    private int firstOpen;
    private int next;
    private Scheduler scheduler;
    private PlanOptions options;
    private Replanner planner;
    private Replanner logging;

    /** Builds the base roadmap, looks the scheduler up and prepares the re-planners once. */
    @Setup(Level.Trial)
    public void setUp() {
        base = RealisticRoadmaps.generate(size, 7);
        skills = base.skills();
        firstOpen = size / 10;
        next = firstOpen;
        scheduler = RoadmapEngine.create().requireScheduler("week-packing");
        options = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).budget(budget).build();
        planner = Replanner.of(base, options);
        logging = Replanner.of(base, PlanOptions.builder().budget(budget).today(TODAY).build());
    }

    private int nextSkill() {
        int i = next;
        next = next + 1 < size ? next + 1 : firstOpen;
        return i;
    }

    /** @return the plan after marking one more skill done (re-planner) */
    @Benchmark
    public Plan markSkillDone() {
        return planner.withStatus(skills.get(nextSkill()).id(), Status.DONE).plan();
    }

    /** @return the plan after ticking the first topic of one skill, now in progress (re-planner) */
    @Benchmark
    public Plan tickTopic() {
        Skill s = skills.get(nextSkill());
        return planner.withStatus(s.id(), Status.DOING).withTopic(s.id(), s.topics().get(0).title(), true).plan();
    }

    /** @return the plan after logging two hours on one skill today (re-planner with a progress log) */
    @Benchmark
    public Plan logHours() {
        return logging.withEntry(ProgressEntry.of(TODAY, skills.get(nextSkill()).id(), 2)).plan();
    }

    /** @return the plan after changing the hours of one track and one week (re-planner) */
    @Benchmark
    public Plan changeCapacity() {
        int i = nextSkill();
        Map<String, Double> hours = new TreeMap<>(RealisticRoadmaps.TRACK_HOURS);
        hours.put("coding", 4.0 + i % 3);
        return planner.withCapacity(Capacity.perTrack(hours).withWeekOverride(1 + i % 8, 6)).plan();
    }

    /** @return the plan after marking one more skill done, without a re-planner (baseline) */
    @Benchmark
    public Plan fullMarkSkillDone() {
        int i = nextSkill();
        return replan(i, skills.get(i).toBuilder().status(Status.DONE).build());
    }

    /** @return the plan after ticking the first topic of one skill, now in progress, without a re-planner (baseline) */
    @Benchmark
    public Plan fullTickTopic() {
        int i = nextSkill();
        Skill s = skills.get(i);
        List<Topic> topics = new ArrayList<>(s.topics());
        topics.set(0, Topic.of(topics.get(0).title(), true));
        return replan(i, s.toBuilder().status(Status.DOING).setTopics(topics).build());
    }

    /** @return the plan of the unchanged roadmap (the same instance each time, graph memoised; baseline) */
    @Benchmark
    public Plan fullUnchanged() {
        return scheduler.schedule(base, options);
    }

    private Plan replan(int index, Skill changed) {
        List<Skill> updated = new ArrayList<>(skills);
        updated.set(index, changed);
        Roadmap roadmap = base.toBuilder().setSkills(updated).build();
        return scheduler.schedule(roadmap, options);
    }
}
