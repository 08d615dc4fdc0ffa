package dev.roadmap.io.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import dev.roadmap.io.writing.internal.JsonWriting;

/** The JSON layout of the validation reports (Jackson's default pretty printer), in one place. */
final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /**
     * @param body what to write
     * @return the document, ending with a line break
     */
    static String toString(JsonWriting.Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out + "\n";
    }

    /**
     * Writes where a diagnostic is as two numbers, at least 1 each (a document-wide problem is at 1:1).
     *
     * @param g      the generator, inside an object
     * @param line   the line's field name
     * @param column the column's field name
     * @param at     the location
     * @throws IOException when writing fails
     */
    static void position(JsonGenerator g, String line, String column, SourceLocation at) throws IOException {
        g.writeNumberField(line, Math.max(1, at.line()));
        g.writeNumberField(column, Math.max(1, at.column()));
    }
}
