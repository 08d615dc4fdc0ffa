package dev.roadmap.plugins.html.internal;

import java.util.Locale;

/** Escaping and number formatting shared by the report's HTML and SVG parts. */
public final class Markup {
    private static final String ELLIPSIS = "\u2026";

    private Markup() {
    }

    /**
     * Escapes text for HTML and XML alike (element content and quoted attribute values). Characters
     * XML 1.0 forbids (controls other than tab and line ends, lone surrogates, U+FFFE/U+FFFF) become
     * spaces, so every SVG fragment stays well-formed XML.
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
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Shortens text to at most {@code max} code points, ending in an ellipsis when cut, with line
     * breaks and tabs turned into spaces. Never splits a surrogate pair.
     *
     * @param text the text
     * @param max  the most code points to keep, at least 2
     * @return the label, not yet escaped
     */
    public static String truncate(String text, int max) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, max - 1);
        return flat.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * @param h hours
     * @return {@code 6}, {@code 2.5}, {@code 1.33}: hours without needless decimals
     */
    public static String hours(double h) {
        double rounded = Math.round(h * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        String s = String.format(Locale.ROOT, "%.2f", rounded);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * @param v a coordinate
     * @return it with at most one decimal, for compact deterministic SVG
     */
    public static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
