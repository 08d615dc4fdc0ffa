package dev.roadmap.core;

import java.util.Objects;

/**
 * A checklist item of a skill ("Eigenvalues", "- [x] SVD").
 *
 * @param title      the item text, not blank
 * @param done       whether it is ticked
 * @param extensions unknown fields kept for round trips
 */
public record Topic(String title, boolean done, Extensions extensions) {

    /**
     * Validates the components.
     * @param title the item text, not blank
     * @param done whether it is ticked
     * @param extensions unknown fields kept for round trips
     */
    public Topic {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(extensions, "extensions must not be null");
    }

    /**
     * @param title the item text
     * @param done  whether it is ticked
     * @return the topic
     */
    public static Topic of(String title, boolean done) {
        return new Topic(title, done, Extensions.empty());
    }
}
