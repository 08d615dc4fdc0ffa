package dev.roadmap.io.json.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.json.internal.JsonDocuments;
import dev.roadmap.io.json.internal.JsonNumbers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a {@link ProgressLog} as {@code roadmap-progress/1}: {@code $schema}, {@code format},
 * {@code roadmap}, then {@code entries} in the order logged, each with {@code date}, {@code skill},
 * {@code hours} (exact, whole numbers without a fraction) and, when present, {@code ticked},
 * {@code status} and {@code note}. UTF-8, two-space indentation, final newline; the output depends
 * only on the log. Stateless and thread-safe; never closes the stream.
 *
 * <pre>{@code
 * String json = ProgressJsonWriter.writeToString(ProgressLog.empty("ml-basics"));
 * }</pre>
 */
public final class ProgressJsonWriter {
    /** Where the JSON Schema of the progress format is published. */
    public static final String SCHEMA = "https://roadmap.dev/schema/roadmap-progress-1.schema.json";

    private ProgressJsonWriter() {
    }

    /**
     * @param log the log
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(ProgressLog log, OutputStream out) throws IOException {
        Objects.requireNonNull(log, "log must not be null");
        Objects.requireNonNull(out, "out must not be null");
        JsonDocuments.write(out, g -> document(g, log));
    }

    /**
     * @param log the log
     * @return the document
     */
    public static String writeToString(ProgressLog log) {
        Objects.requireNonNull(log, "log must not be null");
        return JsonDocuments.toString(g -> document(g, log));
    }

    private static void document(JsonGenerator g, ProgressLog log) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("format", ProgressJsonImporter.FORMAT);
        g.writeStringField("roadmap", log.roadmap());
        g.writeArrayFieldStart("entries");
        for (ProgressEntry e : log.entries()) {
            entry(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entry(JsonGenerator g, ProgressEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", e.date().toString());
        g.writeStringField("skill", e.skill().value());
        g.writeFieldName("hours");
        JsonNumbers.exact(g, e.hours());
        if (!e.ticked().isEmpty()) {
            g.writeArrayFieldStart("ticked");
            for (String t : e.ticked()) {
                g.writeString(t);
            }
            g.writeEndArray();
        }
        if (e.status().isPresent()) {
            g.writeStringField("status", e.status().get().id());
        }
        if (e.note().isPresent()) {
            g.writeStringField("note", e.note().get());
        }
        g.writeEndObject();
    }
}
