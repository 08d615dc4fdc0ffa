package dev.roadmap.plugins.roadmapsh.internal;

/**
 * Cleaning labels as roadmap.sh writes them. Stateless. (Slugs, abbreviations and JSON string
 * literals are the shared ones of {@code dev.roadmap.core.text}.)
 */
public final class Texts {
    private Texts() {
    }

    /**
     * @param text a label as written
     * @return the label with runs of whitespace (including line breaks) as one space, trimmed
     */
    public static String clean(String text) {
        return text.replaceAll("[\\s\\p{Cc}]+", " ").trim();
    }
}
