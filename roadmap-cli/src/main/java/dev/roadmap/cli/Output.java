package dev.roadmap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes command output to stdout or to a file. Files are written atomically: to a temporary file
 * beside the target, then moved over it, so a failed or interrupted write never leaves a
 * half-written file or clobbers the previous one.
 */
final class Output {
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
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
