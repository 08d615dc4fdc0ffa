package dev.roadmap.plugins.dot;

/**
 * Writes DOT double-quoted strings. Inside quotes DOT itself only unescapes {@code \"}; Graphviz
 * then reads labels and tooltips as escape strings, where {@code \\} is a backslash, {@code \n} a
 * line break and {@code \N}, {@code \G} and the like expand to names. So every backslash is doubled
 * (a title's {@code \N} stays literal and a value ending in a backslash cannot escape the closing
 * quote), quotes are escaped, and line breaks become {@code \n}. Other control characters become
 * spaces; everything else, CJK and emoji included, is written as UTF-8.
 *
 * <p>Graphviz also decodes HTML character entities in labels (a title {@code R&D &lt;b&gt;} would show
 * as {@code R&D <b>}), so text meant for display is written with {@link #label}, which writes every
 * {@code &} as {@code &amp;}.
 */
final class DotText {
    private DotText() {
    }

    /**
     * @param text text Graphviz displays (a label or tooltip)
     * @return the text as a quoted DOT ID that displays exactly as given
     */
    static String label(String text) {
        return quoted(text.replace("&", "&amp;"));
    }

    /**
     * @param text any text
     * @return the text as a quoted DOT ID
     */
    static String quoted(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n', '\u0085', '\u2028', '\u2029' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append("\\n");
                }
                default -> b.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.append('"').toString();
    }
}
