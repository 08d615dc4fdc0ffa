package dev.roadmap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes command output to stdout or to a file. Files are written atomically: to a temporary file
 * beside the target, then moved over it, so a failed or interrupted write never leaves a
 * half-written file or clobbers the previous one.
 *
 * <p>The file gets the permissions any other program's output gets: a new file those the umask
 * allows (the temporary file is created like {@code Files.newOutputStream} creates one, not
 * owner-only as {@code Files.createTempFile} would), a replaced file keeps its own, as a shell
 * redirect does. So a report written for a web server stays readable to it.
 */
final class Output {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Output() {
    }

    /** Produces the bytes of an output. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path output, Context ctx, Body body) throws IOException {
        if (output == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            body.writeTo(buffer);
            ctx.out.print(buffer.toString(StandardCharsets.UTF_8));
            ctx.out.flush();
            return;
        }
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw CliException.usage("-o: directory does not exist: " + dir);
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage("-o: " + output + " is a directory");
        }
        Path temp = createTempBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.writeTo(out);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates an empty file with a fresh name beside the target, with the default permissions of a
     * new file (what the umask allows), unlike {@code Files.createTempFile}, which makes it owner-only.
     */
    private static Path createTempBeside(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Replacing a file keeps its permissions, as writing over it would. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target) || !Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> existing = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(temp, existing);
    }
}
