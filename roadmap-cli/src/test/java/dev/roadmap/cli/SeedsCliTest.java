package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real documents in {@code ../shared/seeds} (present in the team's checkouts and CI, absent
 * from a user's clone, where these tests are skipped) go through every CLI command that reads them.
 */
class SeedsCliTest {

    static Stream<Path> seeds() throws IOException {
        Path dir = Path.of("../../shared/seeds");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../shared/seeds");
        }
        if (!Files.isDirectory(dir)) {
            return Stream.of(Path.of("absent"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedValidatesConvertsAndPlans(Path seed, @TempDir Path out) throws IOException {
        assumeTrue(Files.exists(seed), "../shared/seeds is not present");
        String file = seed.toString();

        CliTest.Run validate = CliTest.run("validate", file);
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).contains(": valid (");

        Path json = out.resolve("seed.json");
        assertThat(CliTest.run("convert", file, "--to", "json", "-o", json.toString()).code()).isZero();
        CliTest.Run reread = CliTest.run("validate", json.toString());
        assertThat(reread.code()).as(reread.err()).isZero();
        assertThat(skills(reread.out())).isEqualTo(skills(validate.out()));

        CliTest.Run markdown = CliTest.run("convert", file, "--to", "markdown");
        assertThat(markdown.code()).isZero();
        assertThat(markdown.out()).startsWith("# ");

        CliTest.Run plan = CliTest.run("plan", file, "--hours-per-week", "8", "--start", "2026-12-07");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("2026-12-07").contains("lower bound");

        CliTest.Run info = CliTest.run("info", "--explain", file);
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("How the document was read:");
    }

    /** Every bundled roadmap and plan exporter, on every seed: the plugin formats too read what people write. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedConvertsAndPlansToEveryBundledFormat(Path seed) {
        assumeTrue(Files.exists(seed), "../shared/seeds is not present");
        String file = seed.toString();
        for (String format : List.of("mermaid", "dot", "csv", "case", "json", "markdown")) {
            CliTest.Run r = CliTest.run("convert", file, "--to", format);
            assertThat(r.code()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).as(format).isNotBlank();
        }
        for (String format : List.of("mermaid-gantt", "ics", "csv", "html", "mspdi", "json", "markdown")) {
            CliTest.Run r = CliTest.run("plan", file, "--hours-per-week", "8", "--start", "2026-12-07", "--to", format);
            assertThat(r.code()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).as(format).isNotBlank();
        }
    }

    private static String skills(String validateOut) {
        List<String> parts = List.of(validateOut.split("[(,]"));
        return parts.size() > 1 ? parts.get(1).trim() : validateOut;
    }
}
