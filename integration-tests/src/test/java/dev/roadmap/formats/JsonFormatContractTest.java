package dev.roadmap.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.io.json.JsonImporter;
import dev.roadmap.io.json.PlanJsonExporter;
import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.testing.Repository;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in {@code json} format (roadmap-io) passes the contract every format provider passes. It
 * lives here because the contract is in the plugin test kit; the round trip compares whole roadmaps,
 * since the format carries every field.
 */
class JsonFormatContractTest extends FormatContract {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    JsonFormatContractTest() {
        super(format("json").importer(new JsonImporter()).exporter(new JsonExporter()).planExporter(new PlanJsonExporter())
                .samples(new Sample("sample.json", new JsonExporter().writeToString(SampleRoadmaps.sample())),
                        new Sample("hostile.json", new JsonExporter().writeToString(SampleRoadmaps.hostile())),
                        new Sample("ml-basics.json", Repository.read("docs/examples/ml-basics.json")),
                        new Sample("handwritten.json", """
                                {"format": "roadmap/1", "id": "tiny", "title": "Tiny",
                                 "skills": [{"id": "a", "title": "A", "effort": "2-3h"},
                                            {"id": "b", "title": "B", "effort": "1 week", "requires": ["a"]}]}
                                """))
                .malformed(malformed("{\"format\": \"roadmap/1\", \"id\": \"x\", \"title\": \"X\", \"skills\": ["))
                .hostileTitles(JsonFormatContractTest::jsonGivesTheTitlesBack));
    }

    private static Sample[] malformed(String head) {
        return new Sample[] {
            new Sample("truncated.json", head + "{\"id\": \"a\", \"title\": \"A\""),
            new Sample("array.json", "[1, 2, 3]"),
            new Sample("other-format.json", "{\"format\": \"roadmap/9\", \"id\": \"x\", \"title\": \"X\", \"skills\": []}"),
            new Sample("duplicate-key.json", head + "{\"id\": \"a\", \"id\": \"b\", \"title\": \"A\"}]}"),
            new Sample("no-skill-id.json", head + "{\"title\": \"A\"}]}"),
            new Sample("bad-id.json", head + "{\"id\": \"has space\", \"title\": \"A\"}]}"),
            new Sample("negative-hours.json", head + "{\"id\": \"a\", \"title\": \"A\", \"effort\": {\"minHours\": -3}}]}"),
            new Sample("unknown-status.json", head + "{\"id\": \"a\", \"title\": \"A\", \"status\": \"finished\"}]}"),
            new Sample("wrong-type.json", head + "{\"id\": \"a\", \"title\": [\"A\"]}]}"),
            new Sample("trailing.json", head + "]} {\"more\": 1}"),
            new Sample("deep.json", "[".repeat(100_000)),
        };
    }

    /**
     * The output is valid JSON that gives the hostile titles back exactly: a roadmap as its skills'
     * titles, a plan (which names skills by id) as its skills' ids.
     */
    static void jsonGivesTheTitlesBack(String output) {
        JsonNode tree = parse(output);
        if (tree.path("format").asText().equals("roadmap-plan/1")) {
            List<String> ids = new ArrayList<>();
            tree.path("skills").forEach(s -> ids.add(s.path("id").asText()));
            assertThat(ids).hasSize(SampleRoadmaps.HOSTILE_TITLES.size()).allMatch(id -> id.matches("s[0-9]"));
            return;
        }
        List<String> titles = new ArrayList<>();
        tree.path("skills").forEach(s -> titles.add(s.path("title").asText()));
        assertThat(titles).containsExactlyElementsOf(SampleRoadmaps.HOSTILE_TITLES);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not valid JSON: " + e.getMessage(), e);
        }
    }
}
