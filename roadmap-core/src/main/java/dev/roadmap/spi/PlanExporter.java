package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes plans in one format. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.roadmap.spi.PlanExporter}); needs a public no-argument constructor.
 * Stateless and thread-safe; never closes the stream; output is deterministic.
 */
public interface PlanExporter {

    /** @return the format's identity */
    FormatDescriptor descriptor();

    /**
     * @param plan    the plan to write
     * @param roadmap the roadmap it was made from (for titles, groups, topics)
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    void write(Plan plan, Roadmap roadmap, OutputStream out) throws IOException;

    /**
     * Writes with per-call options. Exporters that take options override this; the default ignores
     * them and calls {@link #write(Plan, Roadmap, OutputStream)}.
     *
     * @param plan    the plan to write
     * @param roadmap the roadmap it was made from
     * @param out     where to write; not closed
     * @param options options for this call; keys the exporter does not know are ignored
     * @throws IOException when writing fails
     * @throws InvalidOptionException when an option's value is invalid
     */
    default void write(Plan plan, Roadmap roadmap, OutputStream out, FormatOptions options) throws IOException {
        java.util.Objects.requireNonNull(options, "options must not be null");
        write(plan, roadmap, out);
    }

    /**
     * @param plan    the plan
     * @param roadmap its roadmap
     * @return the output as a UTF-8 string
     */
    default String writeToString(Plan plan, Roadmap roadmap) {
        return writeToString(plan, roadmap, FormatOptions.none());
    }

    /**
     * @param plan    the plan
     * @param roadmap its roadmap
     * @param options options for this call
     * @return the output as a UTF-8 string
     */
    default String writeToString(Plan plan, Roadmap roadmap, FormatOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(plan, roadmap, out, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
