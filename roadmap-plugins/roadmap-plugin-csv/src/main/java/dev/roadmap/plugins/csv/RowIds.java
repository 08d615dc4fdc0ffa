package dev.roadmap.plugins.csv;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for spreadsheet rows without an id column, by the Markdown importer's rule (lower case,
 * Cyrillic transliterated, other letters kept, everything else one dash; repeats get -2, -3), so a
 * table gets the same ids as CSV or as Markdown. The Markdown importer's class is internal to
 * roadmap-io; this copy goes when the shared id rule of issue 17 lands in core. Not thread-safe.
 */
final class RowIds {
    /** Longest slug produced, in code points. */
    static final int MAX_LENGTH = 64;

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
        "ye", "g", "u"};

    private final Set<String> issued = new HashSet<>();

    /**
     * @param title any text
     * @return its slug, never empty ({@code fallback} when the title has no letters or digits)
     */
    static String slug(String title, String fallback) {
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        int count = 0;
        String lower = title.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && count < MAX_LENGTH; ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            String piece;
            int cyr = cp < 0x10000 ? CYRILLIC.indexOf((char) cp) : -1;
            if (cyr >= 0) {
                piece = LATIN[cyr];
            } else if (cp < 0x80 ? Character.isLetterOrDigit(cp) : Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp)) {
                piece = new String(Character.toChars(cp));
            } else if (cp == '+' && b.length() > 0) {
                piece = "plus";
            } else if (cp == '#' && b.length() > 0) {
                piece = "sharp";
            } else {
                dash = b.length() > 0;
                continue;
            }
            if (piece.isEmpty()) {
                continue;
            }
            if (dash) {
                b.append('-');
                dash = false;
            }
            b.append(piece);
            count += piece.codePointCount(0, piece.length());
        }
        return b.length() == 0 ? fallback : b.toString();
    }

    /**
     * @param candidate a slug
     * @return the slug, or the slug with the first free suffix {@code -2}, {@code -3}, ...
     */
    String unique(String candidate) {
        String id = candidate;
        for (int k = 2; !issued.add(id); k++) {
            id = candidate + "-" + k;
        }
        return id;
    }

    /** @param id an id to reserve (taken from the document) */
    void reserve(String id) {
        issued.add(id);
    }
}
