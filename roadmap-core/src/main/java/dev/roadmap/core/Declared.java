package dev.roadmap.core;

import java.util.Objects;

/**
 * What the author declares about the roadmap as a whole, checked against the skills.
 *
 * @param totalDuration declared total duration as written ("12-24 months"), or empty
 * @param extensions    unknown fields kept for round trips
 */
public record Declared(String totalDuration, Extensions extensions) {

    /**
     * Validates the components.
     * @param totalDuration declared total duration as written ("12-24 months"), or empty
     * @param extensions unknown fields kept for round trips
     */
    public Declared {
        Objects.requireNonNull(totalDuration, "totalDuration must not be null (use \"\" for none)");
        Objects.requireNonNull(extensions, "extensions must not be null");
    }

    /**
     * @param totalDuration the declared total duration text
     * @return the declaration
     */
    public static Declared ofTotalDuration(String totalDuration) {
        return new Declared(totalDuration, Extensions.empty());
    }

    /** @return the empty declaration */
    public static Declared none() {
        return new Declared("", Extensions.empty());
    }

    /** @return whether nothing is declared */
    public boolean isEmpty() {
        return totalDuration.isEmpty() && extensions.isEmpty();
    }
}
