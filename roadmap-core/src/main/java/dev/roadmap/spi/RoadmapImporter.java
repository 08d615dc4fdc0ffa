package dev.roadmap.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads roadmaps from documents of one format. Found through {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/dev.roadmap.spi.RoadmapImporter}); needs a public
 * no-argument constructor.
 *
 * <p>Implementations are stateless and thread-safe. They never close the stream they are given;
 * the {@link Path} overload opens and closes its own. Every failure is an {@link ImportException}
 * with a location, never another runtime exception.
 */
public interface RoadmapImporter {

    /** @return the format's identity */
    FormatDescriptor descriptor();

    /**
     * A cheap guess whether a document is in this format, for auto-detection.
     *
     * @param fileName the file name (may be empty)
     * @param head     the first bytes of the document (up to 64 KiB)
     * @return confidence from 0 (certainly not) to 1 (certainly)
     */
    double sniff(String fileName, byte[] head);

    /**
     * Reads a roadmap.
     *
     * @param in         the document's bytes; not closed
     * @param sourceName the name used in locations, usually the file name
     * @param limits     limits to enforce
     * @return the roadmap and the importer's remarks
     * @throws IOException     when reading the stream fails
     * @throws ImportException when the document cannot be read
     */
    ImportResult read(InputStream in, String sourceName, ReadLimits limits) throws IOException;

    /**
     * Reads a roadmap with per-call options. Importers that take options override this; the default
     * ignores them and calls {@link #read(InputStream, String, ReadLimits)}.
     *
     * @param in         the document's bytes; not closed
     * @param sourceName the name used in locations, usually the file name
     * @param limits     limits to enforce
     * @param options    options for this call; keys the importer does not know are ignored
     * @return the roadmap and the importer's remarks
     * @throws IOException     when reading the stream fails
     * @throws ImportException when the document cannot be read
     * @throws InvalidOptionException when an option's value is invalid
     */
    default ImportResult read(InputStream in, String sourceName, ReadLimits limits, FormatOptions options) throws IOException {
        java.util.Objects.requireNonNull(options, "options must not be null");
        return read(in, sourceName, limits);
    }

    /**
     * Reads a roadmap from a file with default limits.
     *
     * @param file the file
     * @return the roadmap and the importer's remarks
     * @throws IOException     when reading the file fails
     * @throws ImportException when the document cannot be read
     */
    default ImportResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName() == null ? file.toString() : file.getFileName().toString(), ReadLimits.defaults());
        }
    }

    /**
     * Reads a roadmap from text with default limits.
     *
     * @param text       the document
     * @param sourceName the name used in locations
     * @return the roadmap and the importer's remarks
     * @throws ImportException when the document cannot be read
     */
    default ImportResult read(String text, String sourceName) {
        try {
            return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName, ReadLimits.defaults());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
