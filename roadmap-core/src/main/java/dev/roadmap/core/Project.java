package dev.roadmap.core;

import java.util.Objects;

/**
 * A practice project attached to a skill.
 *
 * @param title       project title
 * @param description what to build, may be empty
 * @param extensions  unknown fields kept for round trips
 */
public record Project(String title, String description, Extensions extensions) {

    /**
     * Validates the components.
     * @param title project title
     * @param description what to build, may be empty
     * @param extensions unknown fields kept for round trips
     */
    public Project {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(extensions, "extensions must not be null");
    }

    /**
     * @param title       project title
     * @param description what to build
     * @return the project
     */
    public static Project of(String title, String description) {
        return new Project(title, description, Extensions.empty());
    }
}
