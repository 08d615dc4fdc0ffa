package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.ProgressLogReader;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads and checks progress logs for {@code log}, {@code plan --progress} and {@code status}. */
final class ProgressInputs {
    private ProgressInputs() {
    }

    /** Reads a progress log in any known format (the native one, roadmap.sh progress through its plugin). */
    static ProgressLog read(Path file, Optional<Roadmap> roadmap, LocalDate today) {
        SourceLocation at = SourceLocation.unknown(file.toString());
        if (!Files.exists(file)) {
            throw new ImportException("io-error", "no such file", at, null);
        }
        if (Files.isDirectory(file)) {
            throw new ImportException("io-error", "is a directory, not a progress log", at, null);
        }
        try {
            return ProgressLogReader.load(ProgressInputs.class.getClassLoader()).read(file, roadmap, today, ReadLimits.defaults());
        } catch (IOException e) {
            throw new ImportException("io-error", "cannot read: " + e.getMessage(), at, e);
        }
    }

    /**
     * Prints the log's problems for the roadmap (errors and warnings).
     *
     * @return whether there were errors
     */
    static boolean check(ProgressLog log, Roadmap roadmap, LocalDate today, Context ctx) {
        List<Diagnostic> problems = log.check(roadmap, today);
        Diagnostics.print(problems, ctx.err);
        return problems.stream().anyMatch(Diagnostic::isError);
    }
}
