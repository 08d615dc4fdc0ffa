package dev.roadmap.core.validate;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in a roadmap, with a stable machine-readable code and the place it concerns.
 *
 * @param severity how serious
 * @param code     stable code such as {@code cycle} or {@code unknown-prerequisite}
 * @param message  human-readable text, without the location
 * @param location where in the source (file, 1-based line and column)
 */
public record Diagnostic(Severity severity, String code, String message, SourceLocation location) {

    /** Orders by source, line, column, then severity and code: the order diagnostics are printed in. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparing((Diagnostic d) -> d.location().source())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code);

    /**
     * Validates the components.
     * @param severity how serious
     * @param code stable code such as {@code cycle} or {@code unknown-prerequisite}
     * @param message human-readable text, without the location
     * @param location where in the source (file, 1-based line and column)
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(location, "location must not be null");
    }

    /**
     * @param code     stable code
     * @param message  text
     * @param location where
     * @return an error
     */
    public static Diagnostic error(String code, String message, SourceLocation location) {
        return new Diagnostic(Severity.ERROR, code, message, location);
    }

    /**
     * @param code     stable code
     * @param message  text
     * @param location where
     * @return a warning
     */
    public static Diagnostic warning(String code, String message, SourceLocation location) {
        return new Diagnostic(Severity.WARNING, code, message, location);
    }

    /**
     * @param code     stable code
     * @param message  text
     * @param location where
     * @return a notice
     */
    public static Diagnostic notice(String code, String message, SourceLocation location) {
        return new Diagnostic(Severity.NOTICE, code, message, location);
    }

    /**
     * @param e an exception about an input
     * @return the exception as an error diagnostic (located at the source when it has no location)
     */
    public static Diagnostic of(RoadmapException e) {
        return error(e.code(), e.plainMessage(), e.location().orElse(SourceLocation.unknown("<unknown>")));
    }

    /** @return whether this is an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return {@code FILE:LINE:COL: severity: message [code]}, the CLI's line format */
    @Override
    public String toString() {
        return location + ": " + severity.id() + ": " + message + " [" + code + "]";
    }
}
