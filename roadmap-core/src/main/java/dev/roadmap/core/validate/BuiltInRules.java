package dev.roadmap.core.validate;

import java.util.List;

/** The rules every {@link Validator#standard()} applies, in order. */
final class BuiltInRules {
    private static final java.util.Set<Class<?>> CLASSES = java.util.Set.of(DuplicateIdRule.class, ReferenceRule.class,
            CycleRule.class, EffortRule.class, GroupRule.class, ChoiceRule.class, RedundantPrerequisiteRule.class,
            DeclaredDurationRule.class);

    private BuiltInRules() {
    }

    /**
     * @param rule a rule
     * @return whether it is one of ours (its failures are bugs to surface, not a plugin to isolate)
     */
    static boolean isBuiltIn(ValidationRule rule) {
        return CLASSES.contains(rule.getClass());
    }

    static List<ValidationRule> all() {
        return List.of(new DuplicateIdRule(), new ReferenceRule(), new CycleRule(), new EffortRule(),
                new GroupRule(), new ChoiceRule(), new RedundantPrerequisiteRule(), new DeclaredDurationRule());
    }
}
