package dev.roadmap.cli;

import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The one roadmap document a command reads ({@code FILE [--from FORMAT]}), a picocli mixin of
 * {@code info}, {@code path}, {@code plan} and {@code status}.
 */
final class RoadmapInput {
    @Parameters(index = "0", paramLabel = "FILE", description = "Roadmap document.")
    Path file;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format id (default: detect).")
    String from;

    /** Reads the document, failing with a located one-line error when it cannot be read. */
    ImportResult read(Context ctx) {
        return ctx.read(file, from);
    }

    /**
     * Reads and checks the document for a command that needs a valid roadmap.
     *
     * @param shown which of the diagnostics to print (errors are always among them)
     * @return the import, or empty when it has errors (they have been printed)
     */
    Optional<ImportResult> readValid(Context ctx, Predicate<Diagnostic> shown) {
        ImportResult result = read(ctx);
        List<Diagnostic> diagnostics = ctx.check(result);
        Diagnostics.print(diagnostics.stream().filter(d -> d.isError() || shown.test(d)).toList(), ctx.err);
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : Optional.of(result);
    }
}
