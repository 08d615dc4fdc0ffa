package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.ProgressLogReader;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
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
        SourceLocation at = InputFiles.requireFile(file, "a progress log");
        try {
            return ProgressLogReader.load(ProgressInputs.class.getClassLoader()).read(file, roadmap, today, ReadLimits.defaults());
        } catch (IOException e) {
            throw InputFiles.unreadable(at, e);
        }
    }

    /**
     * Reads a progress log of a roadmap and prints its problems (errors and warnings).
     *
     * @return the log, or empty when it has errors
     */
    static Optional<ProgressLog> readChecked(Path file, Roadmap roadmap, LocalDate today, Context ctx) {
        ProgressLog log = read(file, Optional.of(roadmap), today);
        List<Diagnostic> problems = log.check(roadmap, today);
        Diagnostics.print(problems, ctx.err);
        return problems.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : Optional.of(log);
    }
}
