package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Copies JSON values token by token, keeping numbers exactly as written.
 *
 * <p>This is what {@code JsonGenerator.copyCurrentStructure} does, except that Jackson's copy
 * re-encodes floating-point numbers through {@code double} ({@code 1.10} becomes {@code 1.1},
 * {@code 1e400} becomes the string {@code "Infinity"}); unknown fields must survive a round trip
 * untouched, so numbers are copied as their text. Stateless and thread-safe.
 */
public final class RawJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RawJson() {
    }

    /**
     * @param parser a parser on the first token of a value
     * @return the value as compact JSON text; the parser is left on the value's last token
     * @throws IOException when reading fails
     */
    public static String capture(JsonParser parser) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            copy(parser, out);
        }
        return text.toString();
    }

    /**
     * Writes raw JSON text as a value. Text that is not one valid JSON value is written as a
     * string, so a bad extension from another importer never breaks the output.
     *
     * @param raw the JSON text of one value
     * @param out where to write it
     * @throws IOException when writing fails
     */
    public static void write(String raw, JsonGenerator out) throws IOException {
        if (!isValue(raw)) {
            out.writeString(raw);
            return;
        }
        try (JsonParser in = FACTORY.createParser(raw)) {
            in.nextToken();
            copy(in, out);
        }
    }

    private static boolean isValue(String raw) {
        try (JsonParser in = FACTORY.createParser(raw)) {
            if (in.nextToken() == null) {
                return false;
            }
            in.skipChildren();
            return in.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copy(JsonParser in, JsonGenerator out) throws IOException {
        int depth = 0;
        JsonToken t = in.currentToken();
        while (true) {
            if (t == null) {
                throw new IOException("unexpected end of input inside a value");
            }
            switch (t) {
                case START_OBJECT -> {
                    out.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    out.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    out.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    out.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> out.writeFieldName(in.currentName());
                case VALUE_STRING -> out.writeString(in.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
                case VALUE_TRUE -> out.writeBoolean(true);
                case VALUE_FALSE -> out.writeBoolean(false);
                case VALUE_NULL -> out.writeNull();
                default -> throw new IOException("unsupported JSON token " + t);
            }
            if (depth == 0) {
                return;
            }
            t = in.nextToken();
        }
    }
}
