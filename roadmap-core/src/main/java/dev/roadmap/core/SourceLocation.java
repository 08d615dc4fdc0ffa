package dev.roadmap.core;

import java.util.Objects;

/**
 * A place in an input document: the source name (usually a file name) and a 1-based line
 * and column. Line and column 0 mean "unknown" (the whole source).
 *
 * @param source the name of the source, e.g. {@code roadmap.json}; never null
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String source, int line, int column) {

    /** Name used for roadmaps built through the API rather than read from a document. */
    public static final String API_SOURCE = "<api>";

    /**
     * Validates the components.
     * @param source the name of the source, e.g. {@code roadmap.json}; never null
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     */
    public SourceLocation {
        Objects.requireNonNull(source, "source must not be null");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /**
     * @param source the source name
     * @param line   1-based line
     * @param column 1-based column
     * @return the location
     */
    public static SourceLocation of(String source, int line, int column) {
        return new SourceLocation(source, line, column);
    }

    /**
     * @param source the source name
     * @return a location naming only the source (line and column unknown)
     */
    public static SourceLocation unknown(String source) {
        return new SourceLocation(source, 0, 0);
    }

    /** @return whether line information is known */
    public boolean hasLine() {
        return line > 0;
    }

    /** @return {@code source:line:column}, or just {@code source} when the line is unknown */
    @Override
    public String toString() {
        if (line == 0) {
            return source;
        }
        return source + ":" + line + ":" + Math.max(column, 1);
    }
}
