package dev.roadmap.io.table.internal;

/**
 * Counts distinct strings as a {@code HashSet<String>} does, in one open-addressing table of the
 * strings and their hash codes: no entry object per string, and a probe reads neighbouring slots.
 * Mutable; not thread-safe.
 */
public final class DistinctStrings {
    private String[] keys = new String[16];
    private int[] hashes = new int[16];
    private int size;

    /**
     * @param s a string
     * @return whether it was not yet counted (it is now)
     */
    public boolean add(String s) {
        int h = s.hashCode();
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; ; i = i + 1 & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = s;
                hashes[i] = h;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return true;
            }
            if (hashes[i] == h && k.equals(s)) {
                return false;
            }
        }
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
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (keys[i] != null) {
                    i = i + 1 & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}
