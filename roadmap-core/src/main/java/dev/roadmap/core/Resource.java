package dev.roadmap.core;

import java.util.Objects;

/**
 * A learning resource: a book, course, video or page.
 *
 * @param title      display title
 * @param url        address, or empty when the resource has none
 * @param extensions unknown fields kept for round trips
 */
public record Resource(String title, String url, Extensions extensions) {

    /**
     * Validates the components.
     * @param title display title
     * @param url address, or empty when the resource has none
     * @param extensions unknown fields kept for round trips
     */
    public Resource {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(extensions, "extensions must not be null");
    }

    /**
     * @param title display title
     * @param url   address (may be empty)
     * @return the resource
     */
    public static Resource of(String title, String url) {
        return new Resource(title, url, Extensions.empty());
    }
}
