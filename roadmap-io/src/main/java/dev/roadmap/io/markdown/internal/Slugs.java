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
        String slug = asciiSlug(title);
        if (slug == null) {
            return dev.roadmap.core.text.Slugs.of(title, fallback);
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * The shared rule for a title of ASCII characters only, without its per-character strings: letters
     * (lower-cased) and digits are kept, {@code +} and {@code #} directly after a letter, digit, {@code +}
     * or {@code #} become {@code plus} and {@code sharp}, every other character separates words, and the
     * result is cut to {@link #MAX_LENGTH} without a trailing {@code -}.
     *
     * @param title any text
     * @return {@code dev.roadmap.core.text.Slugs.of(title)}, or null when the title holds a character beyond ASCII
     */
    static String asciiSlug(String title) {
        int n = title.length();
        for (int i = 0; i < n; i++) {
            if (title.charAt(i) >= 0x80) {
                return null;
            }
        }
        StringBuilder b = new StringBuilder(Math.min(n, MAX_LENGTH + 8));
        boolean dash = false;
        for (int i = 0; i < n && b.length() <= MAX_LENGTH; i++) {
            char c = title.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (dash) {
                    b.append('-');
                }
                b.append(c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c);
                dash = false;
            } else if ((c == '+' || c == '#') && b.length() > 0 && !dash) {
                b.append(c == '+' ? "plus" : "sharp");
            } else {
                dash = b.length() > 0;
            }
        }
        if (b.length() > MAX_LENGTH) {
            b.setLength(MAX_LENGTH);
            while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                b.setLength(b.length() - 1);
            }
        }
        return b.toString();
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
