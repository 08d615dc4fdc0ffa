package dev.roadmap.io.markdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A cheap test that must pass before a phrase list can match, asked of the text as written: no
 * lower-cased or collapsed copy is made. {@link #mayOccurIn} is true whenever one of the phrases
 * occurs anywhere in {@code Texts.collapse(text).toLowerCase(Locale.ROOT)} or in
 * {@code text.toLowerCase(Locale.ROOT)}, so a caller that gets false may skip those copies and the
 * exact test ({@link Phrases#mentions}, a word-start match) without changing its answer. Each
 * character is lower-cased by itself ({@link Character#toLowerCase(char)}); that differs from the
 * string's lower case only where the string's inserts a combining dot (after "İ") or picks a final
 * sigma, and no phrase holds either; a space of a phrase matches any run of white space (as
 * {@code collapse} would leave one space). Immutable and thread-safe.
 */
final class PhrasePrefilter {
    private static final int ASCII = 128;

    private final char[][][] byAscii = new char[ASCII][][];
    private final char[] otherFirsts;
    /** Phrases of an ASCII first and second character, by that pair (as {@link #pairSecond} files the second). */
    private final Pair[] byPair = new Pair[ASCII * ASCII];
    /**
     * Per ASCII first character, the second characters {@link #byPair} files phrases under (bit
     * {@code s & 63} of word {@code 2 * first + s / 64}): a small table asked before the large one.
     */
    private final long[] pairSeconds = new long[2 * ASCII];
    /** Phrases of an ASCII first character and no ASCII second, by the first. */
    private final char[][][] unpaired = new char[ASCII][][];
    private final char[][][] byOther;

    private PhrasePrefilter(List<String> phrases) {
        TreeMap<Character, List<char[]>> files = new TreeMap<>();
        for (String p : phrases) {
            if (p.startsWith(" ") || p.endsWith(" ")) {
                throw new IllegalArgumentException("a phrase starts or ends with a space: '" + p + "'");
            }
            if (!p.isEmpty()) {
                files.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p.toCharArray());
            }
        }
        List<Character> other = new ArrayList<>();
        List<char[][]> otherEntries = new ArrayList<>();
        files.forEach((c, list) -> {
            char[][] array = list.toArray(new char[0][]);
            if (c < ASCII) {
                byAscii[c] = array;
            } else {
                other.add(c);
                otherEntries.add(array);
            }
        });
        otherFirsts = new char[other.size()];
        for (int i = 0; i < otherFirsts.length; i++) {
            otherFirsts[i] = other.get(i);
        }
        byOther = otherEntries.toArray(new char[0][][]);
        java.util.Map<Integer, List<char[]>> byKey = new java.util.HashMap<>();   // a pair's key, or -1 - the first character
        files.forEach((c, list) -> {
            for (char[] p : list) {
                if (c < ASCII) {
                    int key = p.length > 1 && p[1] < ASCII ? c * ASCII + p[1] : -1 - c;
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
        });
        byKey.forEach((key, list) -> {
            if (key >= 0) {
                byPair[key] = new Pair(list.toArray(new char[0][]));
                pairSeconds[2 * (key / ASCII) + key % ASCII / 64] |= 1L << key % ASCII;
            } else {
                unpaired[-1 - key] = list.toArray(new char[0][]);
            }
        });
    }

    /**
     * @param lists lower-case phrase lists
     * @return a prefilter for all their phrases together
     */
    @SafeVarargs
    static PhrasePrefilter of(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return new PhrasePrefilter(all);
    }

    /**
     * @param text any text, as written
     * @return false only when no phrase occurs in the text's lower-cased (and white-space collapsed) form
     */
    boolean mayOccurIn(String text) {
        return mayOccurIn(text, 0, text.length());
    }

    /**
     * @param text any text, as written
     * @param from where the part to test starts
     * @param n    where it ends
     * @return {@link #mayOccurIn(String)} of {@code text.substring(from, n)}, without the copy
     */
    boolean mayOccurIn(String text, int from, int n) {
        for (int i = from; i < n; i++) {
            char c = lower(text.charAt(i));
            char[][] entries;
            if (c < ASCII) {
                if (byAscii[c] == null) {
                    continue;
                }
                if (i + 1 < n) {
                    int second = pairSecond(text.charAt(i + 1));
                    if ((pairSeconds[2 * c + second / 64] & 1L << second) != 0) {
                        Pair pair = byPair[c * ASCII + second];
                        if ((pair.anyThird || i + 2 < n && pair.mayBeThird(text.charAt(i + 2))) && tryAll(pair.phrases, text, i, n)) {
                            return true;
                        }
                    }
                }
                entries = unpaired[c];   // phrases of one character or a second beyond ASCII: tried wherever their first is
            } else {
                int k = Arrays.binarySearch(otherFirsts, c);
                entries = k < 0 ? null : byOther[k];
            }
            if (tryAll(entries, text, i, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrases filed under one pair of first characters, with the third characters they go on with:
     * when each of them has a third character in ASCII, not a space, after a second that is not a
     * space, the text's third character (lowered) must be one of those before any phrase is tried.
     */
    private static final class Pair {
        final char[][] phrases;
        /** Whether some phrase's third character is not fixed (a space in second or third place, beyond ASCII, or none). */
        final boolean anyThird;
        /** The ASCII third characters, bit {@code t & 63} of word {@code t / 64}. */
        private final long[] thirds = new long[2];

        Pair(char[][] phrases) {
            this.phrases = phrases;
            boolean any = false;
            for (char[] p : phrases) {
                if (p.length < 3 || p[1] == ' ' || p[2] == ' ' || p[2] >= ASCII) {
                    any = true;
                } else {
                    thirds[p[2] / 64] |= 1L << p[2];
                }
            }
            this.anyThird = any;
        }

        /** @param c the text's character after the pair, as written */
        boolean mayBeThird(char c) {
            char l = lower(c);
            return l < ASCII && (thirds[l / 64] & 1L << l) != 0;
        }
    }

    private static boolean tryAll(char[][] phrases, String text, int i, int n) {
        if (phrases != null) {
            for (char[] phrase : phrases) {
                if (matchesAt(text, i, n, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The second character of a pair as the pair table files it: lower case, white space as a space, 0 beyond ASCII. */
    private static int pairSecond(char c) {
        if (isSpace(c)) {
            return ' ';
        }
        char l = lower(c);
        return l < ASCII ? l : 0;
    }

    private static boolean matchesAt(String text, int start, int n, char[] phrase) {
        int i = start + 1;
        for (int k = 1; k < phrase.length; k++) {
            char p = phrase[k];
            if (p == ' ') {
                if (i >= n || !isSpace(text.charAt(i))) {
                    return false;
                }
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else if (i >= n || lower(text.charAt(i++)) != p) {
                return false;
            }
        }
        return true;
    }

    /** {@code Character.isWhitespace(c) || c == '\u00A0'}, with ASCII answered without the call. */
    static boolean isSpace(char c) {
        if (c < ASCII) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return c == '\u00A0' || Character.isWhitespace(c);
    }

    private static char lower(char c) {
        if (c < ASCII) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
