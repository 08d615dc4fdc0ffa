package dev.roadmap.io.table.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Answers "does any of these phrases occur in the text?" in one pass over the text instead of one
 * {@code indexOf} per phrase: the phrases are filed by their first character, so each position of
 * the text costs one lookup (an array slot for ASCII, a binary search otherwise) and a
 * {@code startsWith} per phrase of that first character. A phrase whose {@code anywhere} test is
 * false counts only at a word start (the text's start, or after a character that is no letter or
 * digit), exactly as {@link dev.roadmap.io.table.Vocabulary#indexOfWord} finds it; empty phrases
 * never occur. Immutable and thread-safe.
 */
public final class PhraseScan {
    private static final int ASCII = 128;

    /** A phrase and whether it counts anywhere (CJK, or starting with a non-letter) or only at a word start. */
    private record Entry(String phrase, boolean anywhere) {
    }

    private final Entry[][] byAscii = new Entry[ASCII][];
    /**
     * Per ASCII first character, the ASCII second characters its phrases have (bit {@code c & 63} of
     * word {@code 2 * first + c / 64}): a position whose next character is none of them starts no
     * phrase, and its phrases are not looked at. Both words of a first character are all ones when a
     * phrase of it has one character or a second character from U+0080 on.
     */
    private final long[] seconds = new long[2 * ASCII];
    private final char[] otherFirsts;
    private final Entry[][] byOther;

    private PhraseScan(List<String> phrases, Predicate<String> anywhere) {
        TreeMap<Character, List<Entry>> files = new TreeMap<>();
        for (String p : phrases) {
            if (!p.isEmpty()) {
                files.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(new Entry(p, anywhere.test(p)));
            }
        }
        List<Character> other = new ArrayList<>();
        List<Entry[]> otherEntries = new ArrayList<>();
        files.forEach((c, entries) -> {
            Entry[] array = entries.toArray(new Entry[0]);
            if (c < ASCII) {
                byAscii[c] = array;
                fileSeconds(c, array);
            } else {
                other.add(c);
                otherEntries.add(array);
            }
        });
        this.otherFirsts = new char[other.size()];
        for (int i = 0; i < otherFirsts.length; i++) {
            otherFirsts[i] = other.get(i);
        }
        this.byOther = otherEntries.toArray(new Entry[0][]);
    }

    private void fileSeconds(char first, Entry[] entries) {
        for (Entry e : entries) {
            String p = e.phrase();
            if (p.length() < 2 || p.charAt(1) >= ASCII) {
                seconds[2 * first] = -1L;
                seconds[2 * first + 1] = -1L;
                return;
            }
            seconds[2 * first + p.charAt(1) / 64] |= 1L << p.charAt(1);
        }
    }

    /**
     * @param phrases  lower-case phrases
     * @param anywhere which phrases count anywhere in a word rather than at a word start only
     * @return a scan over them
     */
    public static PhraseScan of(List<String> phrases, Predicate<String> anywhere) {
        Objects.requireNonNull(phrases, "phrases must not be null");
        Objects.requireNonNull(anywhere, "anywhere must not be null");
        return new PhraseScan(phrases, anywhere);
    }

    /**
     * @param text text to look in (lower-cased like the phrases)
     * @return whether one of the phrases occurs in it, at a word start unless it counts anywhere
     */
    public boolean occursIn(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            Entry[] entries;
            if (c < ASCII) {
                entries = byAscii[c];
                if (entries == null || !maySecond(c, i + 1 < n ? text.charAt(i + 1) : 0xFFFF)) {
                    continue;   // no phrase starts here: none of its second characters follows
                }
            } else {
                int k = Arrays.binarySearch(otherFirsts, c);
                entries = k < 0 ? null : byOther[k];
            }
            if (entries != null && anyAt(text, i, entries)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a phrase of the ASCII first character may have {@code next} as its second ({@code 0xFFFF}: the text ends) */
    private boolean maySecond(char first, char next) {
        long all = seconds[2 * first];
        if (all == -1L && seconds[2 * first + 1] == -1L) {
            return true;   // a phrase of one character, or one with a second character beyond ASCII
        }
        return next < ASCII && (seconds[2 * first + next / 64] & 1L << next) != 0;
    }

    /**
     * The phrases of one first character at position {@code i}: the cheap comparison of the second
     * character first, the word-start test only for a phrase that is there and needs it.
     */
    private static boolean anyAt(String text, int i, Entry[] entries) {
        int wordStart = -1;   // not yet looked at
        for (Entry e : entries) {
            String p = e.phrase();
            if (p.length() > 1 && (i + 1 >= text.length() || text.charAt(i + 1) != p.charAt(1)) || !text.startsWith(p, i)) {
                continue;
            }
            if (e.anywhere()) {
                return true;
            }
            if (wordStart < 0) {
                wordStart = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i)) ? 1 : 0;
            }
            if (wordStart == 1) {
                return true;
            }
        }
        return false;
    }
}
