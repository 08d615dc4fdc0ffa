package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.importFixture;
import static dev.roadmap.io.json.JsonFixtures.read;
import static dev.roadmap.io.json.JsonFixtures.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every field of {@code roadmap/1} lands in the model. */
class JsonImporterFieldsTest {
    private final Roadmap full = roadmap("full.json");

    private Skill skill(String id) {
        return full.skill(SkillId.of(id)).orElseThrow();
    }

    @Test
    void readsRoadmapHeaderPaceAndDeclaredDuration() {
        assertThat(full.id()).isEqualTo("ml-basics");
        assertThat(full.title()).isEqualTo("Machine learning basics");
        assertThat(full.description()).isEqualTo("From Python to a first model.");
        assertThat(full.language()).isEqualTo("en");
        assertThat(full.pace()).contains(new Pace(8, Map.of("math", 3.0, "coding", 5.0)));
        assertThat(full.pace().orElseThrow().trackHours().keySet()).containsExactly("math", "coding");
        assertThat(full.declared().totalDuration()).isEqualTo("12-24 months");
    }

    @Test
    void readsTracksAndNestedGroups() {
        assertThat(full.tracks()).extracting(t -> t.id() + "=" + t.title())
                .containsExactly("math=Mathematics", "coding=Programming");
        assertThat(full.groups()).extracting(Group::id, Group::parent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phase-1", ""),
                        org.assertj.core.groups.Tuple.tuple("week-1", "phase-1"));
    }

    @Test
    void readsEverySkillField() {
        Skill linalg = skill("linalg");
        assertThat(linalg.title()).isEqualTo("Linear algebra");
        assertThat(linalg.description()).isEqualTo("Vectors, matrices and what they do.");
        assertThat(linalg.effortNotation()).isEqualTo("3 weeks");
        assertThat(linalg.track()).isEqualTo("math");
        assertThat(linalg.requires()).containsExactly(SkillId.of("python"));
        assertThat(linalg.recommends()).containsExactly(SkillId.of("stats"));
        assertThat(linalg.optional()).isTrue();
        assertThat(linalg.status()).isEqualTo(Status.DOING);
        assertThat(linalg.topics()).extracting(Topic::title, Topic::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Eigenvalues", false),
                        org.assertj.core.groups.Tuple.tuple("SVD", true));
        assertThat(linalg.resources()).extracting(Resource::title, Resource::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Essence of linear algebra", "https://example.org/eola"),
                        org.assertj.core.groups.Tuple.tuple("A book", ""));
        assertThat(linalg.projects()).extracting(Project::title, Project::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Matrix multiply by hand", "Three ways."));

        Skill python = skill("python");
        assertThat(python.group()).isEqualTo("week-1");
        assertThat(python.tags()).containsExactly("core", "language");
        assertThat(skill("stats").status()).isEqualTo(Status.DONE);
        assertThat(skill("research").status()).isEqualTo(Status.SKIPPED);
        assertThat(skill("russian").title()).isEqualTo("Русский курс");
    }

    @Test
    void readsRigidPaceAsTrackMapOrAsPlainNumberOnTheSkillsOwnTrack() {
        assertThat(skill("sprint").rigidPace()).contains(new RigidPace(3, Map.of("math", 2.0, "coding", 4.0)));
        assertThat(skill("sprint").isRigid()).isTrue();
        // "track" comes after "pace" in the document: the plain number still lands on it
        assertThat(skill("stats").rigidPace()).contains(new RigidPace(2, Map.of("math", 5.0)));

        Roadmap rigid = roadmap("rigid.json");
        assertThat(rigid.skill(SkillId.of("lab")).orElseThrow().rigidPace()).contains(new RigidPace(4, Map.of("*", 2.5)));
    }

    @Test
    void readsEffortObjectsInHours() {
        assertThat(skill("numpy").effort()).contains(Effort.ofHours(5, 7.5));
        assertThat(skill("numpy").effortNotation()).isEmpty();
        assertThat(skill("practice").effort()).contains(Effort.openEnded(2));
    }

    @Test
    void readsChoicesWithDefaultAndOptions() {
        Choice path = full.choices().get(0);
        assertThat(path.id()).isEqualTo("path");
        assertThat(path.title()).isEqualTo("After the basics");
        assertThat(path.defaultOption()).isEqualTo("a");
        assertThat(path.options()).extracting(o -> o.id() + ":" + o.title() + ":" + o.skills())
                .containsExactly("a:Integration:[export, service]", "b:On-device:[mobile, quantize]");
    }

    @Test
    void keepsUnknownFieldsAtEveryLevelAsCompactRawJson() {
        assertThat(full.extensions().asMap()).containsExactly(Map.entry("x-generator", "{\"name\":\"hand\",\"version\":1.10}"));
        assertThat(full.tracks().get(0).extensions().asMap()).containsExactly(Map.entry("x-hue", "\"#336699\""));
        assertThat(full.groups().get(1).extensions().asMap()).containsExactly(Map.entry("x-order", "1"));
        assertThat(skill("python").extensions().asMap()).containsExactly(
                Map.entry("x-difficulty", "3"),
                Map.entry("x-meta", "{\"a\":[1,2.50,{\"b\":null}],\"c\":true}"));
        Skill linalg = skill("linalg");
        assertThat(linalg.topics().get(1).extensions().get("x-note")).contains("\"hard\"");
        assertThat(linalg.resources().get(0).extensions().get("x-kind")).contains("\"video\"");
        assertThat(linalg.projects().get(0).extensions().get("x-level")).contains("\"easy\"");
        Choice path = full.choices().get(0);
        assertThat(path.extensions().get("x-weight")).contains("0.5");
        assertThat(path.options().get(1).extensions().get("x-hint")).contains("\"phones\"");
        assertThat(full.declared().extensions().get("x-source")).contains("\"syllabus\"");
    }

    @Test
    void keepsNumbersOfUnknownFieldsExactlyAsWritten() {
        Roadmap r = read("{\"format\":\"roadmap/1\",\"id\":\"n\",\"big\":1e400,\"pi\":3.14159265358979323846264338}").roadmap();

        assertThat(r.extensions().asMap()).containsExactly(
                Map.entry("big", "1e400"), Map.entry("pi", "3.14159265358979323846264338"));
    }

    @Test
    void defaultsTitlesToIdsAndTheRoadmapIdToTheFileName() {
        Roadmap r = JsonFixtures.read("{\"skills\":[{\"id\":\"a\"}],\"tracks\":[{\"id\":\"t\"}]}",
                "dir/my-plan.roadmap.json", dev.roadmap.spi.ReadLimits.defaults()).roadmap();

        assertThat(r.id()).isEqualTo("my-plan");
        assertThat(r.title()).isEqualTo("my-plan");
        assertThat(r.skill(0).title()).isEqualTo("a");
        assertThat(r.tracks().get(0).title()).isEqualTo("t");
    }

    @Test
    void treatsNullAsAbsentForKnownFieldsButKeepsNullUnknownFields() {
        Roadmap r = read("{\"format\":\"roadmap/1\",\"id\":\"n\",\"description\":null,\"x\":null,"
                + "\"skills\":[{\"id\":\"a\",\"requires\":null,\"status\":null}]}").roadmap();

        assertThat(r.description()).isEmpty();
        assertThat(r.skill(0).requires()).isEmpty();
        assertThat(r.skill(0).status()).isEqualTo(Status.TODO);
        assertThat(r.extensions().asMap()).containsExactly(Map.entry("x", "null"));
    }

    @Test
    void readsStatusCaseInsensitively() {
        assertThat(read("{\"skills\":[{\"id\":\"a\",\"status\":\"Done\"}]}").roadmap().skill(0).status())
                .isEqualTo(Status.DONE);
    }

    @Test
    void warnsWhenFormatIsMissingAndNotOtherwise() {
        ImportResult without = read("{\n  \"id\": \"x\"}");
        assertThat(without.diagnostics()).extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("missing-format", 1, 1));
        assertThat(without.diagnostics().get(0).isError()).isFalse();

        assertThat(importFixture("full.json").diagnostics()).isEmpty();
    }

    @Test
    void warnsAboutUnknownFieldsOfObjectsThatCannotKeepThem() {
        ImportResult result = read("{\"format\":\"roadmap/1\",\"pace\":{\"hoursPerWeek\":5,\"x\":1}}");

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("ignored-field");
        assertThat(result.roadmap().pace()).contains(Pace.of(5));
    }

    @Test
    void acceptsAUtf8ByteOrderMarkWithoutShiftingColumns() {
        byte[] json = "{\"format\":\"roadmap/1\",\"skills\":[{\"id\":\"a\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        Roadmap r = JsonFixtures.read(withBom, "bom.json", dev.roadmap.spi.ReadLimits.defaults()).roadmap();

        assertThat(r.skill(0).id()).isEqualTo(SkillId.of("a"));
        assertThat(r.sourceMap().locate(dev.roadmap.core.SourceMap.keySkill(0)))
                .isEqualTo(dev.roadmap.core.SourceLocation.of("bom.json", 1, 33));
    }

    @Test
    void keepsDocumentOrderOfSkills() {
        assertThat(full.skills()).extracting(s -> s.id().value()).startsWith("python", "linalg", "sprint", "stats")
                .hasSize(13);
        assertThat(List.copyOf(full.skills())).hasSize(full.size());
    }
}
