package dev.roadmap.io.table.internal;

/**
 * Counts distinct strings as a {@code HashSet<String>} does, and keeps an int for each as
 * {@code HashMap.putIfAbsent} would, in one open-addressing table of the strings, their hash codes
 * and their ints: no entry object per string, and a probe reads neighbouring slots.
 * Mutable; not thread-safe.
 */
public final class DistinctStrings {
    private String[] keys;
    private int[] hashes;
    private int[] values;
    private int size;

    /** An empty table that grows as strings are added. */
    public DistinctStrings() {
        this(0);
    }

    /**
     * An empty table sized for a number of strings, so that adding that many never grows it.
     *
     * @param expected how many distinct strings are expected
     */
    public DistinctStrings(int expected) {
        int capacity = 16;
        while (capacity < (1 << 30) && capacity < 2L * expected + 1) {
            capacity <<= 1;
        }
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
    }

    /**
     * @param s a string
     * @return whether it was not yet counted (it is now)
     */
    public boolean add(String s) {
        return putIfAbsent(s, size) < 0;
    }

    /**
     * @param s     a string
     * @param value a value, 0 or more
     * @return the value kept for the string when it was counted before, else -1 (it is now counted, with {@code value})
     */
    public int putIfAbsent(String s, int value) {
        int h = s.hashCode();
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; ; i = i + 1 & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = s;
                hashes[i] = h;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return -1;
            }
            if (hashes[i] == h && k.equals(s)) {
                return values[i];
            }
        }
    }

    /**
     * @param s a string
     * @return the value kept for it, or -1 when it was not counted
     */
    public int get(String s) {
        int h = s.hashCode();
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; ; i = i + 1 & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && k.equals(s)) {
                return values[i];
            }
        }
    }

    /**
     * {@link #get} of a part of a text lower-cased, without the copies, when the part is ASCII:
     * {@code get(text.substring(from, to).toLowerCase(Locale.ROOT))}.
     *
     * @param text a text
     * @param from the part's first character
     * @param to   the part's end (exclusive); every character before it from {@code from} is below U+0080
     * @return the value kept for the part in lower case, or -1 when it was not counted
     */
    public int getAsciiLowerCase(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lowerAscii(text.charAt(i));   // String.hashCode of the lower-cased part
        }
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; ; i = i + 1 & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && sameLowerCase(k, text, from, to)) {
                return values[i];
            }
        }
    }

    private static boolean sameLowerCase(String key, String text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (key.charAt(i - from) != lowerAscii(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** @return the number of distinct strings added */
    public int size() {
        return size;
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (keys[i] != null) {
                    i = i + 1 & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }
}
