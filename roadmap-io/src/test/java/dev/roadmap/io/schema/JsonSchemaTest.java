package dev.roadmap.io.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.io.json.JsonImporter;
import dev.roadmap.io.json.PlanJsonExporter;
import dev.roadmap.spi.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schemas (docs/schema, shipped in the jar) accept every golden fixture and
 * every exported document, and whatever they reject the importer rejects too.
 */
class JsonSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema ROADMAP = schema("roadmap-1.schema.json");
    private static final JsonSchema PLAN = schema("roadmap-plan-1.schema.json");

    private static JsonSchema schema(String name) {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/dev/roadmap/io/schema/" + name)) {
            assertThat(in).as("schema %s is shipped in the jar", name).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<ValidationMessage> check(JsonSchema schema, String json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        return schema.validate(node);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"full.json", "minimal.json", "rigid.json", "full.expected.json", "minimal.expected.json",
            "rigid.expected.json"})
    void goldenFixturesAndTheirExportsMatchTheSchema(String name) throws IOException {
        String json = resource("/json/" + name);
        assertThat(check(ROADMAP, json)).as(name).isEmpty();
        String exported = new JsonExporter().writeToString(new JsonImporter().read(json, name).roadmap());
        assertThat(check(ROADMAP, exported)).as("export of " + name).isEmpty();
        assertThat(exported).contains("\"$schema\": \"https://roadmap.dev/schema/roadmap-1.schema.json\"");
    }

    /** Every roadmap/1 document the project ships or tests with, other than the error fixtures. */
    static Stream<Path> projectDocuments() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> dirs = List.of(root.resolve("docs/examples"), root.resolve("roadmap-io/src/test/resources/json"),
                root.resolve("roadmap-cli/src/test/resources/cli"), root.resolve("roadmap-cli/src/main/resources/dev/roadmap/cli"));
        List<Path> found = new java.util.ArrayList<>();
        for (Path dir : dirs) {
            assertThat(dir).as("run from the module directory").isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(found::add);
            }
        }
        // misspelt-field.json carries an unknown field on purpose (the CLI's warning test).
        return found.stream().filter(f -> !f.endsWith("misspelt-field.json")).filter(JsonSchemaTest::isRoadmapDocument);
    }

    private static boolean isRoadmapDocument(Path file) {
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file));
            return node != null && "roadmap/1".equals(node.path("format").asText());
        } catch (IOException e) {
            return false; // a malformed-JSON fixture: the importer's tests cover it
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectDocuments")
    void everyExampleAndFixtureMatchesTheSchemaAndImportsWithoutUnknownFields(Path file) throws IOException {
        String json = Files.readString(file);
        assertThat(check(ROADMAP, json)).as(file.toString()).isEmpty();
        assertThat(new JsonImporter().read(json, file.getFileName().toString()).diagnostics())
                .extracting(Diagnostic::code).doesNotContain("unknown-field", "ignored-field");
    }

    /** Documents with a misspelt or unknown field, one a line. */
    static Stream<String> documentsWithUnknownFields() {
        return """
                {"format": "roadmap/1", "skills": [{"id": "a", "requries": ["b"]}]}
                {"format": "roadmap/1", "titel": "T", "skills": []}
                {"skills": [{"id": "a", "resources": [{"title": "r", "link": "u"}]}]}
                {"skills": [], "tracks": [{"id": "t", "color": "red"}]}
                {"skills": [], "choices": [{"id": "c", "options": [{"id": "o", "skill": []}]}]}
                {"skills": [{"id": "a", "pace": {"weeks": 1, "hoursPerWeek": 2, "weks": 1}}]}
                {"skills": [], "declared": {"total": "1 year"}}
                """.lines();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsWithUnknownFields")
    void unknownFieldsAreRejectedByTheSchemaAndWarnedAboutByTheImporter(String json) throws IOException {
        assertThat(check(ROADMAP, json)).as("schema must reject %s", json).isNotEmpty();
        assertThat(new JsonImporter().read(json, "odd.json").diagnostics()).extracting(Diagnostic::code)
                .containsAnyOf("unknown-field", "ignored-field");
    }

    @Test
    void extensionFieldsAreAcceptedEverywhere() throws IOException {
        String json = "{\"format\": \"roadmap/1\", \"x-a\": 1, \"pace\": {\"hoursPerWeek\": 5, \"x-b\": 1},"
                + " \"tracks\": [{\"id\": \"t\", \"x-c\": 1}], \"groups\": [{\"id\": \"g\", \"x-d\": 1}],"
                + " \"skills\": [{\"id\": \"a\", \"x-e\": 1, \"effort\": {\"min\": 1, \"max\": 2, \"x-f\": 1},"
                + " \"topics\": [{\"title\": \"t\", \"x-g\": 1}], \"resources\": [{\"title\": \"r\", \"x-h\": 1}],"
                + " \"projects\": [{\"title\": \"p\", \"x-i\": 1}]},"
                + " {\"id\": \"b\", \"pace\": {\"weeks\": 1, \"hoursPerWeek\": 2, \"x-j\": 1}}],"
                + " \"choices\": [{\"id\": \"c\", \"x-k\": 1, \"options\": [{\"id\": \"o\", \"x-l\": 1}]}],"
                + " \"declared\": {\"x-m\": 1}}";
        assertThat(check(ROADMAP, json)).isEmpty();
    }

    @Test
    void exportedPlansMatchThePlanSchema() throws IOException {
        assertThat(check(PLAN, resource("/json/plan.expected.json"))).isEmpty();
        Roadmap r = Roadmap.builder("r").addSkill(Skill.builder("a", "A").effort(Effort.ofHours(12)).build()).build();
        Plan plan = new Plan("r", LocalDate.of(2026, 12, 7), Capacity.pool(10).withWeekOverride(2, 4), 2, 2, 12,
                List.of(new PlanWeek(1, LocalDate.of(2026, 12, 7), Map.of("*", 10.0),
                                List.of(new Allocation(SkillId.of("a"), "*", 10))),
                        new PlanWeek(2, LocalDate.of(2026, 12, 14), Map.of("*", 4.0),
                                List.of(new Allocation(SkillId.of("a"), "*", 2)))),
                List.of(new ScheduledSkill(SkillId.of("a"), 1, 2, 12)),
                List.of(new Unscheduled(SkillId.of("b"), "open-ended effort")),
                List.of(Diagnostic.warning("missing-effort", "no effort", dev.roadmap.core.SourceLocation.of("r.json", 3, 5))),
                Map.of(SkillId.of("a"), "starts week 1: no prerequisites"));
        String json = new PlanJsonExporter().writeToString(plan, r);
        assertThat(check(PLAN, json)).as(json).isEmpty();
    }

    /** Documents the schema and the importer both refuse, one a line. */
    static Stream<String> invalidDocuments() {
        return """
                {"format": "roadmap/2", "skills": []}
                {"format": "roadmap/1", "skills": {}}
                {"skills": [{"title": "no id"}]}
                {"skills": [{"id": "two words"}]}
                {"skills": [{"id": "a", "status": "finished"}]}
                {"skills": [{"id": "a", "requires": "b"}]}
                {"skills": [{"id": "a", "effort": 5}]}
                {"skills": [{"id": "a", "effort": {"min": -1, "max": 2}}]}
                {"skills": [{"id": "a", "pace": {"weeks": 0, "hoursPerWeek": 2}}]}
                {"skills": [{"id": "a", "optional": "yes"}]}
                {"pace": {"hoursPerWeek": 0}, "skills": []}
                {"skills": [], "tracks": [{"title": "no id"}]}
                []
                """.lines();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void whatTheSchemaRejectsTheImporterRejects(String json) throws IOException {
        assertThat(check(ROADMAP, json)).as("schema must reject %s", json).isNotEmpty();
        assertThatThrownBy(() -> new JsonImporter().read(json, "bad.json")).isInstanceOf(ImportException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad-format.json", "invalid-id.json", "missing-id.json", "negative-hours.json",
            "unknown-status.json", "wrong-type.json"})
    void errorFixturesAreRejectedByBoth(String name) throws IOException {
        String json = resource("/json/errors/" + name);
        assertThat(check(ROADMAP, json)).as(name).isNotEmpty();
        assertThatThrownBy(() -> new JsonImporter().read(json, name)).isInstanceOf(ImportException.class);
    }
}
