package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Pattern;

/**
 * Translates what Jackson and the input throw into located {@link ImportException}s with stable
 * codes, so no parser exception reaches callers. Stateless.
 */
public final class JsonErrors {
    private static final String DUPLICATE = "Duplicate field '";
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: .*?; (line: \\d+, column: \\d+)]");

    private JsonErrors() {
    }

    /**
     * @param e      a parse error
     * @param cursor the cursor that was reading
     * @return {@code duplicate-key} at the repeated key, or {@code malformed-json} where the parser stopped
     */
    public static ImportException syntax(JsonProcessingException e, JsonCursor cursor) {
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        SourceLocation at = cursor.location(e.getLocation() != null ? e.getLocation() : cursor.parser().currentLocation());
        if (message.startsWith(DUPLICATE) && message.endsWith("'")) {
            String name = message.substring(DUPLICATE.length(), message.length() - 1);
            return new ImportException("duplicate-key", "duplicate key \"" + Messages.abbreviate(name)
                    + "\"; every key may appear once per object", keyStart(at, name), e);
        }
        message = JACKSON_SOURCE.matcher(message).replaceAll("$1");
        return new ImportException("malformed-json", "malformed JSON: " + message, at, e);
    }

    /**
     * Jackson reports a duplicate key just after its closing quote; step back to its opening quote
     * (exact unless the key is written with escapes).
     */
    private static SourceLocation keyStart(SourceLocation after, String name) {
        int column = after.column() - name.length() - 2;
        return column >= 1 ? SourceLocation.of(after.source(), after.line(), column) : after;
    }

    /**
     * @param e      a Jackson limit violation
     * @param cursor the cursor that was reading
     * @param limits the limits in force
     * @return the violation as a {@link LimitExceededException} naming the {@link ReadLimits} property
     */
    public static ImportException limit(StreamConstraintsException e, JsonCursor cursor, ReadLimits limits) {
        String message = String.valueOf(e.getOriginalMessage());
        SourceLocation at = cursor.here();
        if (message.startsWith("Document nesting depth")) {
            return new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(),
                    "the document nests values deeper", at);
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return new LimitExceededException("maxStringLength", limits.maxStringLength(),
                    "a string is longer", at);
        }
        if (message.startsWith("Document length")) {
            return tooLarge(cursor, limits);
        }
        return new ImportException("limit-exceeded", message, at, e);
    }

    /**
     * @param cursor the cursor that was reading
     * @param limits the limits in force
     * @return the {@code maxDocumentBytes} violation, located where reading stopped
     */
    public static ImportException tooLarge(JsonCursor cursor, ReadLimits limits) {
        return new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(),
                "the document has more bytes", locationOf(cursor.parser().currentLocation(), cursor));
    }

    /**
     * @param e      the decoder's complaint
     * @param cursor the cursor that was reading
     * @return {@code invalid-encoding} near where reading stopped
     */
    public static ImportException encoding(CharacterCodingException e, JsonCursor cursor) {
        return new ImportException("invalid-encoding", "the document is not valid UTF-8 (at or after this point)",
                locationOf(cursor.parser().currentLocation(), cursor), e);
    }

    private static SourceLocation locationOf(JsonLocation at, JsonCursor cursor) {
        return cursor.location(at);
    }
}
