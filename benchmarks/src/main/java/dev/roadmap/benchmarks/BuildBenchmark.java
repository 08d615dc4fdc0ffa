package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
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
 * Roadmap construction, prerequisite-graph construction and full validation at growing sizes
 * (about 4 prerequisites per skill). Run: {@code java -jar benchmarks/target/benchmarks.jar Build}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class BuildBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    int size;

    private List<Skill> skills;
    private Roadmap roadmap;

    /** Generates the skills once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        roadmap = LayeredRoadmaps.generate(size, 4, 42);
        skills = roadmap.skills();
    }

    /** @return a roadmap built from prepared skills (indexing included) */
    @Benchmark
    public Roadmap build() {
        return Roadmap.builder("bench").addSkills(skills).build();
    }

    /** @return the prerequisite graph of a fresh roadmap (CSR construction and topological order) */
    @Benchmark
    public int[] graph() {
        Roadmap fresh = Roadmap.builder("bench").addSkills(skills).build();
        return PrerequisiteGraph.of(fresh).topologicalOrder();
    }

    /** @return the full standard validation of a fresh roadmap */
    @Benchmark
    public ValidationReport validate() {
        Roadmap fresh = Roadmap.builder("bench").addSkills(skills).build();
        return Validator.standard().validate(fresh);
    }
}
