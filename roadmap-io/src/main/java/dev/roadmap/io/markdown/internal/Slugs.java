package dev.roadmap.io.markdown.internal;

/**
 * Ids from titles for the Markdown importer: the shared rule of {@link dev.roadmap.core.text.Slugs}
 * (the same title gets the same id in every importer), under the names this package uses.
 * Not thread-safe (holds the ids issued so far).
 */
public final class Slugs {
    /** Longest slug produced, in code points. */
    public static final int MAX_LENGTH = dev.roadmap.core.text.Slugs.MAX_LENGTH;

    private final dev.roadmap.core.text.Slugs issued = new dev.roadmap.core.text.Slugs();

    /**
     * @param title    any text
     * @param fallback the id when the title has no letters or digits
     * @return its slug, never empty
     */
    public static String slug(String title, String fallback) {
        return dev.roadmap.core.text.Slugs.of(title, fallback);
    }

    /**
     * @param candidate a slug
     * @return the slug, or the slug with the first free suffix {@code -2}, {@code -3}, ...
     */
    public String unique(String candidate) {
        return issued.unique(candidate);
    }

    /** @param id an id to reserve (taken from the document) */
    public void reserve(String id) {
        issued.reserve(id);
    }
}
