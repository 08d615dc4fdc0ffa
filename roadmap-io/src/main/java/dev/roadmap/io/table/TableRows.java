package dev.roadmap.io.table;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Recognises rows that are not units: totals ("Total", "Итого", "合计" in the first filled cell).
 * Immutable and thread-safe.
 */
public final class TableRows {
    /** Longest first cell that may still be a totals label ("Total hours for the year"). */
    public static final int MAX_TOTAL_LABEL = 40;

    private final Vocabulary vocabulary;
    /** The first characters of the total words, or null when one is empty (then every text is tried). */
    private final String totalStarts;
    /** The first two characters of the total words of two or more characters, each pair as one int. */
    private final Set<Integer> totalPairs = new HashSet<>();
    /** The first characters of the total words of one character (such a word may end where a digit follows). */
    private final StringBuilder totalSingles = new StringBuilder();

    private TableRows(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        StringBuilder starts = new StringBuilder();
        boolean empty = false;
        for (String p : vocabulary.phrases("cell.total")) {
            empty |= p.isEmpty();
            if (!p.isEmpty() && starts.indexOf(p.substring(0, 1)) < 0) {
                starts.append(p.charAt(0));
            }
            if (p.length() == 1) {
                totalSingles.append(p.charAt(0));
            } else if (p.length() > 1) {
                totalPairs.add(p.charAt(0) << 16 | p.charAt(1));
            }
        }
        this.totalStarts = empty ? null : starts.toString();
    }

    /** @return the recogniser over the built-in vocabulary */
    public static TableRows create() {
        return new TableRows(Vocabulary.builtIn());
    }

    /**
     * @param vocabulary the words to recognise
     * @return the recogniser over that vocabulary
     */
    public static TableRows of(Vocabulary vocabulary) {
        return new TableRows(Objects.requireNonNull(vocabulary, "vocabulary must not be null"));
    }

    /**
     * @param cells the row's cell texts
     * @return whether the row is a totals row: its first filled cell starts with a total word
     */
    public boolean isTotal(List<String> cells) {
        for (String c : cells) {
            if (totalStarts != null && startsWithTwoAsciiLetters(c)) {
                // no decoration to strip before them, and lower-casing them is one letter for one: the
                // text starts with a total word only if one starts with these two letters (or is the first alone)
                char first = lowerAscii(c.charAt(0));
                if (totalSingles.indexOf(String.valueOf(first)) < 0 && !totalPairs.contains(first << 16 | lowerAscii(c.charAt(1)))) {
                    return false;
                }
            }
            String t = ColumnRoles.stripDecoration(c).toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > MAX_TOTAL_LABEL || totalStarts != null && totalStarts.indexOf(t.charAt(0)) < 0) {
                return false;   // no total word starts with its first character
            }
            for (String p : vocabulary.phrases("cell.total")) {
                if (t.startsWith(p) && (t.length() == p.length() || !Character.isLetter(t.charAt(p.length()))
                        || Vocabulary.isCjk(p.codePointAt(0)))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static boolean startsWithTwoAsciiLetters(String c) {
        return c.length() > 1 && isAsciiLetter(c.charAt(0)) && isAsciiLetter(c.charAt(1));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
