package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.EXPORTER;
import static dev.roadmap.io.json.JsonFixtures.read;
import static dev.roadmap.io.json.JsonFixtures.roadmap;
import static dev.roadmap.io.json.JsonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden cases: each {@code NAME.json} in {@code src/test/resources/json/} exports exactly as
 * {@code NAME.expected.json}, and reading the export gives an equal roadmap.
 */
class JsonGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "rigid"})
    void exportsImportedDocumentExactlyAsTheGoldenFile(String name) {
        Roadmap imported = roadmap(name + ".json");

        assertThat(EXPORTER.writeToString(imported)).isEqualTo(text(name + ".expected.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "rigid"})
    void readingTheExportGivesAnEqualRoadmap(String name) {
        Roadmap imported = roadmap(name + ".json");

        Roadmap again = read(EXPORTER.writeToString(imported)).roadmap();

        assertThat(again).isEqualTo(imported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "rigid"})
    void goldenFileIsAFixedPointOfImportThenExport(String name) {
        String golden = text(name + ".expected.json");

        assertThat(EXPORTER.writeToString(read(golden).roadmap())).isEqualTo(golden);
    }
}
