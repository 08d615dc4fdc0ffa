package dev.roadmap.io.table.internal;

import dev.roadmap.core.text.Spaces;

/**
 * {@link Spaces#collapse} without the copy when there is nothing to collapse: most names and cells
 * are written with single spaces, and the readers collapse every one of them. Stateless.
 */
public final class Collapsing {
    private Collapsing() {
    }

    /**
     * @param text any text
     * @param from the first character to keep
     * @param to   the end (exclusive)
     * @return {@code Spaces.collapse(text, from, to)}: the same characters, the same result
     */
    public static String collapse(String text, int from, int to) {
        return isCollapsed(text, from, to) ? text.substring(from, to) : Spaces.collapse(text, from, to);
    }

    /** @return whether the part has no white space but single spaces between other characters */
    private static boolean isCollapsed(String text, int from, int to) {
        if (to > from && (text.charAt(from) == ' ' || text.charAt(to - 1) == ' ')) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                continue;   // printable ASCII: no white space
            }
            if (c == ' ' ? text.charAt(i - 1) == ' ' : c == '\u00A0' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
