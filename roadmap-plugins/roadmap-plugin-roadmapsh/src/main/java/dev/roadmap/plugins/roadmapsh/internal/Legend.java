package dev.roadmap.plugins.roadmapsh.internal;

import java.util.Locale;

/**
 * What a node's legend label means. roadmap.sh legends are free text chosen per roadmap, so the
 * meaning is read from words in the label; a legend that matches none is kept as a tag only.
 */
public enum Legend {
    /** No legend. */
    NONE(""),
    /** "Personal recommendation / Opinion": the suggested pick among alternatives. */
    RECOMMENDED("recommended"),
    /** "Alternative option / Pick this or purple": one of several interchangeable picks. */
    ALTERNATIVE("alternative"),
    /** "Optional / Learn if you want", "I wouldn't recommend": may be left out. */
    OPTIONAL("optional"),
    /** "Order not strict / Learn anytime": no place in the topic order. */
    ANY_ORDER("order-not-strict"),
    /** A legend this importer does not interpret. */
    OTHER("legend");

    private final String tag;

    Legend(String tag) {
        this.tag = tag;
    }

    /** @return the tag put on skills with this legend ("" for none) */
    public String tag() {
        return tag;
    }

    /**
     * @param label a legend label as written
     * @return its meaning
     */
    public static Legend of(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.isBlank()) {
            return NONE;
        }
        if (l.contains("alternative") || l.contains("pick this or") || l.contains("pick one")) {
            return ALTERNATIVE;
        }
        if (l.contains("optional") || l.contains("if you want") || l.contains("not recommend")
                || l.contains("n't recommend") || l.contains("good to know")) {
            return OPTIONAL;
        }
        if (l.contains("order not strict") || l.contains("anytime") || l.contains("any time") || l.contains("any order")) {
            return ANY_ORDER;
        }
        if (l.contains("recommend") || l.contains("opinion")) {
            return RECOMMENDED;
        }
        return OTHER;
    }
}
