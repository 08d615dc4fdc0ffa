package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written with {@code -o} get the permissions any other program's output gets: a new file what
 * the umask allows (the same as a plain {@code Files.newOutputStream}), not owner-only; a replaced file
 * keeps its own. POSIX file systems only.
 */
class OutputPermissionsTest {

    private static void assumePosix(Path dir) throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX permissions");
    }

    @Test
    void aNewFileGetsTheUmaskPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
        assumePosix(dir);
        Path reference = dir.resolve("reference.txt");
        try (OutputStream out = Files.newOutputStream(reference)) {
            out.write('x');
        }
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        Path out = dir.resolve("roadmap.json");
        CliTest.Run r = CliTest.run("convert", CliTest.fixture("valid.json"), "--to", "json", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).as("as any program's new file").isEqualTo(expected);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("reference.txt", "roadmap.json");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        assumePosix(dir);
        Path out = Files.writeString(dir.resolve("plan.md"), "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(out, chosen);
        CliTest.Run r = CliTest.run("convert", CliTest.fixture("valid.json"), "--to", "markdown", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).isNotEqualTo("old");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(chosen);
    }
}
