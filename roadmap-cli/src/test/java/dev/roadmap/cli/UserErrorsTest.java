package dev.roadmap.cli;

import static dev.roadmap.cli.CliTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every user error the command line can meet ends in one readable line and the documented exit code;
 * {@link CliTest#run} fails any run that prints a stack trace.
 */
class UserErrorsTest {

    @Test
    void unknownInputFormatIsAUsageErrorListingTheKnownOnes() {
        CliTest.Run r = CliTest.run("validate", "--from", "nonsense", fixture("valid.json"));
        assertThat(r.code()).isIn(1, 2);
        assertThat(r.err()).contains("nonsense").contains("json").contains("markdown");
    }

    @Test
    void undetectableFormatAsksForFrom(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blob.bin");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3});
        CliTest.Run r = CliTest.run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(file.toString()).contains("--from");
    }

    @Test
    void limitExceededNamesTheLimitAndWhere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep.md");
        Files.writeString(file, "# Deep\n\n" + ">".repeat(5_000) + " item (1h)\n");
        CliTest.Run r = CliTest.run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(file + ":3:").contains("maxNestingDepth");
    }

    @Test
    void unreadableFileIsAnInputError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("secret.json");
        Files.writeString(file, "{\"format\":\"roadmap/1\",\"id\":\"x\",\"skills\":[]}");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
        CliTest.Run r = CliTest.run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(file.toString()).contains("[io-error]");
    }

    @Test
    void outputIntoAMissingDirectoryIsAUsageError(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("convert", fixture("valid.json"), "--to", "json", "-o", dir.resolve("no/such/out.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("directory does not exist");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(CliTest.run("plan", fixture("valid.json"), "--max-parallel", "zero").code()).isEqualTo(2);
        assertThat(CliTest.run("plan", fixture("valid.json"), "--estimate", "huge").code()).isEqualTo(2);
        assertThat(CliTest.run("plan", fixture("valid.json"), "--week-hours", "x=y").code()).isEqualTo(2);
        assertThat(CliTest.run("plan", fixture("valid.json"), "--done", "no-such-skill").code()).isEqualTo(1);
        assertThat(CliTest.run("validate", "--fail-on", "sometimes", fixture("valid.json")).code()).isEqualTo(2);
    }

    @Test
    void aWordOptionOutsideItsListNamesEveryAcceptedWord(@TempDir Path dir) {
        String valid = fixture("valid.json");
        String log = dir.resolve("progress.json").toString();
        assertThat(CliTest.run("plan", valid, "--estimate", "huge").err())
                .contains("--estimate: expected low, mid or high, got 'huge'");
        assertThat(CliTest.run("plan", valid, "--priority", "random").err())
                .contains("--priority: expected coherent, longest-path, document or shortest, got 'random'");
        assertThat(CliTest.run("plan", valid, "--effort", "heroic").err())
                .contains("--effort: expected fast, balanced or thorough, got 'heroic'");
        assertThat(CliTest.run("status", valid, "--progress", log, "--format", "yaml").err())
                .contains("--format: expected text or json, got 'yaml'");
        CliTest.Run status = CliTest.run("log", log, "--skill", "a", "--status", "finished");
        assertThat(status.code()).isEqualTo(2);
        assertThat(status.err()).contains("--status: expected doing, done or skipped, got 'finished'");
        assertThat(Files.exists(Path.of(log))).as("a refused entry creates no log").isFalse();
    }

    @Test
    void wordOptionsIgnoreCase() {
        assertThat(CliTest.run("plan", fixture("valid.json"), "--estimate", "HIGH", "--priority", "Document",
                "--effort", "FAST", "--hours-per-week", "10").code()).isZero();
    }
}
