package dev.roadmap.core.text;

/**
 * JSON string literals (RFC 8259) without a JSON library: for the few places that write a small
 * JSON fragment by hand, such as an importer's extension values.
 */
public final class JsonText {
    /** The escape of each character below U+0020, and of {@code "} and {@code \\}; null for none. */
    private static final String[] ESCAPES = new String[0x60];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = String.format(java.util.Locale.ROOT, "\\u%04x", c);
        }
        ESCAPES['\n'] = "\\n";
        ESCAPES['\r'] = "\\r";
        ESCAPES['\t'] = "\\t";
        ESCAPES['\b'] = "\\b";
        ESCAPES['\f'] = "\\f";
        ESCAPES['"'] = "\\\"";
        ESCAPES['\\'] = "\\\\";
    }

    private JsonText() {
    }

    /**
     * @param text any text
     * @return it as a JSON string literal, quotes included: {@code "} and {@code \} escaped, control
     *     characters as {@code \n}, {@code \t} ... or a six-character Unicode escape; everything else as it is
     */
    public static String quoted(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = c < ESCAPES.length ? ESCAPES[c] : null;
            if (escape == null) {
                b.append(c);
            } else {
                b.append(escape);
            }
        }
        return b.append('"').toString();
    }
}
