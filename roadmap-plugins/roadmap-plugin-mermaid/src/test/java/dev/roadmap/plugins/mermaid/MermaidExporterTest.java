package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidExporterTest {
    private final MermaidExporter exporter = new MermaidExporter();

    @Test
    void drawsRequiresSolidAndRecommendsDottedFromPrerequisiteToSkill() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(1)).requires("a").build())
                .addSkill(Skill.builder("c", "C").effort(Effort.ofHours(1)).recommends(SkillId.of("b")).build())
                .build();
        assertThat(exporter.writeToString(r)).contains("    n0 --> n1\n", "    n1 -.-> n2\n")
                .doesNotContain("n0 -.-> n1", "n1 --> n2");
    }

    @Test
    void namesNodesByIndexSoAnySkillIdIsSafe() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("end", "End").effort(Effort.ofHours(1)).build())
                .addSkill(Skill.builder("a-->b;\"x\"", "Odd id").effort(Effort.ofHours(1)).requires("end").build())
                .build();
        String out = exporter.writeToString(r);
        assertThat(out).contains("    n0[\"End<br>1h\"]\n", "    n1[\"Odd id<br>1h\"]\n", "    n0 --> n1\n")
                .doesNotContain("a-->b");
    }

    @Test
    void leavesOutPrerequisitesThatNameNoSkill() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).requires("ghost").build()).build();
        assertThat(exporter.writeToString(r)).doesNotContain("-->");
    }

    @Test
    void nestsSubgraphsAsGroupsNestAndPutsLoopingParentsAtTheTop() {
        Roadmap r = Roadmap.builder("r")
                .addGroup(Group.of("outer", "Outer"))
                .addGroup(new Group("inner", "Inner", "outer", Extensions.empty()))
                .addGroup(new Group("x", "X", "y", Extensions.empty()))
                .addGroup(new Group("y", "Y", "x", Extensions.empty()))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).group("inner").build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(1)).group("x").build())
                .addSkill(Skill.builder("c", "C").effort(Effort.ofHours(1)).group("nowhere").build())
                .build();
        assertThat(exporter.writeToString(r)).contains("""
                flowchart TD
                    subgraph g0["Outer"]
                        subgraph g1["Inner"]
                            n0["A<br>1h"]
                        end
                    end
                    subgraph g2["X"]
                        n1["B<br>1h"]
                    end
                    subgraph g3["Y"]
                    end
                    n2["C<br>1h"]
                """);
    }

    @Test
    void capsSubgraphNestingSoDeepGroupChainsStillWrite() {
        Roadmap.Builder b = Roadmap.builder("deep").addGroup(Group.of("g0", "G0"));
        for (int i = 1; i < 10_000; i++) {
            b.addGroup(new Group("g" + i, "G" + i, "g" + (i - 1), Extensions.empty()));
        }
        String out = exporter.writeToString(b.build());
        long maxIndent = out.lines().mapToLong(l -> l.length() - l.stripLeading().length()).max().orElse(0);
        assertThat(maxIndent).isLessThanOrEqualTo(4L * (dev.roadmap.core.GroupTree.MAX_DEPTH + 2));
        assertThat(out.lines().filter(l -> l.trim().startsWith("subgraph"))).hasSize(10_000);
        assertThat(out.lines().filter(l -> l.trim().equals("end"))).hasSize(10_000);
    }

    @Test
    void marksDoneOptionalAndChoiceSkillsWithClasses() {
        String out = exporter.writeToString(SampleRoadmaps.sample());
        assertThat(out).contains("    class n0 done\n", "    class n5 optional\n", "    class n6,n7 choice\n",
                "classDef optional stroke-dasharray:5 5", "classDef done ");
    }

    @Test
    void escapesEveryParserCharacterInLabelsAsEntityCodes() {
        assertThat(MermaidText.label("a \"b\" #c; d:e [f] <g> & `h` %%")).isEqualTo(
                "a #quot;b#quot; #35;c#59; d#58;e #91;f#93; #60;g#62; #38; #96;h#96; #37;#37;");
        assertThat(MermaidText.label("two\r\nlines\nand\rthree")).isEqualTo("two<br>lines<br>and<br>three");
        assertThat(MermaidText.label("数据 🤖 ﬂ°¶ß")).isEqualTo("数据 🤖 #64258;#176;#182;#223;");
    }

    @Test
    void labelsBlankTitlesWithTheSkillId() {
        Roadmap r = Roadmap.builder("r").addSkill(Skill.builder("a", "  ").build()).build();
        assertThat(MermaidSyntax.nodeLabels(exporter.writeToString(r))).isEqualTo(List.of("a"));
    }

    @Test
    void quotesTheRoadmapTitleInTheFrontMatter() {
        Roadmap r = Roadmap.builder("r").title("A \"quoted\" \\ title\nwith: colon").build();
        assertThat(exporter.writeToString(r)).startsWith("---\ntitle: \"A \\\"quoted\\\" \\\\ title with: colon\"\n---\n");
    }
}
