package dev.roadmap.cli;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The located {@code io-error}s of the files a command reads: missing, a directory, unreadable. */
final class InputFiles {
    private static final String IO_ERROR = "io-error";

    private InputFiles() {
    }

    /**
     * Fails unless the file exists and is not a directory.
     *
     * @param kind what the file should be, for the error ({@code "a roadmap file"})
     * @return the file's location for later errors
     * @throws ImportException {@code io-error} at the file
     */
    static SourceLocation requireFile(Path file, String kind) {
        SourceLocation at = SourceLocation.unknown(file.toString());
        if (!Files.exists(file)) {
            throw new ImportException(IO_ERROR, "no such file", at, null);
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(IO_ERROR, "is a directory, not " + kind, at, null);
        }
        return at;
    }

    /** @return the {@code io-error} for a file that exists but could not be read */
    static ImportException unreadable(SourceLocation at, IOException e) {
        return new ImportException(IO_ERROR, "cannot read: " + e.getMessage(), at, e);
    }
}
