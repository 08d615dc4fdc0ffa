package dev.roadmap.plugins.roadmapsh.internal;

import java.util.List;
import java.util.Locale;

/**
 * What a node's legend label means. roadmap.sh legends are free text chosen per roadmap, so the
 * meaning is read from words in the label; a legend that matches none is kept as a tag only.
 */
public enum Legend {
    /** No legend. */
    NONE(""),
    /** "Alternative option / Pick this or purple": one of several interchangeable picks. */
    ALTERNATIVE("alternative", "alternative", "pick this or", "pick one"),
    /** "Optional / Learn if you want", "I wouldn't recommend": may be left out. */
    OPTIONAL("optional", "optional", "if you want", "not recommend", "n't recommend", "good to know"),
    /** "Order not strict / Learn anytime": no place in the topic order. */
    ANY_ORDER("order-not-strict", "order not strict", "anytime", "any time", "any order"),
    /** "Personal recommendation / Opinion": the suggested pick among alternatives. */
    RECOMMENDED("recommended", "recommend", "opinion"),
    /** A legend this importer does not interpret. */
    OTHER("legend");

    private final String tag;
    /** Words that give a label this meaning; the first legend in declaration order whose words match wins. */
    private final List<String> words;

    Legend(String tag, String... words) {
        this.tag = tag;
        this.words = List.of(words);
    }

    /** @return the tag put on skills with this legend ("" for none) */
    public String tag() {
        return tag;
    }

    /**
     * Reads a label by its words, in declaration order: so "I wouldn't recommend" is {@link #OPTIONAL}
     * before the plain "recommend" of {@link #RECOMMENDED} is tried.
     *
     * @param label a legend label as written
     * @return its meaning
     */
    public static Legend of(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.isBlank()) {
            return NONE;
        }
        for (Legend legend : values()) {
            if (legend.words.stream().anyMatch(l::contains)) {
                return legend;
            }
        }
        return OTHER;
    }
}
