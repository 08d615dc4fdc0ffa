package dev.roadmap.core;

import dev.roadmap.core.primitive.IntSort;
import java.util.Arrays;
import java.util.List;

/**
 * The skill positions of a {@link SourceMap} in two sorted {@code long} arrays instead of a map of
 * path strings: paths {@code skills/<i>}, {@code skills/<i>/<field>} and
 * {@code skills/<i>/<field>/<k>} are encoded as {@code i << 32 | field << 24 | (k + 1)} and
 * positions as {@code line << 32 | column}, 16 bytes per position where a {@code HashMap} entry
 * with its path string and location costs over 100. A document of a million skills records
 * several million such positions. Immutable once built.
 */
final class SkillLocations {
    /** Field numbers are 1..MAX_FIELDS; 0 means the skill itself. */
    static final int MAX_FIELDS = 255;
    /** Entries are stored as k + 1 in 24 bits. */
    static final int MAX_ENTRY = (1 << 24) - 2;
    private static final String PREFIX = "skills/";

    static final SkillLocations EMPTY = new SkillLocations(new long[0], new long[0], List.of());

    private final long[] keys;
    private final long[] positions;
    private final List<String> fields;

    private SkillLocations(long[] keys, long[] positions, List<String> fields) {
        this.keys = keys;
        this.positions = positions;
        this.fields = fields;
    }

    int size() {
        return keys.length;
    }

    /** @return the position {@code line << 32 | column}, or -1 when the path is not held */
    long find(String path) {
        long key = encode(path, fields);
        if (key < 0) {
            return -1;
        }
        int at = Arrays.binarySearch(keys, key);
        return at < 0 ? -1 : positions[at];
    }

    static long key(int index, int field, int entry) {
        return ((long) index << 32) | ((long) field << 24) | (entry + 1L);
    }

    /**
     * @param fields the field names, numbered from 1 by position
     * @return the key of a skill path, or -1 when the path has another shape or an unknown field
     */
    static long encode(String path, List<String> fields) {
        if (!path.startsWith(PREFIX)) {
            return -1;
        }
        int end = path.indexOf('/', PREFIX.length());
        int index = canonicalNumber(path, PREFIX.length(), end < 0 ? path.length() : end);
        if (index < 0) {
            return -1;
        }
        if (end < 0) {
            return key(index, 0, -1);
        }
        int fieldEnd = path.indexOf('/', end + 1);
        String field = path.substring(end + 1, fieldEnd < 0 ? path.length() : fieldEnd);
        int f = fields.indexOf(field) + 1;
        if (f == 0 || field.isEmpty()) {
            return -1;
        }
        if (fieldEnd < 0) {
            return key(index, f, -1);
        }
        int entry = canonicalNumber(path, fieldEnd + 1, path.length());
        return entry < 0 || entry > MAX_ENTRY ? -1 : key(index, f, entry);
    }

    /** Digits as {@code Integer.toString} writes them (no sign, no leading zero), or -1. */
    private static int canonicalNumber(String s, int from, int to) {
        if (from >= to || to - from > 10 || (s.charAt(from) == '0' && to - from > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /** Collects positions; later puts of a path win, as with a map. Not thread-safe. */
    static final class Builder {
        private long[] keys = new long[16];
        private long[] positions = new long[16];
        private int size;
        private boolean sorted = true;
        private final List<String> fields = new java.util.ArrayList<>();
        private final java.util.Map<String, Integer> fieldNumbers = new java.util.HashMap<>();
        private String lastName;
        private int lastNumber;

        /** @return the field's number, or -1 when there are already {@link #MAX_FIELDS} */
        int field(String name) {
            // readers pass the same few constant names over and over, entry after entry
            if (name == lastName) {
                return lastNumber;
            }
            int number = number(name);
            if (number > 0) {
                lastName = name;
                lastNumber = number;
            }
            return number;
        }

        private int number(String name) {
            Integer f = fieldNumbers.get(name);
            if (f == null) {
                if (fields.size() >= MAX_FIELDS) {
                    return -1;
                }
                fields.add(name);
                f = fields.size();
                fieldNumbers.put(name, f);
            }
            return f;
        }

        /** @return whether the path was taken (else it belongs in the string map) */
        boolean put(String path, int line, int column) {
            if (!path.startsWith(PREFIX)) {
                return false;
            }
            int slash = path.indexOf('/', PREFIX.length());
            if (slash >= 0) {
                int fieldEnd = path.indexOf('/', slash + 1);
                String field = path.substring(slash + 1, fieldEnd < 0 ? path.length() : fieldEnd);
                if (!field.isEmpty() && field(field) < 0) {
                    return false;
                }
            }
            long key = encode(path, fields);
            if (key < 0) {
                return false;
            }
            add(key, line, column);
            return true;
        }

        void add(long key, int line, int column) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            if (size > 0 && key < keys[size - 1]) {
                sorted = false;
            }
            keys[size] = key;
            positions[size] = ((long) line << 32) | (column & 0xffffffffL);
            size++;
        }

        SkillLocations build() {
            if (size == 0) {
                return EMPTY;
            }
            long[] k = keys;
            long[] p = positions;
            if (!sorted) {
                k = new long[size];
                p = new long[size];
                int[] order = stableOrder(keys, size);
                for (int i = 0; i < size; i++) {
                    k[i] = keys[order[i]];
                    p[i] = positions[order[i]];
                }
            }
            // one copy at most: a document of a million skills holds several million positions;
            // of repeated keys (sorted stably) the last put wins
            int distinct = count(k, size);
            long[] dk = new long[distinct];
            long[] dp = new long[distinct];
            int d = 0;
            for (int i = 0; i < size; i++) {
                if (i + 1 == size || k[i + 1] != k[i]) {
                    dk[d] = k[i];
                    dp[d++] = p[i];
                }
            }
            return new SkillLocations(dk, dp, List.copyOf(fields));
        }

        private static int count(long[] k, int size) {
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i + 1 == size || k[i + 1] != k[i]) {
                    distinct++;
                }
            }
            return distinct;
        }

        /**
         * Bottom-up merge sort of the positions {@code 0..size-1} by key: stable, so that among
         * equal paths the last put stays last; primitive, so millions of positions sort without boxing.
         */
        static int[] stableOrder(long[] keys, int size) {
            int[] a = new int[size];
            for (int i = 0; i < size; i++) {
                a[i] = i;
            }
            IntSort.sort(a, (x, y) -> Long.compare(keys[x], keys[y]));
            return a;
        }
    }
}
