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
     * @param plan    the plan
     * @param roadmap its roadmap
     * @return the output as a UTF-8 string
     */
    default String writeToString(Plan plan, Roadmap roadmap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(plan, roadmap, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
