package dev.roadmap.core;

import java.util.List;
import java.util.Objects;

/**
 * One alternative of a {@link Choice}: the skills learned when this option is picked.
 *
 * @param id         option id, unique within its choice
 * @param title      display title
 * @param skills     skills belonging to this option
 * @param extensions unknown fields kept for round trips
 */
public record ChoiceOption(String id, String title, List<SkillId> skills, Extensions extensions) {

    /**
     * Validates and copies the components.
     * @param id option id, unique within its choice
     * @param title display title
     * @param skills skills belonging to this option
     * @param extensions unknown fields kept for round trips
     */
    public ChoiceOption {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        skills = List.copyOf(Objects.requireNonNull(skills, "skills must not be null"));
        Objects.requireNonNull(extensions, "extensions must not be null");
    }

    /**
     * @param id     option id
     * @param title  display title
     * @param skills skills of the option
     * @return the option
     */
    public static ChoiceOption of(String id, String title, List<SkillId> skills) {
        return new ChoiceOption(id, title, skills, Extensions.empty());
    }
}
