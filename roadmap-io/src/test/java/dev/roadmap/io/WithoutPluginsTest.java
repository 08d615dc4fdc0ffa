package dev.roadmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library with only roadmap-core and roadmap-io on the class path (this module's tests have no
 * plugin module): the built-in formats are all there and work, and asking for a plugin's format is a
 * clear {@link UnknownFormatException} naming what is available, never a crash.
 */
class WithoutPluginsTest {
    private static final String ROADMAP = """
            {"format": "roadmap/1", "id": "mini", "title": "Mini",
             "skills": [{"id": "python", "title": "Python basics", "effort": "6h"},
                        {"id": "numpy", "title": "NumPy", "effort": "4h", "requires": ["python"]}]}
            """;

    private final RoadmapEngine engine = RoadmapEngine.create();

    @Test
    void noPluginIsOnTheClassPath() {
        assertThat(engine.registry().planExporters()).doesNotContainKeys("ics", "html", "mermaid-gantt", "mspdi");
        assertThat(engine.registry().problems()).isEmpty();
    }

    @Test
    void theBuiltInFormatsAreListed() {
        assertThat(engine.registry().importers()).containsKeys("json", "markdown");
        assertThat(engine.registry().exporters()).containsKeys("json", "markdown");
        assertThat(engine.registry().planExporters()).containsKeys("json", "markdown", "text");
    }

    @Test
    void readsAndExportsRoadmapsAndPlans(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mini.json");
        Files.writeString(file, ROADMAP);

        Roadmap roadmap = engine.read(file).roadmap();
        String markdown = engine.writeToString(roadmap, "markdown");
        Path md = dir.resolve("mini.md");
        Files.writeString(md, markdown);

        assertThat(roadmap.skills()).extracting(s -> s.id().value()).containsExactly("python", "numpy");
        assertThat(engine.read(md).roadmap().skills()).extracting(s -> s.title()).containsExactly("Python basics", "NumPy");
        Plan plan = twoWeekPlan();
        assertThat(engine.writePlanToString(plan, roadmap, "json")).contains("\"format\": \"roadmap-plan/1\"");
        assertThat(engine.writePlanToString(plan, roadmap, "markdown")).startsWith("# Study plan: Mini");
        assertThat(engine.writePlanToString(plan, roadmap, "text")).contains("Python basics");
    }

    @Test
    void askingForAPluginFormatNamesTheKnownOnes() {
        assertThat(engine.planExporter("ics")).isEmpty();
        assertThatThrownBy(() -> engine.writePlanToString(twoWeekPlan(), engine.readString(ROADMAP, "mini.json", null).roadmap(), "ics"))
                .isInstanceOfSatisfying(UnknownFormatException.class, e -> {
                    assertThat(e.knownIds()).contains("json", "markdown", "text").doesNotContain("ics");
                    assertThat(e.getMessage()).contains("'ics'").contains("known: ").contains("json");
                });
        assertThatThrownBy(() -> engine.requireExporter("mermaid"))
                .isInstanceOfSatisfying(UnknownFormatException.class,
                        e -> assertThat(e.knownIds()).containsExactlyInAnyOrder("json", "markdown"));
    }

    private static Plan twoWeekPlan() {
        LocalDate start = LocalDate.of(2027, 1, 4);
        SkillId python = SkillId.of("python");
        SkillId numpy = SkillId.of("numpy");
        return new Plan("mini", start, Capacity.pool(6), 2, 2, 10,
                List.of(new PlanWeek(1, start, Map.of("*", 6.0), List.of(new Allocation(python, "*", 6))),
                        new PlanWeek(2, start.plusWeeks(1), Map.of("*", 6.0), List.of(new Allocation(numpy, "*", 4)))),
                List.of(new ScheduledSkill(python, 1, 1, 6), new ScheduledSkill(numpy, 2, 2, 4)), List.of(), List.of(), Map.of());
    }
}
