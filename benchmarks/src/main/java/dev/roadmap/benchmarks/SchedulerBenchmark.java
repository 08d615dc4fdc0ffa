package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.io.RoadmapEngine;
import dev.roadmap.spi.Scheduler;
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
 * The week-packing scheduler through the public API, side by side with {@link RawCsrPipeline}, the
 * bare int-array reference, on the same seeded layered DAG (about 4 prerequisites per skill, two
 * tracks at {@value LayeredRoadmaps#HOURS_PER_TRACK} h a week each).
 *
 * <p>{@link #weekPacking} is what an embedder does with a roadmap it holds: look the scheduler up
 * once in the registry, then {@code schedule(roadmap, options)}, which validates the roadmap,
 * builds the primitive problem, ranks, packs, bounds and assembles the {@link Plan} objects. The
 * roadmap's prerequisite graph is memoised on the roadmap (as it is for an embedder re-planning the
 * same instance); {@link BuildBenchmark#graph} measures building it. Both methods return their
 * result, so JMH consumes it (samples 09/10).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SchedulerBenchmark -p size=100000 -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class SchedulerBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    int size;

    private Roadmap roadmap;
    private PlanOptions options;
    private Scheduler scheduler;
    private RawCsrPipeline.Instance arrays;

    /** Generates the roadmap and its array form once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        roadmap = LayeredRoadmaps.generate(size, 4, 42);
        options = LayeredRoadmaps.twoTrackOptions();
        scheduler = RoadmapEngine.create().requireScheduler("week-packing");
        arrays = LayeredRoadmaps.toArrays(roadmap);
    }

    /** @return the plan of the roadmap, through the registry's scheduler */
    @Benchmark
    public Plan weekPacking() {
        return scheduler.schedule(roadmap, options);
    }

    /** @return the finish week of every skill, from the bare array pipeline */
    @Benchmark
    public int[] rawCsrReference() {
        return RawCsrPipeline.schedule(arrays);
    }
}
