package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.io.writing.internal.JsonWriting.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes one JSON document in the house style ({@link JsonFactories#pretty}), UTF-8, ending with a
 * line break: to a stream the caller keeps open, or to a string. Stateless.
 */
public final class JsonDocuments {
    private JsonDocuments() {
    }

    /**
     * @param out  where to write; not closed
     * @param body what to write
     * @throws IOException when writing fails
     */
    public static void write(OutputStream out, Body body) throws IOException {
        try (JsonGenerator g = JsonFactories.pretty(JsonFactories.forWriting().createGenerator(out, JsonEncoding.UTF8))) {
            body.write(g);
            g.writeRaw('\n');
        }
    }

    /**
     * @param body what to write
     * @return the document
     */
    public static String toString(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
