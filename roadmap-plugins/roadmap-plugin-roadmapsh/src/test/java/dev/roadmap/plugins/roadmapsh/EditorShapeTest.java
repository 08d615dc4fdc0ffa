package dev.roadmap.plugins.roadmapsh;

import static dev.roadmap.plugins.testkit.Skills.ids;
import static dev.roadmap.plugins.testkit.Skills.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.plugins.testkit.Resources;
import dev.roadmap.spi.ImportResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorShapeTest {
    static final String FIXTURE = Resources.text("/roadmapsh/webdev/webdev.json");

    private final ImportResult result = new RoadmapShImporter(RoadmapShOptions.defaults()).read(FIXTURE, "webdev.json");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void makesOneSkillPerLearnableNodeAndNoneForDecoration() {
        assertThat(roadmap.skills()).extracting(Skill::title).containsExactly(
                "Internet", "How does the internet work?", "What is HTTP?", "DNS and how it works", "HTML", "Accessibility",
                "Web Components", "CSS", "Flexbox", "Grid", "CSS Modules", "Tailwind", "Bootstrap", "JavaScript",
                "Build a portfolio page", "Version Control Systems", "Git essentials", "Package Managers", "Web Security");
        assertThat(roadmap.title()).isEqualTo("Web Developer (fixture)");
        assertThat(roadmap.id()).isEqualTo("webdev");
    }

    @Test
    void rebuiltRoadmapIsAValidDag() {
        List<Diagnostic> problems = Validator.standard().validate(roadmap).diagnostics().stream()
                .filter(Diagnostic::isError).toList();
        assertThat(problems).isEmpty();
    }

    @Test
    void topicSpineFollowsSolidEdgesWhicheverWayDrawnElseVerticalOrder() {
        assertThat(skill(roadmap, "internet").requires()).isEmpty();
        assertThat(skill(roadmap, "html").requires()).isEqualTo(ids("internet"));
        assertThat(skill(roadmap, "css").requires()).isEqualTo(ids("html"));
        // edges[2] runs from JavaScript up to CSS; the upper node is the prerequisite
        assertThat(skill(roadmap, "javascript").requires()).isEqualTo(ids("css"));
        assertThat(skill(roadmap, "version-control-systems").requires()).isEqualTo(ids("javascript"));
        // its only edge (edges[5]) has no source: vertical order places it after version control
        assertThat(skill(roadmap, "package-managers").requires()).isEqualTo(ids("version-control-systems"));
    }

    @Test
    void orderNotStrictTopicHasNoImplicitOrderAndDashedTopicEdgeIsSoft() {
        Skill security = skill(roadmap, "web-security");
        assertThat(security.requires()).isEmpty();
        assertThat(security.recommends()).isEqualTo(ids("css"));
        assertThat(security.tags()).contains("order-not-strict");
    }

    @Test
    void subtopicsHangOffTheirTopicByEdgeSectionBoxOrNearnessAsUnorderedSiblings() {
        for (String id : List.of("how-does-the-internet-work", "what-is-http", "dns-and-how-it-works")) {
            assertThat(skill(roadmap, id).requires()).as(id).isEqualTo(ids("internet"));
        }
        assertThat(skill(roadmap, "accessibility").requires()).isEqualTo(ids("html"));
        assertThat(skill(roadmap, "web-components").requires()).as("nearest topic").isEqualTo(ids("html"));
        for (String id : List.of("flexbox", "grid", "css-modules", "tailwind", "bootstrap")) {
            assertThat(skill(roadmap, id).requires()).as(id + " inside the CSS section box").isEqualTo(ids("css"));
        }
        assertThat(skill(roadmap, "build-a-portfolio-page").requires()).isEqualTo(ids("javascript"));
        assertThat(skill(roadmap, "flexbox").group()).isEqualTo("css");
        assertThat(roadmap.groups()).hasSize(7);
    }

    @Test
    void legendsGiveOptionalSkillsAndAChoiceWithTheRecommendationAsDefault() {
        assertThat(skill(roadmap, "accessibility").optional()).isTrue();
        assertThat(roadmap.skills().stream().filter(Skill::optional).map(s -> s.id().value())).containsExactly("accessibility");
        assertThat(roadmap.choices()).hasSize(1);
        Choice choice = roadmap.choices().get(0);
        assertThat(choice.id()).isEqualTo("css-pick");
        assertThat(choice.options()).extracting(ChoiceOption::id).containsExactly("css-modules", "tailwind", "bootstrap");
        assertThat(choice.defaultOption()).isEqualTo("css-modules");
        assertThat(skill(roadmap, "tailwind").tags()).contains("alternative");
        assertThat(skill(roadmap, "css-modules").tags()).contains("recommended");
    }

    @Test
    void checklistBecomesOneSkillWithItsItemsAsTopics() {
        Skill git = skill(roadmap, "git-essentials");
        assertThat(git.topics()).extracting(Topic::title)
                .containsExactly("git init and clone", "Commit, amend, revert", "Branches and merges");
        assertThat(git.effort()).contains(Effort.ofHours(3));
        assertThat(git.requires()).isEqualTo(ids("version-control-systems"));
        assertThat(git.tags()).contains("checklist", RoadmapShImporter.ESTIMATED_TAG);
    }

    @Test
    void everyEffortIsTheDocumentedDefaultOfItsKindAndMarkedEstimated() {
        assertThat(skill(roadmap, "internet").effort()).contains(Effort.ofHours(RoadmapShOptions.DEFAULT_TOPIC_HOURS));
        assertThat(skill(roadmap, "grid").effort()).contains(Effort.ofHours(RoadmapShOptions.DEFAULT_SUBTOPIC_HOURS));
        assertThat(skill(roadmap, "build-a-portfolio-page").effort()).contains(Effort.ofHours(RoadmapShOptions.DEFAULT_TODO_HOURS));
        assertThat(roadmap.skills()).allSatisfy(s -> assertThat(s.tags()).contains(RoadmapShImporter.ESTIMATED_TAG));
        assertThat(roadmap.extensions().get("x-roadmapsh")).hasValueSatisfying(v ->
                assertThat(v).contains("\"estimatedEfforts\"").contains("\"topic\":\"6h\""));
        assertThat(skill(roadmap, "internet").extensions().get("x-roadmapsh"))
                .contains("{\"nodeId\":\"tInternet00aaaaaaaaaa\",\"type\":\"topic\"}");
    }

    @Test
    void warnsAboutEverySkippedEdgeWithItsJsonPathAndLocation() {
        List<Diagnostic> warnings = result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        assertThat(warnings).extracting(Diagnostic::code).containsExactly(
                "roadmapsh-dangling-edge", "roadmapsh-incomplete-edge", "roadmapsh-decoration-edge",
                "roadmapsh-dangling-edge", "roadmapsh-sibling-edge");
        assertThat(warnings.get(0).message()).startsWith("edges[4] points to missing node 'ghostNodeGone000aaaaa'");
        assertThat(warnings.get(1).message()).startsWith("edges[5] has no source");
        Diagnostic twelve = warnings.get(3);
        assertThat(twelve.message()).startsWith("edges[12] points to missing node 'missingNode00aaaaaaaa'");
        int idLine = lineOf("\"id\": \"edge-12\"");
        assertThat(twelve.location().source()).isEqualTo("webdev.json");
        assertThat(twelve.location().line()).isEqualTo(idLine - 1);
        assertThat(twelve.location().column()).isEqualTo(5);
    }

    @Test
    void warnsAtEveryEdgeItSkipsAndNotesPlacementsByPosition() {
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING).extracting(Diagnostic::code)
                .contains("roadmapsh-decoration-edge", "roadmapsh-sibling-edge", "roadmapsh-dangling-edge");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().endsWith("-edge"))
                .allSatisfy(d -> assertThat(d.message()).startsWith("edges["));
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.NOTICE).extracting(Diagnostic::code)
                .contains("roadmapsh-placed-by-position");
    }

    @Test
    void effortsCanBeOverriddenThroughTheOptions() {
        RoadmapShOptions options = RoadmapShOptions.defaults().toBuilder()
                .efforts("topic=8h, checklist-item=30min").effort(NodeKind.SUBTOPIC, Effort.ofHours(2, 4)).build();
        Roadmap custom = new RoadmapShImporter(options).read(FIXTURE, "webdev.json").roadmap();
        assertThat(custom.skill(SkillId.of("html")).orElseThrow().effort()).contains(Effort.ofHours(8));
        assertThat(custom.skill(SkillId.of("grid")).orElseThrow().effort()).contains(Effort.ofHours(2, 4));
        assertThat(custom.skill(SkillId.of("git-essentials")).orElseThrow().effort()).contains(Effort.ofHours(1.5));
    }

    private static int lineOf(String text) {
        String[] lines = FIXTURE.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }
}
