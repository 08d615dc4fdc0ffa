package dev.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.io.ReadResult;
import dev.roadmap.io.RoadmapEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's "Using the library" steps on the README's example roadmap with assertions on
 * what they give (DocSnippetsTest compiles and runs the snippet text itself).
 */
class UsageExampleTest {

    private static Path example() {
        Path p = Path.of("../docs/examples/ml-basics.json");
        return Files.exists(p) ? p : Path.of("docs/examples/ml-basics.json");
    }

    @Test
    void readmeSnippetWorks() throws IOException {
        RoadmapEngine engine = RoadmapEngine.create();
        ReadResult read = engine.read(example());
        Roadmap roadmap = read.roadmap();
        assertThat(read.format()).isEqualTo("json");

        ValidationReport report = engine.validate(roadmap);
        assertThat(report.isValid()).as(report.diagnostics().toString()).isTrue();

        List<SkillId> needed = PrerequisiteGraph.of(roadmap).ancestorsOf(SkillId.of("transformers"));
        assertThat(needed).last().isEqualTo(SkillId.of("transformers"));
        assertThat(needed).contains(SkillId.of("python"), SkillId.of("linalg"));

        Plan plan = engine.plan(roadmap, PlanOptions.builder().capacity(Capacity.pool(8))
                .budget(PlanOptions.Budget.BALANCED).seed(42).build());
        assertThat(engine.writePlanToString(plan, roadmap, "json")).contains("roadmap-plan/1");
        assertThat(engine.writePlanToString(plan, roadmap, "markdown")).startsWith("# Study plan");
        assertThat(plan.totalWeeks()).isGreaterThanOrEqualTo(plan.lowerBoundWeeks()).isPositive();
    }
}
