package dev.roadmap.core.validate;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a roadmap: every diagnostic, sorted by location.
 *
 * @param diagnostics the problems found
 */
public record ValidationReport(List<Diagnostic> diagnostics) {

    /**
     * Copies the diagnostics.
     * @param diagnostics the problems found
     */
    public ValidationReport {
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
    }

    /** @return whether no diagnostic is an error */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** @return the errors only */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * @param severity a severity
     * @return how many diagnostics have it
     */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * @param code a diagnostic code
     * @return the diagnostics with that code
     */
    public List<Diagnostic> withCode(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }
}
