package dev.roadmap.core.validate;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.graph.CycleException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A problem found in a roadmap, with a stable machine-readable code and the place it concerns.
 *
 * @param severity how serious
 * @param code     stable code such as {@code cycle} or {@code unknown-prerequisite}
 * @param message  human-readable text, without the location
 * @param location where in the source (file, 1-based line and column)
 * @param skills   the skills of the roadmap the diagnostic is about, as data (the message names them
 *                 for people; programs read them here instead of parsing the message); empty when it
 *                 concerns no particular skill
 */
public record Diagnostic(Severity severity, String code, String message, SourceLocation location, List<SkillId> skills) {

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
     * @param skills the skills the diagnostic is about
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(location, "location must not be null");
        skills = List.copyOf(Objects.requireNonNull(skills, "skills must not be null"));
    }

    /**
     * A diagnostic about no particular skill.
     *
     * @param severity how serious
     * @param code stable code
     * @param message human-readable text, without the location
     * @param location where in the source
     */
    public Diagnostic(Severity severity, String code, String message, SourceLocation location) {
        this(severity, code, message, location, List.of());
    }

    /**
     * @param about the skills this diagnostic is about
     * @return this diagnostic with {@link #skills()} set to {@code about}
     */
    public Diagnostic about(List<SkillId> about) {
        return new Diagnostic(severity, code, message, location, about);
    }

    /**
     * @param about the skills this diagnostic is about
     * @return this diagnostic with {@link #skills()} set to {@code about}
     */
    public Diagnostic about(SkillId... about) {
        return about(List.of(about));
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
     * @return the exception as an error diagnostic (located at the source when it has no location);
     *         a {@link CycleException} names the skills of its cycle
     */
    public static Diagnostic of(RoadmapException e) {
        Diagnostic d = error(e.code(), e.plainMessage(), e.location().orElse(SourceLocation.unknown("<unknown>")));
        return e instanceof CycleException cycle ? d.about(cycle.cycle()) : d;
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
