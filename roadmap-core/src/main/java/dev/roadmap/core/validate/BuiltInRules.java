package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import java.util.List;
import java.util.function.Function;

/** The rules every {@link Validator#standard()} applies, in order. */
final class BuiltInRules {
    private BuiltInRules() {
    }

    /**
     * A built-in rule as one value: its id, whether it can report errors, its description and its
     * check (a static method of the rule's class). Immutable and thread-safe.
     */
    record BuiltInRule(String id, boolean canReportErrors, String description, Function<Roadmap, List<Diagnostic>> checker)
            implements ValidationRule {
        @Override
        public List<Diagnostic> check(Roadmap roadmap) {
            return checker.apply(roadmap);
        }
    }

    static List<ValidationRule> all() {
        return List.of(
                new BuiltInRule("duplicate-id", true,
                        "skill, track, group and choice ids are unique", DuplicateIdRule::check),
                new BuiltInRule("references", true,
                        "prerequisites, recommendations, tracks and groups name existing ids; no skill requires itself", ReferenceRule::check),
                new BuiltInRule("cycle", true,
                        "hard prerequisites form no cycle", CycleRule::check),
                new BuiltInRule("effort", true,
                        "efforts are readable; skills without effort or pace are flagged", EffortRule::check),
                new BuiltInRule("groups", true,
                        "group parents exist and nesting has no cycle", GroupRule::check),
                new BuiltInRule("choices", true,
                        "choice options name existing skills, each skill in at most one option, defaults exist", ChoiceRule::check),
                new BuiltInRule("redundant-prerequisite", false,
                        "notes requires edges implied by other requires edges", RedundantPrerequisiteRule::check),
                new BuiltInRule("declared-duration", false,
                        "the declared total duration agrees with the sum of efforts at the declared pace", DeclaredDurationRule::check));
    }
}
