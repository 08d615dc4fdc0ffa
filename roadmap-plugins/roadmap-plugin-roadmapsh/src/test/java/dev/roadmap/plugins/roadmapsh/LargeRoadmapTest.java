package dev.roadmap.plugins.roadmapsh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LargeRoadmapTest {

    /** 2,000 topics, 6,000 edge-less subtopics placed by nearness, 4,000 dangling edges. */
    @Test
    @Timeout(20)
    void largeDirtyRoadmapImportsInSecondsAsAValidDag() {
        StringBuilder json = new StringBuilder("{\"nodes\": [\n");
        int topics = 2000;
        for (int t = 0; t < topics; t++) {
            json.append(t == 0 ? "" : ",\n").append("{\"id\": \"t").append(t).append("\", \"type\": \"topic\", \"position\": {\"x\": 0, \"y\": ")
                    .append(t * 100).append("}, \"width\": 200, \"height\": 50, \"data\": {\"label\": \"Topic ").append(t).append("\"}}");
            for (int s = 0; s < 3; s++) {
                json.append(",\n{\"id\": \"s").append(t).append('-').append(s).append("\", \"type\": \"subtopic\", \"position\": {\"x\": 300, \"y\": ")
                        .append(t * 100 + s * 20).append("}, \"width\": 150, \"height\": 15, \"data\": {\"label\": \"Sub ").append(t)
                        .append('.').append(s).append("\"}}");
            }
        }
        json.append("],\n\"edges\": [\n");
        for (int e = 0; e < 4000; e++) {
            json.append(e == 0 ? "" : ",\n").append("{\"id\": \"e").append(e).append("\", \"source\": \"t").append(e % topics)
                    .append("\", \"target\": \"gone").append(e).append("\"}");
        }
        json.append("]}\n");
        ImportResult result = new RoadmapShImporter(RoadmapShOptions.defaults()).read(json.toString(), "large.json");
        Roadmap roadmap = result.roadmap();
        assertThat(roadmap.size()).isEqualTo(topics * 4);
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("roadmapsh-dangling-edge")).hasSize(4000);
        assertThat(Validator.standard().validate(roadmap).diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(roadmap.skill(dev.roadmap.core.SkillId.of("sub-17-2")).orElseThrow().requires())
                .containsExactly(dev.roadmap.core.SkillId.of("topic-17"));
    }
}
