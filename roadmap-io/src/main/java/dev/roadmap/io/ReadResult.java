package dev.roadmap.io;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportResult;
import java.util.List;
import java.util.Objects;

/**
 * A roadmap read by {@link RoadmapEngine}, with the importer's remarks (skipped rows, repaired
 * encoding, ignored values) and the id of the format it was read as. Validation of the roadmap
 * itself is separate: {@link RoadmapEngine#validate(Roadmap)}.
 *
 * <p>This is what an embedder holds; {@link ImportResult} is what an importer plugin returns.
 *
 * @param roadmap     the roadmap read
 * @param diagnostics the importer's warnings and notices, located
 * @param format      the id of the format the document was read as (given or detected)
 */
public record ReadResult(Roadmap roadmap, List<Diagnostic> diagnostics, String format) {

    /**
     * Validates and copies the components.
     *
     * @param roadmap     the roadmap read
     * @param diagnostics the importer's warnings and notices
     * @param format      the format id
     */
    public ReadResult {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
        Objects.requireNonNull(format, "format must not be null");
    }

    /**
     * @param result an importer's result
     * @param format the id of the importer's format
     * @return the same roadmap and remarks, with the format
     */
    public static ReadResult of(ImportResult result, String format) {
        return new ReadResult(result.roadmap(), result.diagnostics(), format);
    }

    /** @return the roadmap and remarks as the SPI's type, for code written against {@code Formats} */
    public ImportResult toImportResult() {
        return new ImportResult(roadmap, diagnostics);
    }
}
