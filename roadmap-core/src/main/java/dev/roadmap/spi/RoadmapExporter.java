package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes roadmaps in one format. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.roadmap.spi.RoadmapExporter}); needs a public no-argument constructor.
 * Stateless and thread-safe; never closes the stream; output is deterministic.
 */
public interface RoadmapExporter {

    /** @return the format's identity */
    FormatDescriptor descriptor();

    /**
     * @param roadmap the roadmap to write
     * @param out     where to write (text formats write UTF-8); not closed
     * @throws IOException when writing fails
     */
    void write(Roadmap roadmap, OutputStream out) throws IOException;

    /**
     * Writes with per-call options. Exporters that take options override this; the default ignores
     * them and calls {@link #write(Roadmap, OutputStream)}.
     *
     * @param roadmap the roadmap to write
     * @param out     where to write; not closed
     * @param options options for this call; keys the exporter does not know are ignored
     * @throws IOException when writing fails
     * @throws InvalidOptionException when an option's value is invalid
     */
    default void write(Roadmap roadmap, OutputStream out, FormatOptions options) throws IOException {
        java.util.Objects.requireNonNull(options, "options must not be null");
        write(roadmap, out);
    }

    /**
     * @param roadmap the roadmap to write
     * @return the output as a UTF-8 string
     */
    default String writeToString(Roadmap roadmap) {
        return writeToString(roadmap, FormatOptions.none());
    }

    /**
     * @param roadmap the roadmap to write
     * @param options options for this call
     * @return the output as a UTF-8 string
     */
    default String writeToString(Roadmap roadmap, FormatOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(roadmap, out, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
