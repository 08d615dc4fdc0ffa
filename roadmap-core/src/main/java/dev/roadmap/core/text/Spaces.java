package dev.roadmap.core.text;

/** White space in titles and cells: runs collapsed to one space (no-break space included), ends trimmed. */
public final class Spaces {
    private Spaces() {
    }

    /**
     * @param text any text
     * @return the text with runs of white space collapsed to one space, without leading or trailing space
     */
    public static String collapse(String text) {
        return collapse(text, 0, text.length());
    }

    /**
     * @param text any text
     * @param from the first character to keep
     * @param to   the end (exclusive)
     * @return that part of the text with runs of white space collapsed to one space, trimmed
     */
    public static String collapse(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
