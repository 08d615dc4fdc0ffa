package dev.roadmap.core;

import java.util.Objects;

/**
 * A track: a stream of study with its own weekly hours (mathematics, coding, English).
 *
 * @param id         unique track id
 * @param title      display title (may equal the id)
 * @param extensions unknown fields kept for round trips
 */
public record Track(String id, String title, Extensions extensions) {

    /**
     * Validates the components.
     * @param id unique track id
     * @param title display title (may equal the id)
     * @param extensions unknown fields kept for round trips
     */
    public Track {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(extensions, "extensions must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("track id must not be blank");
        }
    }

    /**
     * @param id    track id
     * @param title display title
     * @return the track
     */
    public static Track of(String id, String title) {
        return new Track(id, title, Extensions.empty());
    }
}
