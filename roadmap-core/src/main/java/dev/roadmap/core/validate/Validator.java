package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks roadmaps with a fixed set of rules. {@link #standard()} has the built-in rules only; the
 * validator of a {@code PluginRegistry} (and of {@code dev.roadmap.io.RoadmapEngine}, the usual way
 * in) adds the rules of plugins found on the class path. Add rules by hand with {@link #toBuilder()}.
 * A rule other than the built-in ones that throws is reported as a
 * {@code rule-failed} error naming the rule, and the other rules still run.
 *
 * <p>Built-in diagnostic codes: {@code duplicate-id}, {@code self-dependency},
 * {@code unknown-prerequisite}, {@code unknown-recommendation}, {@code cycle},
 * {@code unparseable-effort}, {@code missing-effort}, {@code open-ended-effort},
 * {@code effort-and-pace}, {@code unknown-track}, {@code unknown-group}, {@code unknown-group-parent},
 * {@code group-cycle}, {@code unknown-choice-skill}, {@code skill-in-two-options},
 * {@code unknown-default-option}, {@code duplicate-option}, {@code redundant-prerequisite},
 * {@code unparseable-declared-duration}, {@code declared-duration-mismatch}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(roadmap);
 * report.diagnostics().forEach(System.err::println);   // file:line:col: error: ... [code]
 * }</pre>
 */
public final class Validator {
    private static final Validator STANDARD = new Validator(BuiltInRules.all());

    private final List<ValidationRule> rules;

    private Validator(List<ValidationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return a validator with the built-in rules only (no plugin rules: see {@code PluginRegistry.validator()}) */
    public static Validator standard() {
        return STANDARD;
    }

    /**
     * The rules of this validator that can report errors, for callers that only need
     * {@link ValidationReport#isValid()} (the scheduler checks every roadmap it plans, and at a
     * million skills the notice-only redundant-prerequisite search would be most of that check).
     *
     * @return a validator with the same rules minus those whose {@link ValidationRule#canReportErrors()} is false
     */
    public Validator errorChecks() {
        Builder b = builder();
        rules.stream().filter(ValidationRule::canReportErrors).forEach(b::addRule);
        return b.build();
    }

    /** @return a builder starting without rules */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting with this validator's rules */
    public Builder toBuilder() {
        Builder b = new Builder();
        rules.forEach(b::addRule);
        return b;
    }

    /** @return the rules, in the order they run */
    public List<ValidationRule> rules() {
        return rules;
    }

    /**
     * The built-in rules' findings are memoised on the roadmap (it is immutable): validating the
     * same instance again, with this or any other validator, runs only the plugin rules again.
     *
     * @param roadmap the roadmap to check
     * @return every diagnostic, sorted by location
     */
    public ValidationReport validate(Roadmap roadmap) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        List<Diagnostic> all = new ArrayList<>();
        for (ValidationRule rule : rules) {
            if (rule instanceof BuiltInRules.BuiltInRule builtIn) {
                // memoised per roadmap; a failure of our own rules is a bug: not hidden
                all.addAll(BuiltInFindings.check(builtIn, roadmap));
                continue;
            }
            try {
                all.addAll(rule.check(roadmap));
            } catch (RuntimeException | StackOverflowError e) {
                // Deliberate plugin isolation: a third-party rule that throws is reported by name as a
                // rule-failed error and the other rules still run.
                all.add(Diagnostic.error("rule-failed", "validation rule '" + rule.id() + "' ("
                        + rule.getClass().getName() + ") failed: " + e, SourceLocation.unknown(roadmap.source())));
            }
        }
        all.sort(Diagnostic.BY_LOCATION);
        return new ValidationReport(all);
    }

    /** Mutable builder of a {@link Validator}; not thread-safe. */
    public static final class Builder {
        private final Map<String, ValidationRule> rules = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param rule a rule to add
         * @return this
         * @throws IllegalArgumentException when a rule with the same id is already present
         */
        public Builder addRule(ValidationRule rule) {
            Objects.requireNonNull(rule, "rule must not be null");
            ValidationRule previous = rules.putIfAbsent(rule.id(), rule);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate validation rule id '" + rule.id() + "': "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
            return this;
        }

        /** @return the validator */
        public Validator build() {
            return new Validator(new ArrayList<>(rules.values()));
        }
    }
}
