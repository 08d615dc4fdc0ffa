package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.io.RoadmapEngine;
import dev.roadmap.spi.Scheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * the learner's roadmap ({@link RealisticRoadmaps}, 200 skills by default), apply one change through
 * {@code toBuilder()}, and plan the new roadmap with the roadmap's own track hours. Each operation
 * changes a different skill (cycling over the open ones), always starting from the same base, so
 * every operation pays the full cost: a new immutable roadmap, its index and prerequisite graph,
 * validation and the plan. Single-threaded, so the score is plans per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplanBenchmark {
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

    /** Builds the base roadmap and looks the scheduler up once. */
    @Setup(Level.Trial)
    public void setUp() {
        base = RealisticRoadmaps.generate(size, 7);
        skills = base.skills();
        firstOpen = size / 10;
        next = firstOpen;
        scheduler = RoadmapEngine.create().requireScheduler("week-packing");
        options = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).budget(budget).build();
    }

    private int nextSkill() {
        int i = next;
        next = next + 1 < size ? next + 1 : firstOpen;
        return i;
    }

    /** @return the plan after marking one more skill done */
    @Benchmark
    public Plan markSkillDone() {
        int i = nextSkill();
        return replan(i, skills.get(i).toBuilder().status(Status.DONE).build());
    }

    /** @return the plan after ticking the first topic of one skill (now in progress) */
    @Benchmark
    public Plan tickTopic() {
        int i = nextSkill();
        Skill s = skills.get(i);
        List<Topic> topics = new ArrayList<>(s.topics());
        topics.set(0, Topic.of(topics.get(0).title(), true));
        return replan(i, s.toBuilder().status(Status.DOING).setTopics(topics).build());
    }

    /** @return the plan of the unchanged roadmap (the same instance each time, graph memoised) */
    @Benchmark
    public Plan unchanged() {
        return scheduler.schedule(base, options);
    }

    private Plan replan(int index, Skill changed) {
        List<Skill> updated = new ArrayList<>(skills);
        updated.set(index, changed);
        Roadmap roadmap = base.toBuilder().setSkills(updated).build();
        return scheduler.schedule(roadmap, options);
    }
}
