package dev.roadmap.core.text;

/**
 * Text for one line of Markdown (a heading, a list item, a table cell): line breaks become spaces,
 * and every character that could start markup is escaped with a backslash --
 * {@code \ ` * _ [ ] < > # | &}, and {@code !} before {@code [} -- so that titles stay literal
 * text (an entity reference such as {@code &amp;} is read back as written, not as the character it
 * names) and cannot break a table.
 */
public final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]<>#|&";

    private MarkdownText() {
    }

    /**
     * @param text any text
     * @return it as literal inline Markdown on one line
     */
    public static String inline(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                b.append(' ');
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0 || (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '[')) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
