package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.EXPORTER;
import static dev.roadmap.io.json.JsonFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exporter's choices for roadmaps built in code, which have no notation to reproduce. */
class JsonExporterTest {

    @Test
    void omitsEmptyAndDefaultValues() {
        Roadmap r = Roadmap.builder("r").addSkill(Skill.builder("a", "A").status(Status.TODO).optional(false).build()).build();

        assertThat(EXPORTER.writeToString(r)).isEqualTo("""
                {
                  "$schema": "https://roadmap.dev/schema/roadmap-1.schema.json",
                  "format": "roadmap/1",
                  "id": "r",
                  "title": "r",
                  "skills": [
                    {
                      "id": "a",
                      "title": "A"
                    }
                  ]
                }
                """);
    }

    @Test
    void writesEffortsWithoutNotationAsHoursAndOpenEndedWithNullMax() {
        Roadmap r = Roadmap.builder("r").pace(Pace.of(12.5))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(2.25, 4)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.openEnded(0)).build())
                .build();

        String json = EXPORTER.writeToString(r);

        assertThat(json).contains("\"hoursPerWeek\": 12.5", "\"min\": 2.25,\n        \"max\": 4\n",
                "\"min\": 0,\n        \"max\": null\n");
        assertThat(read(json).roadmap()).isEqualTo(r);
    }

    @Test
    void writesRigidPaceOnAnotherTrackAsAMap() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").track("math").rigidPace(new RigidPace(2, Map.of("*", 3.0))).build())
                .build();

        String json = EXPORTER.writeToString(r);

        assertThat(json).contains("\"hoursPerWeek\": {\n          \"*\": 3\n");
        assertThat(read(json).roadmap()).isEqualTo(r);
    }

    @Test
    void writesExtensionsBackAndSkipsOnesThatShadowKnownFields() {
        Map<String, String> ext = new LinkedHashMap<>();
        ext.put("id", "\"shadow\"");
        ext.put("x-list", "[1,{\"k\":[]}]");
        ext.put("x-text", "not json at all");
        Roadmap r = Roadmap.builder("r").addSkill(Skill.builder("a", "A").extensions(Extensions.of(ext)).build()).build();

        String json = EXPORTER.writeToString(r);

        assertThat(json).doesNotContain("shadow");
        assertThat(json).contains("\"x-list\": [\n        1,\n        {\n          \"k\": []\n        }\n      ],");
        assertThat(json).contains("\"x-text\": \"not json at all\"");
        assertThat(read(json).roadmap().skill(0).extensions().asMap())
                .containsEntry("x-list", "[1,{\"k\":[]}]").doesNotContainKey("id");
    }

    @Test
    void writesTheSameBytesEveryTimeAndLeavesTheStreamOpen() throws IOException {
        Roadmap r = JsonFixtures.roadmap("full.json");
        ClosingCheckStream out = new ClosingCheckStream();

        EXPORTER.write(r, out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(EXPORTER.writeToString(r)).endsWith("}\n");
    }

    static final class ClosingCheckStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
