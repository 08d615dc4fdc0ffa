package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import java.util.List;

/**
 * A check of a roadmap. The built-in rules are always applied by {@link Validator#standard()};
 * extra rules are plugins found through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.roadmap.core.validate.ValidationRule}).
 *
 * <p>Implementations must be stateless and thread-safe, must not throw for any roadmap (a rule
 * that throws is reported as a {@code rule-failed} error and skipped), and must give every
 * diagnostic a location (use {@code roadmap.sourceMap().locate(...)}).
 */
public interface ValidationRule {

    /** @return a stable id, e.g. {@code cycle}; the registry rejects duplicates */
    String id();

    /** @return a one-line description for {@code roadmap formats} */
    default String description() {
        return id();
    }

    /**
     * Whether this rule can ever report an {@link Severity#ERROR}. Callers that only need to know
     * whether a roadmap is valid (a scheduler refusing invalid input) skip rules that answer
     * {@code false}; so a rule that reports errors must keep the default.
     *
     * @return {@code true} unless every diagnostic of this rule is a warning or a notice
     */
    default boolean canReportErrors() {
        return true;
    }

    /**
     * @param roadmap the roadmap to check (possibly invalid in other ways)
     * @return the problems found, empty when none
     */
    List<Diagnostic> check(Roadmap roadmap);
}
