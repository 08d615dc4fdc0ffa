package dev.roadmap.plugins.roadmapsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roadmap.spi.ImportException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document of neither roadmap.sh shape, or with the shape's main member of the wrong type, is a located error. */
class ShapeErrorsTest {

    @Test
    void namesWhatTheShapeNeeds() {
        Map<String, String> expected = Map.of(
                "[]", "unsupported-format@1:1 a roadmap.sh roadmap is a JSON object",
                "{\"title\": 1}", "unsupported-format@1:1 a roadmap.sh roadmap is a JSON object",
                "{\"nodes\": {}}", "wrong-type@1:11 \"nodes\" must be a list of nodes",
                "{\"mockup\": []}", "wrong-type@1:12 \"mockup\" must be an object");
        expected.forEach((json, error) -> {
            ImportException e = catchThrowableOfType(() -> new RoadmapShImporter().read(json, "bad.json"), ImportException.class);
            assertThat(e).as(json).isNotNull();
            assertThat(e.code() + "@" + e.location().orElseThrow().line() + ":" + e.location().orElseThrow().column()
                    + " " + e.plainMessage()).as(json).startsWith(error);
        });
    }
}
