package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportException;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * A streaming JSON parser with typed reads that fail as located {@link ImportException}s.
 * Every read names the value by its path ({@code skills[3].requires}) so messages say what is
 * wrong where. Wraps one parser for one document; not thread-safe; does not close the parser.
 */
public final class JsonCursor {
    private final JsonParser parser;
    private final String source;
    /** Where the name of the last field not in its object's known set starts. */
    private SourceLocation unknownFieldAt;

    /** Handles the value of one field; must consume the whole value. */
    @FunctionalInterface
    public interface FieldHandler {
        /**
         * @param name the field name; the cursor is on the field's value
         * @throws IOException when reading fails
         */
        void field(String name) throws IOException;
    }

    /**
     * A value's path ({@code skills[3].requires[0]}) for messages, made only when a message needs
     * it: a large document has millions of values and almost never an error.
     */
    @FunctionalInterface
    public interface Path {
        /** @return the path text */
        String text();
    }

    /** Handles one element of an array; must consume the whole element. */
    @FunctionalInterface
    public interface ElementHandler {
        /**
         * @param index the element's 0-based position; the cursor is on the element
         * @throws IOException when reading fails
         */
        void element(int index) throws IOException;
    }

    /**
     * @param parser the parser to read
     * @param source the source name used in locations
     */
    public JsonCursor(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** @return the underlying parser */
    public JsonParser parser() {
        return parser;
    }

    /** @return the source name */
    public String source() {
        return source;
    }

    /**
     * @return the next token, or null at the end of input
     * @throws IOException when the input is malformed or cannot be read
     */
    public JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /** @return the current token */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** @return where the current token starts */
    public SourceLocation here() {
        return location(parser.currentTokenLocation());
    }

    /**
     * Where the current token starts, as {@code (line << 32) | column} with both as {@link #here()}
     * gives them, without making a location object (a large document records millions).
     *
     * @return the packed line and column
     */
    public long herePacked() {
        if (parser instanceof ParserBase base && base.currentToken() != JsonToken.FIELD_NAME) {
            int column = base.getTokenColumnNr();   // Jackson's own location is this minus one
            return ((long) Math.max(base.getTokenLineNr(), 0) << 32) | Math.max(column < 0 ? column : column - 1, 0);
        }
        SourceLocation at = here();
        return ((long) at.line() << 32) | at.column();
    }

    /**
     * @param packed a position from {@link #herePacked()}
     * @return the same place as a {@link SourceLocation}
     */
    public SourceLocation location(long packed) {
        return SourceLocation.of(source, (int) (packed >>> 32), (int) packed);
    }

    /**
     * @param at a Jackson location (may be null)
     * @return the same place as a {@link SourceLocation} (unknown when null)
     */
    public SourceLocation location(JsonLocation at) {
        if (at == null) {
            return SourceLocation.unknown(source);
        }
        return SourceLocation.of(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }

    /**
     * @param code    stable error code
     * @param message what is wrong
     * @return an exception located at the current token
     */
    public ImportException error(String code, String message) {
        return new ImportException(code, message, here(), null);
    }

    /**
     * @param path     the value's path
     * @param expected what it should be, e.g. {@code "a string"}
     * @return a {@code wrong-type} exception at the current token
     */
    public ImportException wrongType(String path, String expected) {
        return error("wrong-type", path + " must be " + expected + ", found " + describe(token()));
    }

    /**
     * Reads an object's fields; null values of {@code known} fields are skipped as if absent.
     *
     * @param path    the object's path
     * @param known   the fields the caller understands
     * @param handler called on each field's value
     * @throws IOException when reading fails
     */
    public void object(String path, Set<String> known, FieldHandler handler) throws IOException {
        object(() -> path, known, handler);
    }

    /**
     * Reads an object's fields; null values of {@code known} fields are skipped as if absent.
     *
     * @param path    the object's path, made only for a message
     * @param known   the fields the caller understands
     * @param handler called on each field's value
     * @throws IOException when reading fails
     */
    public void object(Path path, Set<String> known, FieldHandler handler) throws IOException {
        object(path, known, Set.of(), handler);
    }

    /**
     * Reads an object's fields; null values of {@code known} fields are skipped as if absent,
     * those of {@code nullable} fields reach the handler.
     *
     * @param path     the object's path, made only for a message
     * @param known    the fields the caller understands whose null means absent
     * @param nullable the fields the caller understands whose null means something
     * @param handler  called on each field's value
     * @throws IOException when reading fails
     */
    public void object(Path path, Set<String> known, Set<String> nullable, FieldHandler handler) throws IOException {
        if (token() != JsonToken.START_OBJECT) {
            throw wrongType(path.text(), "an object");
        }
        while (next() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            boolean isKnown = known.contains(name);
            unknownFieldAt = isKnown || nullable.contains(name) ? null : here();
            JsonToken value = next();
            if (value == JsonToken.VALUE_NULL && isKnown) {
                continue;
            }
            handler.field(name);
        }
    }

    /**
     * @return where the name of the field being handled starts, when that field is not one of
     *     its object's known or nullable fields (see {@link #object}); else where its value starts
     */
    public SourceLocation unknownFieldHere() {
        return unknownFieldAt != null ? unknownFieldAt : here();
    }

    /**
     * @param path    the array's path
     * @param handler called on each element
     * @throws IOException when reading fails
     */
    public void array(String path, ElementHandler handler) throws IOException {
        array(() -> path, handler);
    }

    /**
     * @param path    the array's path, made only for a message
     * @param handler called on each element
     * @throws IOException when reading fails
     */
    public void array(Path path, ElementHandler handler) throws IOException {
        if (token() != JsonToken.START_ARRAY) {
            throw wrongType(path.text(), "an array");
        }
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
            handler.element(index++);
        }
    }

    /**
     * @param path the value's path
     * @return the current string value
     * @throws IOException when reading fails
     */
    public String string(String path) throws IOException {
        return string(() -> path);
    }

    /**
     * @param path the value's path, made only for a message
     * @return the current string value
     * @throws IOException when reading fails
     */
    public String string(Path path) throws IOException {
        if (token() != JsonToken.VALUE_STRING) {
            throw wrongType(path.text(), "a string");
        }
        return parser.getText();
    }

    /**
     * @param path the value's path
     * @return the current boolean value
     */
    public boolean bool(String path) {
        return bool(() -> path);
    }

    /**
     * @param path the value's path, made only for a message
     * @return the current boolean value
     */
    public boolean bool(Path path) {
        JsonToken t = token();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw wrongType(path.text(), "true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /**
     * @param path the value's path
     * @param min  smallest value allowed
     * @param max  largest value allowed
     * @return the current number, checked to be in {@code [min, max]}
     * @throws IOException when reading fails
     */
    public double number(String path, double min, double max) throws IOException {
        return number(() -> path, min, max);
    }

    /**
     * @param path the value's path, made only for a message
     * @param min  smallest value allowed
     * @param max  largest value allowed
     * @return the current number, checked to be in {@code [min, max]}
     * @throws IOException when reading fails
     */
    public double number(Path path, double min, double max) throws IOException {
        JsonToken t = token();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(path.text(), "a number");
        }
        double v = parser.getDoubleValue();
        if (!(v >= min && v <= max)) {
            throw error("invalid-value", path.text() + " must be between " + plain(min) + " and " + plain(max)
                    + ", got " + parser.getText());
        }
        return v;
    }

    /**
     * @param path the value's path
     * @param min  smallest value allowed
     * @param max  largest value allowed
     * @return the current number as a whole number in {@code [min, max]}
     * @throws IOException when reading fails
     */
    public int integer(String path, int min, int max) throws IOException {
        double v = number(path, min, max);
        if (v != Math.rint(v)) {
            throw error("invalid-value", path + " must be a whole number, got " + parser.getText());
        }
        return (int) v;
    }

    /**
     * Reads an object whose every field is a number, such as track id to weekly hours.
     *
     * @param path the object's path
     * @param min  smallest value allowed
     * @param max  largest value allowed
     * @param into where to put the values, in document order
     * @throws IOException when reading fails
     */
    public void numbers(String path, double min, double max, Map<String, Double> into) throws IOException {
        object(path, Set.of(), name -> into.put(name, number(path + "." + name, min, max)));
    }

    /**
     * @return the current value (scalar, object or array) as compact JSON text, consuming it
     * @throws IOException when reading fails
     */
    public String raw() throws IOException {
        return RawJson.capture(parser);
    }

    /**
     * Skips the current value.
     *
     * @throws IOException when reading fails
     */
    public void skip() throws IOException {
        parser.skipChildren();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the document";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
