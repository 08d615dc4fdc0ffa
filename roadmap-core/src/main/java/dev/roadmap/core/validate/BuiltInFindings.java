package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each built-in rule found in one roadmap, checked once per rule: a roadmap is immutable and
 * the built-in rules are pure functions of it, so validating the same instance again (the caller
 * validates, then the scheduler checks the roadmap it plans) costs a map lookup per rule. Held on
 * the roadmap through {@link Roadmap#derived}, like its prerequisite graph, so it lives exactly as
 * long as the roadmap. Plugin rules are never memoised. Thread-safe: two threads may run the same
 * rule at once, and then both get the first result stored.
 */
final class BuiltInFindings {
    private final ConcurrentHashMap<String, List<Diagnostic>> byRule = new ConcurrentHashMap<>();

    private BuiltInFindings() {
    }

    /**
     * @param rule    a built-in rule
     * @param roadmap the roadmap to check
     * @return the rule's diagnostics on the roadmap, computed on the first call for this roadmap
     */
    static List<Diagnostic> check(BuiltInRules.BuiltInRule rule, Roadmap roadmap) {
        BuiltInFindings findings = roadmap.derived(BuiltInFindings.class, r -> new BuiltInFindings());
        List<Diagnostic> found = findings.byRule.get(rule.id());
        if (found == null) {
            List<Diagnostic> computed = List.copyOf(rule.check(roadmap));
            found = findings.byRule.putIfAbsent(rule.id(), computed);
            if (found == null) {
                found = computed;
            }
        }
        return found;
    }
}
