package dev.roadmap.io.json.internal;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.text.Abbreviations;
import dev.roadmap.spi.ImportException;

/** Small helpers for error messages about input values. Stateless. */
public final class Messages {
    private Messages() {
    }

    /**
     * @param text a value from the input, possibly huge
     * @return the text, cut to a readable length
     */
    public static String abbreviate(String text) {
        return Abbreviations.abbreviate(text);
    }

    /**
     * @param value the value read, or null when the field was absent
     * @param path  the object's path
     * @param field the required field
     * @param at    where the object starts
     * @return the value
     * @throws ImportException {@code missing-field} when the value is null
     */
    public static String required(String value, String path, String field, SourceLocation at) {
        if (value == null) {
            throw new ImportException("missing-field", path + " has no \"" + field + "\"", at, null);
        }
        return value;
    }
}
