package dev.roadmap.core.validate;

import java.util.List;

/** The rules every {@link Validator#standard()} applies, in order. */
final class BuiltInRules {
    private BuiltInRules() {
    }

    static List<ValidationRule> all() {
        return List.of(new DuplicateIdRule(), new ReferenceRule(), new CycleRule(), new EffortRule(),
                new GroupRule(), new ChoiceRule(), new RedundantPrerequisiteRule(), new DeclaredDurationRule());
    }
}
