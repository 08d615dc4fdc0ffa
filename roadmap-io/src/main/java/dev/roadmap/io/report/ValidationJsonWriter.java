package dev.roadmap.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.writing.internal.JsonWriting;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes validation results as JSON for tools:
 * {@code {"files":[{"file":..,"valid":..,"skills":..,"diagnostics":[{"severity","code","message","file","line","column"}]}]}}.
 * Stateless and thread-safe.
 */
public final class ValidationJsonWriter {
    private ValidationJsonWriter() {
    }

    /**
     * The validation outcome of one file.
     *
     * @param file        the file name as given
     * @param valid       whether it has no error
     * @param skills      number of skills read, or -1 when the file could not be read
     * @param diagnostics everything found
     */
    public record FileReport(String file, boolean valid, int skills, List<Diagnostic> diagnostics) {
        /**
         * Copies the components.
         * @param file the file name as given
         * @param valid whether it has no error
         * @param skills number of skills read, or -1 when the file could not be read
         * @param diagnostics everything found
         */
        public FileReport {
            Objects.requireNonNull(file, "file must not be null");
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * @param reports one per file, in the order checked
     * @return the JSON document, pretty-printed, ending with a newline
     */
    public static String write(List<FileReport> reports) {
        return ReportJson.toString(g -> {
            g.writeStartObject();
            JsonWriting.objects(g, "files", reports, ValidationJsonWriter::file);
            g.writeEndObject();
        });
    }

    private static void file(JsonGenerator g, FileReport r) throws IOException {
        g.writeStringField("file", r.file());
        g.writeBooleanField("valid", r.valid());
        if (r.skills() >= 0) {
            g.writeNumberField("skills", r.skills());
        }
        JsonWriting.objects(g, "diagnostics", r.diagnostics(), ValidationJsonWriter::diagnostic);
    }

    private static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
        JsonWriting.diagnosticHead(g, d);
        g.writeStringField("file", d.location().source());
        ReportJson.position(g, "line", "column", d.location());
    }
}
