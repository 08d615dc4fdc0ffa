package dev.roadmap.core.text;

/**
 * Shortens text quoted in messages and labels: at most a given number of code points, the last
 * one an ellipsis ({@code …}) when the text was cut, never splitting a surrogate pair.
 */
public final class Abbreviations {
    /** How much of a value a diagnostic message quotes. */
    public static final int MESSAGE_LENGTH = 60;

    private static final String ELLIPSIS = "\u2026";

    private Abbreviations() {
    }

    /**
     * @param text any text
     * @return it shortened to {@link #MESSAGE_LENGTH} code points
     */
    public static String abbreviate(String text) {
        return abbreviate(text, MESSAGE_LENGTH);
    }

    /**
     * @param text any text
     * @param max  the most code points to return, at least 2
     * @return the text if short enough, else its first {@code max - 1} code points (trailing
     *     whitespace removed) and an ellipsis
     */
    public static String abbreviate(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, got " + max);
        }
        if (text.length() <= max || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + ELLIPSIS;
    }
}
