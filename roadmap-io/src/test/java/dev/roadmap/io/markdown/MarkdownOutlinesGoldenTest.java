package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden cases for the outline shapes: each {@code outlines/NAME.md} under
 * {@code src/test/resources/markdown/} imports to exactly {@code outlines/NAME.expected.json}
 * (the native JSON export), so a change that reads one of the shapes differently fails here.
 */
class MarkdownOutlinesGoldenTest {
    static final String[] SHAPES = {"nested-checklist", "prose-courses-zh", "day-log-zh", "link-modules", "star-tree",
        "week-markers", "choices-optional"};

    static MarkdownImport load(String name) throws IOException {
        try (InputStream in = MarkdownOutlinesGoldenTest.class.getResourceAsStream("/markdown/outlines/" + name)) {
            return new MarkdownImporter().importDetailed(in, name, ReadLimits.defaults());
        }
    }

    static String text(String name) throws IOException {
        try (InputStream in = MarkdownOutlinesGoldenTest.class.getResourceAsStream("/markdown/outlines/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nested-checklist", "prose-courses-zh", "day-log-zh", "link-modules", "star-tree",
        "week-markers", "choices-optional"})
    void importsTheShapeExactlyAsTheGoldenJson(String name) throws IOException {
        MarkdownImport mi = load(name + ".md");

        assertThat(new JsonExporter().writeToString(mi.roadmap())).isEqualTo(text(name + ".expected.json"));
    }
}
