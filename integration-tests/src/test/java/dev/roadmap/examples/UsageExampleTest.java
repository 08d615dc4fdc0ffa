package dev.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.io.Formats;
import dev.roadmap.spi.ImportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's "Using the library" snippet on the README's example roadmap, so the README stays true. */
class UsageExampleTest {

    private static Path example() {
        Path p = Path.of("../docs/examples/ml-basics.json");
        return Files.exists(p) ? p : Path.of("docs/examples/ml-basics.json");
    }

    @Test
    void readmeSnippetWorks() throws IOException {
        Formats formats = Formats.create();
        ImportResult read = formats.read(example());
        Roadmap roadmap = read.roadmap();

        ValidationReport report = Validator.standard().validate(roadmap);
        assertThat(report.isValid()).as(report.diagnostics().toString()).isTrue();

        PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);
        List<SkillId> needed = graph.ancestorsOf(SkillId.of("transformers"));
        assertThat(needed).last().isEqualTo(SkillId.of("transformers"));
        assertThat(needed).contains(SkillId.of("python"), SkillId.of("linalg"));

        Plan plan = formats.registry().scheduler("week-packing").orElseThrow()
                .schedule(roadmap, PlanOptions.builder().capacity(Capacity.pool(8))
                        .budget(PlanOptions.Budget.BALANCED).seed(42).build());
        String json = formats.planExporter("json").writeToString(plan, roadmap);
        assertThat(json).contains("roadmap-plan/1");
        assertThat(plan.totalWeeks()).isGreaterThanOrEqualTo(plan.lowerBoundWeeks()).isPositive();
    }
}
