package dev.roadmap.io.table;

import dev.roadmap.io.table.internal.Collapsing;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds which of a list of names (skill titles) a piece of text names, the way a reader would:
 * the exact title, then the title's part before ":" or "(" (or after ":"), then the same ignoring
 * case, accents and punctuation, then a unique prefix. Ambiguous matches are no match.
 *
 * <p>Lookups take O(log n) time, so a matcher over a million titles stays fast. Immutable and
 * thread-safe once built.
 * <pre>{@code
 * NameMatcher m = NameMatcher.of(List.of("Calculus 1A: Differentiation", "Calculus 1B: Integration"));
 * m.match("calculus 1a");   // index 0, by the title's head, ignoring case
 * }</pre>
 */
public final class NameMatcher {
    /** Shortest name (in code points, after folding) that may match as a prefix; it must also have two words (or be CJK). */
    public static final int MIN_PREFIX = 4;

    /** Longest name indexed or looked up, in characters; longer text is prose, not a name, and never matches. */
    public static final int MAX_NAME = 500;

    private static final int AMBIGUOUS = -1;
    private static final int NONE = -2;
    private static final int MAX_PREFIX_SCAN = 64;

    /** How a name was matched, strongest first. */
    public enum Kind {
        /** The whole title, as written. */
        EXACT,
        /** The title's part before ":" or "(", or after ":". */
        PART,
        /** The title or a part, ignoring case, accents and punctuation. */
        FOLDED,
        /** The start of exactly one title (at a word boundary). */
        PREFIX
    }

    /**
     * @param index the index of the matched name in the list the matcher was built from
     * @param kind  how it matched
     */
    public record Match(int index, Kind kind) {
    }

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> parts = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();
    /** The folded whole names, sorted, for the prefix search, with their index (or {@link #AMBIGUOUS}). */
    private final String[] prefixKeys;
    private final int[] prefixValues;

    private NameMatcher(List<String> names) {
        Map<String, Integer> prefixes = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).length() > MAX_NAME) {
                continue;
            }
            String n = clean(names.get(i));
            if (n.isEmpty()) {
                continue;
            }
            exact.putIfAbsent(n, i);
            String f = fold(n);
            put(folded, f, i);
            put(prefixes, f, i);
            for (String p : partsOf(n)) {
                put(parts, p, i);
                put(folded, fold(p), i);
            }
        }
        prefixKeys = prefixes.keySet().toArray(new String[0]);
        Arrays.sort(prefixKeys);
        prefixValues = new int[prefixKeys.length];
        for (int k = 0; k < prefixKeys.length; k++) {
            prefixValues[k] = prefixes.get(prefixKeys[k]);
        }
    }

    /**
     * @param names the names, in order; blank ones never match
     * @return a matcher over them
     */
    public static NameMatcher of(List<String> names) {
        Objects.requireNonNull(names, "names must not be null");
        return new NameMatcher(names);
    }

    private static void put(Map<String, Integer> map, String key, int index) {
        if (key.isEmpty()) {
            return;
        }
        Integer old = map.putIfAbsent(key, index);
        if (old != null && old != index) {
            map.put(key, AMBIGUOUS);
        }
    }

    /**
     * @param text a name as written (a prerequisite, a heading)
     * @return the name it matches, if exactly one
     */
    public Optional<Match> match(String text) {
        if (text.length() > MAX_NAME) {
            return Optional.empty();
        }
        String n = clean(text);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Integer i = exact.get(n);
        if (i != null) {
            return Optional.of(new Match(i, Kind.EXACT));
        }
        i = parts.get(n);
        if (i == null) {
            for (String p : partsOf(n)) {
                Integer j = exact.get(p);
                if (j != null) {
                    i = j;
                    break;
                }
            }
        }
        if (i != null) {
            return i == AMBIGUOUS ? Optional.empty() : Optional.of(new Match(i, Kind.PART));
        }
        String f = fold(n);
        i = folded.get(f);
        if (i != null) {
            return i == AMBIGUOUS ? Optional.empty() : Optional.of(new Match(i, Kind.FOLDED));
        }
        return prefix(f);
    }

    private Optional<Match> prefix(String f) {
        if (f.codePointCount(0, f.length()) < MIN_PREFIX || f.indexOf(' ') < 0 && !Vocabulary.isCjk(f.codePointAt(0))) {
            // one word ("programming") is a topic, not the start of a particular title
            return Optional.empty();
        }
        int found = NONE;
        int scanned = 0;
        for (int e = lowerBound(f); e < prefixKeys.length; e++) {   // the keys from f on, in order
            String k = prefixKeys[e];
            if (++scanned > MAX_PREFIX_SCAN) {
                return Optional.empty();   // too many titles start alike to call one of them unique
            }
            if (!k.startsWith(f)) {
                break;
            }
            if (k.length() > f.length() && k.charAt(f.length()) != ' ') {
                continue;   // not at a word boundary: "Java" is no prefix of "JavaScript"
            }
            if (found != NONE && found != prefixValues[e] || prefixValues[e] == AMBIGUOUS) {
                return Optional.empty();
            }
            found = prefixValues[e];
        }
        return found == NONE ? Optional.empty() : Optional.of(new Match(found, Kind.PREFIX));
    }

    /** @return the index of the first prefix key not less than {@code f} */
    private int lowerBound(String f) {
        int lo = 0;
        int hi = prefixKeys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefixKeys[mid].compareTo(f) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static List<String> partsOf(String n) {
        int colon = indexOfEither(n, ':', '：');
        int paren = indexOfEither(n, '(', '（');
        String head = "";
        String tail = "";
        if (colon > 0) {
            head = n.substring(0, colon).strip();
            tail = n.substring(colon + 1).strip();
        }
        if (paren > 0 && (colon < 0 || paren < colon)) {
            head = n.substring(0, paren).strip();
        }
        if (head.isEmpty() && tail.isEmpty()) {
            return List.of();
        }
        return tail.isEmpty() ? List.of(head) : head.isEmpty() ? List.of(tail) : List.of(head, tail);
    }

    private static int indexOfEither(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /** @return the text with runs of white space collapsed and surrounding space, "*" and "`" removed */
    static String clean(String text) {
        String t = text.strip();
        int s = 0;
        int e = t.length();
        while (s < e && "*_`\"'«»“”".indexOf(t.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && "*_`\"'«»“”.;,".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return Collapsing.collapse(t, s, e);
    }

    /**
     * @param text any text
     * @return lower case without accents, every run of characters other than letters and digits one space
     */
    public static String fold(String text) {
        // ASCII text has no accents to decompose: the normaliser (the dear part) would return it unchanged
        String d = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
