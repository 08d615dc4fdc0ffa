package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.validate.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A roadmap read from a document, with what the importer noticed on the way (skipped rows,
 * repaired encoding, ignored values). Validation of the roadmap itself is separate.
 *
 * @param roadmap     the roadmap read
 * @param diagnostics the importer's warnings and notices, located
 */
public record ImportResult(Roadmap roadmap, List<Diagnostic> diagnostics) {

    /**
     * Validates and copies the components.
     * @param roadmap the roadmap read
     * @param diagnostics the importer's warnings and notices, located
     */
    public ImportResult {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
    }

    /**
     * @param roadmap a roadmap read without remarks
     * @return the result
     */
    public static ImportResult of(Roadmap roadmap) {
        return new ImportResult(roadmap, List.of());
    }
}
