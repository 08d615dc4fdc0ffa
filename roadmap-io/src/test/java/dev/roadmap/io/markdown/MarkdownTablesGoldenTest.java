package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden cases for the table shapes people write: each {@code markdown/tables/NAME.md} imports to
 * exactly {@code NAME.expected.json} (the native JSON export) with exactly the diagnostics of
 * {@code NAME.expected.txt}. On a mismatch the actual output is written under
 * {@code target/golden-actual/} to compare.
 */
class MarkdownTablesGoldenTest {
    private static final String DIR = "/markdown/tables/";

    @ParameterizedTest
    @ValueSource(strings = {"course-table", "week-plan-mdx", "stage-table-pt", "exercises-es", "paragraph-table",
        "duration-load", "html-table"})
    void importsTheShapeExactlyAsTheGoldenFiles(String name) throws IOException {
        ImportResult result;
        try (InputStream in = MarkdownTablesGoldenTest.class.getResourceAsStream(DIR + name + ".md")) {
            result = new MarkdownImporter().read(in, name + ".md", ReadLimits.defaults());
        }
        String json = new JsonExporter().writeToString(result.roadmap());
        String diagnostics = result.diagnostics().stream().map(Diagnostic::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        String expectedJson = text(name + ".expected.json");
        String expectedDiagnostics = text(name + ".expected.txt");
        if (!json.equals(expectedJson) || !diagnostics.equals(expectedDiagnostics)) {
            Path out = Path.of("target", "golden-actual");
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".expected.json"), json, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".expected.txt"), diagnostics, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(expectedJson);
        assertThat(diagnostics).isEqualTo(expectedDiagnostics);
    }

    private static String text(String name) {
        try (InputStream in = MarkdownTablesGoldenTest.class.getResourceAsStream(DIR + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
