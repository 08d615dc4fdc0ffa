package dev.roadmap.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.io.json.JsonImporter;
import dev.roadmap.io.markdown.MarkdownExporter;
import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.scheduler.WeekPackingScheduler;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.testing.Repository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to break parsers and graph code: extreme nesting, huge cells and tables, a
 * million-long prerequisite chain. Each must end in a result or a located refusal, quickly and
 * without a stack overflow. The timeouts are safety nets against hangs, not performance targets.
 */
class PathologicalInputTest {

    private static ImportResult read(dev.roadmap.spi.RoadmapImporter importer, String text) throws IOException {
        return importer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hostile.in", ReadLimits.defaults());
    }

    @Test
    @Timeout(30)
    void hundredThousandDeepJsonIsRefusedAtTheNestingLimit() {
        String deep = "{\"skills\":[{\"id\":\"a\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}]}";
        assertThatThrownBy(() -> read(new JsonImporter(), deep))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.location()).isPresent();
                    assertThat(e.getMessage()).contains("maxNestingDepth");
                });
    }

    @Test
    @Timeout(60)
    void hundredThousandDeepMarkdownListEndsWithoutStackOverflow() {
        StringBuilder b = new StringBuilder("# Deep\n\n");
        for (int i = 0; i < 100_000; i++) {
            b.append("  ".repeat(Math.min(i, 2000))).append("- item ").append(i).append(" (1h)\n");
        }
        outcomeIsResultOrLocatedRefusal(() -> read(new MarkdownImporter(), b.toString()));
        String quotes = ">".repeat(100_000) + " deep (1h)\n";
        outcomeIsResultOrLocatedRefusal(() -> read(new MarkdownImporter(), quotes));
    }

    @Test
    @Timeout(60)
    void fiftyMegabyteSingleLineCellIsRefusedOrRead() {
        String cell = "x".repeat(50 * 1024 * 1024);
        String table = "| Skill | Duration |\n|---|---|\n| " + cell + " | 2h |\n";
        outcomeIsResultOrLocatedRefusal(() -> read(new MarkdownImporter(), table));
    }

    @Test
    @Timeout(120)
    void tableWithAMillionCellsIsReadOrRefused() {
        StringBuilder b = new StringBuilder("| Skill | Duration | Notes | More |\n|---|---|---|---|\n");
        for (int i = 0; i < 250_000; i++) {
            b.append("| s").append(i).append(" | 1h | n | m |\n");
        }
        outcomeIsResultOrLocatedRefusal(() -> read(new MarkdownImporter(), b.toString()));
    }

    @Test
    @Timeout(120)
    void millionLongPrerequisiteChainValidatesPlansAndExportsWithoutRecursion() {
        int n = 1_000_000;
        List<Skill> skills = new ArrayList<>(n);
        SkillId previous = null;
        for (int i = 0; i < n; i++) {
            SkillId id = SkillId.of("s" + i);
            Skill.Builder s = Skill.builder(id).effort(Effort.ofHours(1));
            if (previous != null) {
                s.requires(previous);
            }
            skills.add(s.build());
            previous = id;
        }
        Roadmap chain = Roadmap.builder("chain").addSkills(skills).build();
        ValidationReport report = Validator.standard().validate(chain);
        assertThat(report.isValid()).isTrue();
        PrerequisiteGraph g = PrerequisiteGraph.of(chain);
        assertThat(g.criticalPath(i -> 1).skills()).hasSize(n);
        assertThat(g.layers()).hasSize(n);
        Plan plan = new WeekPackingScheduler().schedule(chain,
                PlanOptions.builder().capacity(Capacity.pool(40)).start(LocalDate.of(2026, 12, 7)).build());
        assertThat(plan.totalWeeks()).isEqualTo(25_000);
        assertThat(new JsonExporter().writeToString(chain)).hasSizeGreaterThan(n * 10);

        // the same chain closed into a cycle is reported, in full, without recursion
        List<Skill> cyclic = new ArrayList<>(skills);
        cyclic.set(0, skills.get(0).toBuilder().requires(SkillId.of("s" + (n - 1))).build());
        ValidationReport broken = Validator.standard().validate(Roadmap.builder("cycle").addSkills(cyclic).build());
        assertThat(broken.withCode("cycle")).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("prerequisite cycle: s0 -> s999999 -> s999998"));
    }

    @Test
    @Timeout(60)
    void longChainSurvivesMarkdownExportAndImport() throws IOException {
        int n = 20_000;
        Roadmap.Builder b = Roadmap.builder("chain");
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder(SkillId.of("s" + i)).title("Skill " + i).effort(Effort.ofHours(1));
            if (i > 0) {
                s.requires("s" + (i - 1));
            }
            b.addSkill(s.build());
        }
        String markdown = new MarkdownExporter().writeToString(b.build());
        assertThat(read(new MarkdownImporter(), markdown).roadmap().size()).isEqualTo(n);
    }

    @Test
    @Timeout(60)
    void everyPrefixOfAGoldenJsonFixtureFailsCleanlyOrReads() throws IOException {
        String full = Repository.read("roadmap-cli/src/main/resources/dev/roadmap/cli/demo-roadmap.json");
        for (int cut = 0; cut < full.length(); cut += 7) {
            String prefix = full.substring(0, cut);
            String suffix = full.substring(cut);
            outcomeIsResultOrLocatedRefusal(() -> read(new JsonImporter(), prefix));
            outcomeIsResultOrLocatedRefusal(() -> read(new JsonImporter(), suffix));
            outcomeIsResultOrLocatedRefusal(() -> read(new MarkdownImporter(), prefix));
        }
    }

    private interface Attempt {
        ImportResult run() throws IOException;
    }

    private static void outcomeIsResultOrLocatedRefusal(Attempt attempt) {
        try {
            ImportResult r = attempt.run();
            assertThat(Validator.standard().validate(r.roadmap()).withCode("rule-failed")).isEmpty();
        } catch (ImportException e) {
            assertThat(e.location()).as(e.getMessage()).isPresent();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
