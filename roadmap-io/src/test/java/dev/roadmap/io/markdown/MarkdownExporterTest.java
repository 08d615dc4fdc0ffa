package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Declared;
import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden output of the Markdown exporter and import(export(r)) round trips. */
class MarkdownExporterTest {

    static Roadmap sample() {
        double pace = 8;
        return Roadmap.builder("ml-basics").title("ML basics").description("From zero to models.")
                .pace(Pace.of(pace)).declared(Declared.ofTotalDuration("3-4 months"))
                .addGroup(Group.of("foundations", "Foundations")).addGroup(Group.of("models", "Models"))
                .addSkill(Skill.builder("python", "Python basics").effort("20-30h", EffortParser.parse("20-30h", pace))
                        .group("foundations").description("Syntax, data types | pipes too.")
                        .addTopic(Topic.of("Loops", true)).addTopic(Topic.of("Functions *and* closures", false))
                        .addResource(Resource.of("Tutorial", "https://docs.python.org/3/tutorial/"))
                        .addProject(Project.of("Guessing game", "A console game.")).build())
                .addSkill(Skill.builder("linalg", "Linear algebra").effort("3 weeks", EffortParser.parse("3 weeks", pace))
                        .group("foundations").build())
                .addSkill(Skill.builder("regression", "Regression").effort("2 недели", EffortParser.parse("2 недели", pace))
                        .group("models").requires("python", "linalg").build())
                .build();
    }

    @Test
    void writesGoldenMarkdown() throws IOException {
        String out = new MarkdownExporter().writeToString(sample());
        try (InputStream in = getClass().getResourceAsStream("/markdown/export-golden.md")) {
            assertThat(out).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void roundTripKeepsEveryFieldMarkdownCarries() {
        Roadmap original = sample();
        String md = new MarkdownExporter().writeToString(original);
        Roadmap back = new MarkdownImporter().read(md, "export.md").roadmap();
        assertThat(carried(back)).isEqualTo(carried(original));
        // writing again gives the same text: the format is a fixed point
        assertThat(new MarkdownExporter().writeToString(back)).isEqualTo(md);
    }

    @Test
    void roundTripOfAnImportedFixture() throws IOException {
        Roadmap imported = MarkdownImporterTest.load("skill-table-sections.md").roadmap();
        String md = new MarkdownExporter().writeToString(imported);
        Roadmap back = new MarkdownImporter().read(md, "again.md").roadmap();
        assertThat(carried(back)).isEqualTo(carried(imported));
    }

    /** The fields the Markdown format carries (see MarkdownExporter's javadoc). */
    static List<Object> carried(Roadmap r) {
        return List.of(r.title(), r.description(), r.pace().map(Pace::hoursPerWeek), r.declared().totalDuration(),
                r.groups().stream().map(g -> g.id() + "=" + g.title()).toList(),
                r.skills().stream().map(s -> List.of(s.id(), s.title(), s.description(), s.effortNotation(),
                        s.effort().map(Effort::toNotation), s.group(), s.requires(), s.topics(), s.resources(), s.projects())).toList());
    }
}
