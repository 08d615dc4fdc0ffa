package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Declared;
import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden output of the Markdown exporter and import(export(r)) round trips. */
class MarkdownExporterTest {

    static Stream<Arguments> goldenFiles() {
        return Stream.of(arguments("the sample roadmap", sample(), "export-golden.md"),
                arguments("skills in reading order with tracks and fixed paces", ordered(), "export-order-golden.md"),
                arguments("choices as option sections, optional skills marked", withChoices(), "export-choices-golden.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void writesAsInTheGoldenFile(String what, Roadmap roadmap, String golden) throws IOException {
        String out = new MarkdownExporter().writeToString(roadmap);
        try (InputStream in = getClass().getResourceAsStream("/markdown/" + golden)) {
            assertThat(out).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Exports a roadmap, imports the text and checks that writing the result again gives the same text:
     * the format is a fixed point.
     *
     * @return the roadmap imported from the export
     */
    static Roadmap reimportedAtAFixedPoint(Roadmap original, String fileName) {
        String md = new MarkdownExporter().writeToString(original);
        Roadmap back = new MarkdownImporter().read(md, fileName).roadmap();
        assertThat(new MarkdownExporter().writeToString(back)).as("export of the reimported roadmap").isEqualTo(md);
        return back;
    }

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
    void roundTripKeepsEveryFieldMarkdownCarries() {
        Roadmap original = sample();
        Roadmap back = reimportedAtAFixedPoint(original, "export.md");
        assertThat(carried(back)).isEqualTo(carried(original));
    }

    @Test
    void roundTripOfAnImportedFixture() throws IOException {
        Roadmap imported = MarkdownImporterTest.load("skill-table-sections.md").roadmap();
        String md = new MarkdownExporter().writeToString(imported);
        Roadmap back = new MarkdownImporter().read(md, "again.md").roadmap();
        assertThat(carried(back)).isEqualTo(carried(imported));
    }

    /**
     * Skills of no group before and after grouped ones, fixed paces on one and on several tracks,
     * tracks, resources and prerequisites.
     */
    static Roadmap ordered() {
        double pace = 6;
        return Roadmap.builder("order").title("Reading order").pace(Pace.of(pace))
                .addGroup(Group.of("basics", "Basics")).addGroup(Group.of("practice", "Practice"))
                .addSkill(Skill.builder("intro", "Introduction").effort("2h", EffortParser.parse("2h", pace)).build())
                .addSkill(Skill.builder("theory", "Theory").track("theory").group("basics")
                        .effort("1-2 weeks", EffortParser.parse("1-2 weeks", pace)).requires("intro")
                        .addResource(Resource.of("Lecture notes", "https://example.org/notes")).build())
                .addSkill(Skill.builder("block", "Fixed block").group("basics").requires("theory")
                        .rigidPace(new RigidPace(2, twoTracks())).build())
                .addSkill(Skill.builder("lab", "Lab course").track("practice").group("practice").requires("block")
                        .rigidPace(new RigidPace(3, Map.of("practice", 2.5))).build())
                .addSkill(Skill.builder("capstone", "Capstone").track("practice").requires("lab", "theory")
                        .effort(Effort.ofHours(10, 12))
                        .addResource(Resource.of("Project ideas", "https://example.org/ideas"))
                        .addResource(Resource.of("A book", "")).build())
                .addSkill(Skill.builder("review", "Review").effort("3h", EffortParser.parse("3h", pace)).build())
                .addSkill(Skill.builder("recap", "Recap of the basics").group("basics").requires("review")
                        .effort("2h", EffortParser.parse("2h", pace)).build())
                .build();
    }

    /** Theory then practice: a rigid pace keeps its tracks in the order given. */
    static Map<String, Double> twoTracks() {
        Map<String, Double> hours = new java.util.LinkedHashMap<>();
        hours.put("theory", 2.0);
        hours.put("practice", 4.0);
        return hours;
    }

    @Test
    void reimportKeepsOrderGroupsTracksFixedPacesResourcesPrerequisitesAndEfforts() {
        Roadmap original = ordered();
        Roadmap back = reimportedAtAFixedPoint(original, "order.md");

        assertThat(back.skills()).extracting(s -> s.id().value())
                .containsExactly("intro", "theory", "block", "lab", "capstone", "review", "recap");
        assertThat(back.skill(6).group()).isEqualTo("basics");
        assertThat(orderCarried(back)).isEqualTo(orderCarried(original));
        assertThat(back.skill(2).rigidPace()).contains(new RigidPace(2, Map.of("theory", 2.0, "practice", 4.0)));
        assertThat(back.skill(3).effort()).isEmpty();
        assertThat(dev.roadmap.core.validate.Validator.standard().validate(back).errors()).isEmpty();
    }

    static List<Object> orderCarried(Roadmap r) {
        return List.of(r.title(), r.pace().map(Pace::hoursPerWeek), r.groups().stream().map(g -> g.id() + "=" + g.title()).toList(),
                r.skills().stream().map(s -> List.of(s.id(), s.title(), s.track(), s.group(),
                        // an effort in hours only is written (and read back) as its notation
                        s.effortNotation().isEmpty() ? s.effort().map(Effort::toNotation).orElse("") : s.effortNotation(),
                        s.effort().map(Effort::toNotation), s.rigidPace(), s.requires(), s.resources())).toList());
    }

    /**
     * A choice whose options hold two skills each, one inside a group followed by more of the group,
     * one at the top level before any group, and optional skills.
     */
    static Roadmap withChoices() {
        double pace = 5;
        return Roadmap.builder("paths").title("Paths").pace(Pace.of(pace))
                .addGroup(Group.of("core", "Core")).addGroup(Group.of("later", "Later"))
                .addSkill(Skill.builder("warmup", "Warm-up").effort("1h", EffortParser.parse("1h", pace)).build())
                .addSkill(Skill.builder("cli", "Command line").effort("2h", EffortParser.parse("2h", pace)).build())
                .addSkill(Skill.builder("gui", "Graphical tools").effort("2h", EffortParser.parse("2h", pace)).build())
                .addSkill(Skill.builder("basics", "Basics").group("core").requires("warmup")
                        .effort("4h", EffortParser.parse("4h", pace)).build())
                .addSkill(Skill.builder("export", "Export a model").group("core").requires("basics")
                        .effort("1-2h", EffortParser.parse("1-2h", pace)).build())
                .addSkill(Skill.builder("service", "Serve a model").group("core").requires("export")
                        .effort("3h", EffortParser.parse("3h", pace)).build())
                .addSkill(Skill.builder("mobile", "On-device").group("core").requires("basics").optional(true)
                        .effort("2周", EffortParser.parse("2周", pace)).build())
                .addSkill(Skill.builder("quantize", "Quantize").group("core").requires("mobile")
                        .effort("90 min", EffortParser.parse("90 min", pace)).build())
                .addSkill(Skill.builder("review", "Review").group("core").requires("basics")
                        .effort("1h", EffortParser.parse("1h", pace)).build())
                .addSkill(Skill.builder("extra", "Extra reading").group("later").optional(true).build())
                .addChoice(Choice.of("tools", "Tools", "", List.of(ChoiceOption.of("cli", "Terminal", List.of(SkillId.of("cli"))),
                        ChoiceOption.of("gui", "Windows", List.of(SkillId.of("gui"))))))
                .addChoice(Choice.of("path", "After the basics", "b", List.of(
                        ChoiceOption.of("a", "Integration", List.of(SkillId.of("export"), SkillId.of("service"))),
                        ChoiceOption.of("b", "On-device", List.of(SkillId.of("mobile"), SkillId.of("quantize"))))))
                .build();
    }

    @Test
    void reimportKeepsChoicesOptionalSkillsGroupsAndOrder() {
        Roadmap original = withChoices();
        Roadmap back = reimportedAtAFixedPoint(original, "paths.md");

        assertThat(back.choices()).isEqualTo(original.choices());
        assertThat(back.skills()).extracting(s -> s.id() + (s.optional() ? "?" : "") + "@" + s.group() + " " + s.title())
                .containsExactlyElementsOf(original.skills().stream()
                        .map(s -> s.id() + (s.optional() ? "?" : "") + "@" + s.group() + " " + s.title()).toList());
        assertThat(orderCarried(back)).isEqualTo(orderCarried(original));
        assertThat(dev.roadmap.core.validate.Validator.standard().validate(back).errors()).isEmpty();
    }

    /** The fields the Markdown format carries (see MarkdownExporter's javadoc). */
    static List<Object> carried(Roadmap r) {
        return List.of(r.title(), r.description(), r.pace().map(Pace::hoursPerWeek), r.declared().totalDuration(),
                r.groups().stream().map(g -> g.id() + "=" + g.title()).toList(),
                r.skills().stream().map(s -> List.of(s.id(), s.title(), s.description(), s.effortNotation(),
                        s.effort().map(Effort::toNotation), s.group(), s.requires(), s.topics(), s.resources(), s.projects())).toList());
    }
}
