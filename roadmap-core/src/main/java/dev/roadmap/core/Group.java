package dev.roadmap.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A group of skills as the author arranged them: a phase, a week, a section. Groups nest
 * through {@code parent}.
 *
 * @param id         unique group id
 * @param title      display title
 * @param parent     id of the enclosing group, or empty for a top-level group
 * @param extensions unknown fields kept for round trips
 */
public record Group(String id, String title, String parent, Extensions extensions) {

    /**
     * Validates the components.
     * @param id unique group id
     * @param title display title
     * @param parent id of the enclosing group, or empty for a top-level group
     * @param extensions unknown fields kept for round trips
     */
    public Group {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(parent, "parent must not be null (use \"\" for none)");
        Objects.requireNonNull(extensions, "extensions must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("group id must not be blank");
        }
    }

    /**
     * @param id    group id
     * @param title display title
     * @return a top-level group
     */
    public static Group of(String id, String title) {
        return new Group(id, title, "", Extensions.empty());
    }

    /** @return the enclosing group's id, if nested */
    public Optional<String> parentId() {
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }
}
