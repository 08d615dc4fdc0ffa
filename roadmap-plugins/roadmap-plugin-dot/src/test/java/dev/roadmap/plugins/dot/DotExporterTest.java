package dev.roadmap.plugins.dot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotExporterTest {
    private final DotExporter exporter = new DotExporter();

    @Test
    void parsesBackWithEveryNodeEdgeAndSkillAttribute() {
        Roadmap sample = SampleRoadmaps.sample();
        DotParser.Parsed parsed = DotParser.parse(exporter.writeToString(sample));
        assertThat(parsed.graph().vertexSet()).hasSize(sample.size());
        int prerequisites = sample.skills().stream().mapToInt(s -> s.requires().size() + s.recommends().size()).sum();
        assertThat(parsed.graph().edgeSet()).hasSize(prerequisites);
        assertThat(parsed.graph().containsEdge("n0", "n2")).as("python -> numpy").isTrue();
        Map<String, String> python = parsed.vertexAttributes().get("n0");
        assertThat(python).containsEntry("skill", "python").containsEntry("effort", "20-30h")
                .containsEntry("effort_min_hours", "20").containsEntry("effort_max_hours", "30")
                .containsEntry("track", "coding").containsEntry("status", "done").containsEntry("optional", "false")
                .containsEntry("fillcolor", "#d3f9d8");
        assertThat(parsed.vertexAttributes().get("n5")).containsEntry("optional", "true")
                .containsEntry("style", "rounded,filled,dashed");
        assertThat(parsed.vertexAttributes().get("n3")).containsEntry("rigid_weeks", "3").doesNotContainKey("effort_min_hours");
        assertThat(parsed.vertexAttributes().get("n6")).containsEntry("color", "#1c7ed6");
    }

    @Test
    void drawsRequiresSolidAndRecommendsDashed() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(1)).requires("a", "ghost")
                        .recommends(SkillId.of("a")).build())
                .build();
        assertThat(exporter.writeToString(r)).contains("    n0 -> n1 [kind=\"requires\"];\n",
                "    n0 -> n1 [kind=\"recommends\", style=\"dashed\"];\n").doesNotContain("ghost");
    }

    @Test
    void nestsClustersAsGroupsNest() {
        Roadmap r = Roadmap.builder("r")
                .addGroup(Group.of("outer", "Outer"))
                .addGroup(new Group("inner", "Inner", "outer", Extensions.empty()))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).group("inner").build())
                .build();
        assertThat(exporter.writeToString(r)).contains("""
                    subgraph cluster_0 {
                        label="Outer";
                        group_id="outer";
                        subgraph cluster_1 {
                            label="Inner";
                            group_id="inner";
                            n0 [label="A\\n1h", skill="a", effort="1h", effort_min_hours="1", effort_max_hours="1", \
                status="todo", optional="false"];
                        }
                    }
                """);
    }

    @Test
    void writesOpenEndedEffortsWithoutAnUpperBound() {
        Roadmap r = Roadmap.builder("r").addSkill(Skill.builder("a", "A").effort("ongoing", Effort.openEnded(0))
                .status(Status.SKIPPED).build()).build();
        assertThat(DotParser.parse(exporter.writeToString(r)).vertexAttributes().get("n0"))
                .containsEntry("effort", "ongoing").containsEntry("effort_min_hours", "0")
                .doesNotContainKey("effort_max_hours").containsEntry("status", "skipped");
    }

    @Test
    void quotesAndEscapesEveryId() {
        assertThat(DotText.quoted("a \"b\" \\N c\\")).isEqualTo("\"a \\\"b\\\" \\\\N c\\\\\"");
        assertThat(DotText.quoted("two\r\nlines\nand\u2028more\tx")).isEqualTo("\"two\\nlines\\nand\\nmore x\"");
        assertThat(DotText.quoted("数据 🤖 <b>")).isEqualTo("\"数据 🤖 <b>\"");
        assertThat(DotText.label("R&D &amp;")).isEqualTo("\"R&amp;D &amp;amp;\"");
    }

    @Test
    void namesNodesByIndexSoAnySkillIdIsSafe() {
        Roadmap r = Roadmap.builder("r -> x")
                .addSkill(Skill.builder("a->b;}\"", "A").effort(Effort.ofHours(1)).build()).build();
        String out = exporter.writeToString(r);
        assertThat(out).startsWith("digraph \"r -> x\" {\n").contains("    n0 [label=\"A\\n1h\", skill=\"a->b;}\\\"\"");
        assertThat(DotParser.parse(out).vertexAttributes().get("n0")).containsEntry("skill", "a->b;}\"");
    }
}
