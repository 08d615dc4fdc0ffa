package dev.roadmap.plugins.casejson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Exports pass the required-field schema written from the CASE 1.0 information model
 * ({@code case-1.0-required.schema.json}; 1EdTech's published schema is not shipped) and keep their identifiers.
 */
class CaseExporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = CaseExporterTest.class.getResourceAsStream("/case/case-1.0-required.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> check(String json) throws IOException {
        return SCHEMA.validate(MAPPER.readTree(json));
    }

    @Test
    void exportsOfTheSampleTheHostileAndAnImportedFrameworkPassTheSchema() throws IOException {
        CaseExporter exporter = new CaseExporter();
        for (Roadmap r : List.of(SampleRoadmaps.sample(), SampleRoadmaps.hostile(),
                new CaseImporter().read(CaseImporterTest.FRAMEWORK, "framework.json").roadmap())) {
            assertThat(check(exporter.writeToString(r))).as(r.id()).isEmpty();
        }
    }

    @Test
    void schemaRejectsAPackageMissingARequiredField() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(new CaseExporter().writeToString(SampleRoadmaps.sample()));
        ((ObjectNode) doc.get("CFDocument")).remove("creator");
        ((ObjectNode) doc.get("CFItems").get(0)).put("identifier", "not-a-uuid");
        assertThat(SCHEMA.validate(doc)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("creator"))
                .anySatisfy(m -> assertThat(m).contains("identifier"));
    }

    @Test
    void everyPartHasOneStableIdentifierThatSurvivesChangesToOtherParts() throws IOException {
        Roadmap sample = SampleRoadmaps.sample();
        Map<String, String> before = identifiersByCode(new CaseExporter().writeToString(sample));
        Roadmap changed = sample.toBuilder().title("Renamed")
                .addSkill(Skill.builder("extra", "Extra").effort(Effort.ofHours(1)).requires("web").build()).build();
        Map<String, String> after = identifiersByCode(new CaseExporter().writeToString(changed));
        before.forEach((code, id) -> assertThat(after.get(code)).as(code).isEqualTo(id));
        assertThat(after).containsKey("extra");
        JsonNode tree = MAPPER.readTree(new CaseExporter().writeToString(sample));
        List<String> all = new ArrayList<>();
        tree.get("CFItems").forEach(i -> all.add(i.get("identifier").asText()));
        tree.get("CFAssociations").forEach(a -> all.add(a.get("identifier").asText()));
        all.add(tree.get("CFDocument").get("identifier").asText());
        assertThat(all).doesNotHaveDuplicates();
        assertThat(tree.get("CFDocument").get("uri").asText()).isEqualTo("urn:roadmap:sample");
    }

    @Test
    void requiresBecomePrecedesFromThePrerequisiteAndGroupsAreParents() throws IOException {
        JsonNode tree = MAPPER.readTree(new CaseExporter().writeToString(SampleRoadmaps.sample()));
        Map<String, String> code = new HashMap<>();
        tree.get("CFItems").forEach(i -> code.put(i.get("identifier").asText(),
                i.has("humanCodingScheme") ? i.get("humanCodingScheme").asText() : i.get("fullStatement").asText()));
        code.put(tree.get("CFDocument").get("identifier").asText(), "<document>");
        List<String> precedes = new ArrayList<>();
        List<String> childOf = new ArrayList<>();
        tree.get("CFAssociations").forEach(a -> {
            String line = code.get(a.get("originNodeURI").get("identifier").asText()) + " -> "
                    + code.get(a.get("destinationNodeURI").get("identifier").asText());
            if (a.get("associationType").asText().equals("precedes")) {
                precedes.add(line);
            } else if (a.get("associationType").asText().equals("isChildOf")) {
                childOf.add(line + " #" + a.get("sequenceNumber").asInt());
            }
        });
        assertThat(precedes).contains("python -> numpy", "linalg -> course", "numpy -> course");
        assertThat(childOf).contains("basics -> <document> #1", "advanced -> <document> #2", "python -> basics #1",
                "numpy -> basics #3", "Syntax -> python #1");
    }

    private static Map<String, String> identifiersByCode(String json) throws IOException {
        Map<String, String> out = new HashMap<>();
        MAPPER.readTree(json).get("CFItems").forEach(i -> {
            if (i.has("humanCodingScheme")) {
                out.put(i.get("CFItemType").asText() + ":" + i.get("humanCodingScheme").asText(), i.get("identifier").asText());
            }
        });
        Map<String, String> plain = new HashMap<>();
        out.forEach((k, v) -> plain.put(k.substring(k.indexOf(':') + 1), v));
        return plain;
    }
}
