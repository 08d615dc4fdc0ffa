package dev.roadmap.core.text;

/**
 * Text for XML 1.0 and HTML. XML 1.0 cannot carry most control characters, not even as character
 * references, nor lone surrogates or U+FFFE/U+FFFF: every exporter replaces each of them by
 * U+FFFD (the replacement character), so the document stays well-formed and the reader sees that
 * something was there. Tab, line feed and carriage return are kept.
 */
public final class XmlText {
    /** What an illegal character becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /**
     * Escapes text for element content and quoted attribute values alike, in XML and HTML:
     * {@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}; illegal characters become U+FFFD.
     *
     * @param text any text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> i = appendLegal(text, i, b);
            }
        }
        return b.toString();
    }

    /**
     * For writers that escape markup themselves (such as {@code XMLStreamWriter}).
     *
     * @param text any text
     * @return the text with every character XML 1.0 forbids replaced by U+FFFD, nothing escaped
     */
    public static String legal(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            i = appendLegal(text, i, b);
        }
        return b.toString();
    }

    /** Appends the character at {@code i} (a surrogate pair whole) or its replacement; returns the last index used. */
    private static int appendLegal(String text, int i, StringBuilder b) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        boolean illegal = Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        b.append(illegal ? REPLACEMENT : c);
        return i;
    }
}
