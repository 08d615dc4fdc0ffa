package dev.roadmap.plugins.html.internal;

import dev.roadmap.core.text.Abbreviations;
import dev.roadmap.core.text.Numbers;

/**
 * Label shortening and coordinate formatting shared by the report's HTML and SVG parts. (Escaping
 * is the shared {@link dev.roadmap.core.text.XmlText#escape}, hours are
 * {@link dev.roadmap.core.text.Numbers#hours}.)
 */
public final class Markup {
    private Markup() {
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
        return Abbreviations.abbreviate(text.replaceAll("[\\r\\n\\t]+", " ").strip(), max);
    }

    /**
     * @param v a coordinate
     * @return it with at most one decimal, for compact deterministic SVG
     */
    public static String num(double v) {
        return Numbers.oneDecimal(v);
    }
}
