package dev.roadmap.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of alternatives of which the learner picks one ("PyTorch or JAX").
 *
 * @param id            unique choice id
 * @param title         display title
 * @param defaultOption id of the option taken when the learner picks none, or empty for the first
 * @param options       the alternatives, in document order
 * @param extensions    unknown fields kept for round trips
 */
public record Choice(String id, String title, String defaultOption, List<ChoiceOption> options, Extensions extensions) {

    /**
     * Validates and copies the components.
     * @param id unique choice id
     * @param title display title
     * @param defaultOption id of the option taken when the learner picks none, or empty for the first
     * @param options the alternatives, in document order
     * @param extensions unknown fields kept for round trips
     */
    public Choice {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(defaultOption, "defaultOption must not be null (use \"\" for none)");
        options = List.copyOf(Objects.requireNonNull(options, "options must not be null"));
        Objects.requireNonNull(extensions, "extensions must not be null");
    }

    /**
     * @param id            choice id
     * @param title         display title
     * @param defaultOption default option id ("" for the first option)
     * @param options       the alternatives
     * @return the choice
     */
    public static Choice of(String id, String title, String defaultOption, List<ChoiceOption> options) {
        return new Choice(id, title, defaultOption, options, Extensions.empty());
    }

    /**
     * @param optionId option id
     * @return the option with that id
     */
    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** @return the option taken when the learner picks none: the declared default, else the first */
    public Optional<ChoiceOption> effectiveDefault() {
        if (!defaultOption.isEmpty()) {
            Optional<ChoiceOption> declared = option(defaultOption);
            if (declared.isPresent()) {
                return declared;
            }
        }
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0));
    }
}
