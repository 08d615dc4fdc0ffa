package dev.roadmap.io.json.tree;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roadmap.io.json.internal.ByteLimitInputStream;
import dev.roadmap.io.json.internal.JsonFactories;
import dev.roadmap.io.json.internal.Utf8Input;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document into a located {@link Json} tree with Jackson's streaming parser, enforcing
 * {@link ReadLimits} the way roadmap-io does: the byte limit while reading, nesting depth and string
 * length through {@link StreamReadConstraints}, strict UTF-8 (a byte order mark is dropped), duplicate
 * keys refused. Columns count characters, as editors do. Every failure is a located
 * {@link ImportException}. Stateless apart from the factory cache; thread-safe.
 */
public final class JsonTreeReader {

    private JsonTreeReader() {
    }

    /**
     * @param in     the document; not closed
     * @param source the source name for locations
     * @param limits the limits to enforce
     * @return the root value
     * @throws IOException     when reading the stream fails
     * @throws ImportException when the document is not one well-formed JSON value within the limits
     */
    public static Json read(InputStream in, String source, ReadLimits limits) throws IOException {
        Reader reader = Utf8Input.open(in, limits.maxDocumentBytes());
        JsonFactory factory = JsonFactories.forReading(limits);
        try (JsonParser parser = factory.createParser(reader)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new ImportException("empty-document", "the document is empty; expected a JSON object",
                            SourceLocation.of(source, 1, 1), null);
                }
                Json root = value(parser, source);
                JsonToken after = parser.nextToken();
                if (after != null) {
                    throw new ImportException("trailing-content", "only whitespace may follow the root value",
                            at(parser.currentTokenLocation(), source), null);
                }
                return root;
            } catch (StreamConstraintsException e) {
                throw limit(e, parser, source, limits);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
                throw new ImportException("malformed-json", "malformed JSON: " + message, at(where, source), e);
            } catch (ByteLimitInputStream.DocumentTooLargeException e) {
                throw new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(),
                        "the document has more bytes", at(parser.currentLocation(), source));
            } catch (CharacterCodingException e) {
                throw new ImportException("invalid-encoding", "the document is not valid UTF-8 (at or after this point)",
                        at(parser.currentLocation(), source), e);
            }
        }
    }

    private static Json value(JsonParser p, String source) throws IOException {
        SourceLocation where = at(p.currentTokenLocation(), source);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Json> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, value(p, source));
                }
                return new Json(Json.Kind.OBJECT, null, fields, List.of(), where);
            }
            case START_ARRAY -> {
                List<Json> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(p, source));
                }
                return new Json(Json.Kind.ARRAY, null, Map.of(), elements, where);
            }
            case VALUE_STRING -> {
                return new Json(Json.Kind.STRING, p.getText(), Map.of(), List.of(), where);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Json(Json.Kind.NUMBER, p.getText(), Map.of(), List.of(), where);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Json(Json.Kind.BOOLEAN, p.getText(), Map.of(), List.of(), where);
            }
            case VALUE_NULL -> {
                return new Json(Json.Kind.NULL, null, Map.of(), List.of(), where);
            }
            default -> throw new ImportException("malformed-json", "malformed JSON: unexpected " + t, where, null);
        }
    }

    /**
     * @param at     a Jackson location, possibly null
     * @param source the source name
     * @return the location, at least line 1 column 1
     */
    static SourceLocation at(JsonLocation at, String source) {
        if (at == null) {
            return SourceLocation.of(source, 1, 1);
        }
        return SourceLocation.of(source, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
    }

    private static ImportException limit(StreamConstraintsException e, JsonParser p, String source, ReadLimits limits) {
        String message = String.valueOf(e.getOriginalMessage());
        SourceLocation where = at(p.currentTokenLocation(), source);
        if (message.startsWith("Document nesting depth")) {
            return new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(), "the document nests values deeper", where);
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return new LimitExceededException("maxStringLength", limits.maxStringLength(), "a string is longer", where);
        }
        if (message.startsWith("Document length")) {
            return new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(), "the document has more bytes", where);
        }
        return new ImportException("limit-exceeded", message, where, e);
    }
}
