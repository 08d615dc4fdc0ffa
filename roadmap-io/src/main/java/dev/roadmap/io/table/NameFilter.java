package dev.roadmap.io.table;

import java.util.List;
import java.util.Objects;

/**
 * A cheap first test before a {@link NameMatcher} lookup: {@link #mayMatch} is false only when
 * {@code NameMatcher.of(names).match(text)} surely finds nothing. Most texts a reader tries are no
 * name ("skill-3, skill-0" before it is split into two ids), and for those one hash of the folded
 * text and one probe replace the matcher's exact, part, folded and prefix searches.
 *
 * <p>The filter holds a 64-bit hash of every key a match can go through: each name folded
 * ({@link NameMatcher#fold}), its parts before ":" or "(" and after ":" folded, and every start of a
 * folded name at a word boundary (the prefix search). A text matches only if its folded form is one
 * of those, so a text whose hash is not among them matches nothing; a hash collision only sends a
 * text to the matcher. Texts that are not ASCII, or hold ":" or "(" (a part of the text may match
 * exactly), are always sent to the matcher. Immutable and thread-safe.
 * <pre>{@code
 * NameFilter f = NameFilter.of(List.of("Calculus 1A: Differentiation"));
 * f.mayMatch("calculus 1a");        // true: the matcher finds the title by its head
 * f.mayMatch("skill-3, skill-0");   // false: no name folds to it or starts with it
 * }</pre>
 */
public final class NameFilter {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** {@link #plainHash}'s answer for a text that is not plain. */
    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /** Open-addressing table of the key hashes (0 marks a free slot; a hash of 0 is stored as 1). */
    private final long[] table;

    private NameFilter(List<String> names) {
        Keys keys = new Keys();
        for (String name : names) {
            if (isPlain(name)) {
                starts(name, keys);   // fold(clean(name)) = fold(name), and a name without ":" or "(" has no parts
                continue;
            }
            String n = NameMatcher.clean(name);
            starts(NameMatcher.fold(n), keys);
            for (String p : NameMatcher.partsOf(n)) {
                keys.add(hash(NameMatcher.fold(p)));
            }
        }
        this.table = keys.table;
    }

    /**
     * @param names the names, as given to {@link NameMatcher#of}
     * @return a filter over them
     */
    public static NameFilter of(List<String> names) {
        Objects.requireNonNull(names, "names must not be null");
        return new NameFilter(names);
    }

    /**
     * The most words a text that matches one of the names can have: every key of the filter (a fold
     * of a name, of a start of one at a word boundary, or of a part) has at most this many words, so a
     * plain text (ASCII without ":" or "(") whose fold has more words folds to no key and
     * {@code NameMatcher.of(names).match(text)} is empty, without a filter built or asked. A word is
     * a run of ASCII letters and digits or of characters from U+0080 on, as the fold counts them.
     *
     * @param names the names, as given to {@link NameMatcher#of}
     * @return the most words of a key, 0 for no names
     */
    public static int mostWords(List<String> names) {
        Objects.requireNonNull(names, "names must not be null");
        int most = 0;
        for (String name : names) {
            if (isPlain(name)) {
                most = Math.max(most, words(name, 0, name.length()));
                continue;
            }
            String n = NameMatcher.clean(name);
            String folded = NameMatcher.fold(n);
            most = Math.max(most, words(folded, 0, folded.length()));
            for (String p : NameMatcher.partsOf(n)) {
                String f = NameMatcher.fold(p);
                most = Math.max(most, words(f, 0, f.length()));
            }
        }
        return most;
    }

    /**
     * @param text a text
     * @param from the part's first character
     * @param to   the part's end (exclusive)
     * @return the words of the part as the fold counts them (runs of ASCII letters and digits or of characters from U+0080 on)
     */
    public static int words(CharSequence text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean w = c >= 0x80 || lowerAlnum(c) != 0;
            words += w && !inWord ? 1 : 0;
            inWord = w;
        }
        return words;
    }

    /**
     * @param text a name as written
     * @return false when {@code NameMatcher.of(names).match(text)} is surely empty; true when it may not be
     */
    public boolean mayMatch(String text) {
        return mayMatch(text, 0, text.length());
    }

    /**
     * {@link #mayMatch(String)} of a part of a text, without cutting it out.
     *
     * @param text a text
     * @param from the part's first character
     * @param to   the part's end (exclusive)
     * @return false when {@code match(text.substring(from, to))} is surely empty
     */
    public boolean mayMatch(CharSequence text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        long h = plainHash(text, from, to);
        return h == NOT_PLAIN || contains(h);
    }

    /** @return the hash of a plain text's fold, in the same pass that finds it plain, or {@link #NOT_PLAIN} */
    private static long plainHash(CharSequence text, int from, int to) {
        long h = FNV_OFFSET;
        boolean space = false;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == ':' || c == '(') {
                return NOT_PLAIN;
            }
            char f = lowerAlnum(c);
            if (f == 0) {
                space = true;
                continue;
            }
            if (space && any) {
                h = step(h, ' ');
            }
            space = false;
            any = true;
            h = step(h, f);
        }
        return h;   // a plain text that happens to hash to the marker is sent to the matcher: no harm
    }

    /** @return whether the text is ASCII without ":" and "(": its fold is computed here, and it has no parts */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == ':' || c == '(') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text any text; when ASCII, it is folded on the way (as {@link NameMatcher#fold} does, without the copy)
     * @return the hash of the text's fold (of the text itself when it is already folded)
     */
    private static long hash(String text) {
        return starts(text, null);
    }

    /**
     * Folds ASCII letters and digits (lower case; every run of other characters one space between
     * words) and hashes the result; with {@code keys}, adds that hash and the hash of every start that
     * ends at a word boundary. Characters from U+0080 on pass as they are: a folded name of any script
     * folds to itself.
     */
    private static long starts(String text, Keys keys) {
        long h = FNV_OFFSET;
        boolean space = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c >= 0x80 ? c : lowerAlnum(c);
            if (f == 0) {
                space = true;
                continue;
            }
            if (space && any) {
                if (keys != null) {
                    keys.add(h);   // the fold up to here is a start at a word boundary
                }
                h = step(h, ' ');
            }
            space = false;
            any = true;
            h = step(h, f);
        }
        if (keys != null) {
            keys.add(h);
        }
        return h;
    }

    /** @return the ASCII letter or digit lower-cased, or 0 for any other ASCII character (a separator to the fold) */
    private static char lowerAlnum(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return c;
        }
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : 0;
    }

    private static long step(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    private static int slot(long key, int mask) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 32) & mask;
    }

    /** The key hashes while the filter is built: a table kept at most half full. */
    private static final class Keys {
        private long[] table = new long[64];
        private int size;

        void add(long h) {
            if (size * 2 >= table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                size = 0;
                for (long k : old) {
                    if (k != 0) {
                        add(k);
                    }
                }
            }
            long key = h == 0 ? 1 : h;
            int mask = table.length - 1;
            for (int s = slot(key, mask); ; s = s + 1 & mask) {
                if (table[s] == key) {
                    return;
                }
                if (table[s] == 0) {
                    table[s] = key;
                    size++;
                    return;
                }
            }
        }
    }

    private boolean contains(long h) {
        long key = h == 0 ? 1 : h;
        int mask = table.length - 1;
        for (int s = slot(key, mask); ; s = s + 1 & mask) {
            if (table[s] == key) {
                return true;
            }
            if (table[s] == 0) {
                return false;
            }
        }
    }
}
