package dev.roadmap.io.json.internal;

import dev.roadmap.core.SkillId;
import java.util.Arrays;

/**
 * The skill ids of one document, one {@link SkillId} object per distinct id, looked up by the
 * characters the parser holds so that the millions of prerequisite entries of a large roadmap
 * make no string each. Open addressing over one {@code long} array ({@code hash << 32} and where
 * the id's record starts) with the records in one shared {@code char} array (entry number, length,
 * characters): a lookup touches two compact arrays instead of a map node, a key string and its
 * bytes scattered over the heap. Each id also knows the first skill defining it, so that
 * prerequisite entries resolve to document indices as they are read. Not thread-safe.
 */
final class IdTable {
    /** Characters of a record before the id's own: entry number (two) and length (one). */
    private static final int HEADER = 3;

    private long[] slots = new long[64];
    private int mask = slots.length - 1;
    private SkillId[] ids = new SkillId[32];
    /** The document index of the first skill with entry {@code e}'s id, or -1. */
    private int[] definedAt = new int[32];
    private char[] records = new char[256];
    private int used;
    private int size;

    /**
     * @param text   characters holding the id
     * @param offset where it starts
     * @param length its length
     * @return the entry of these characters, or -1 when the document has not named them yet
     */
    int find(char[] text, int offset, int length) {
        int hash = hash(text, offset, length);
        for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
            long slot = slots[s];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int at = (int) slot - 1;
                if (records[at + 2] == length
                        && Arrays.equals(records, at + HEADER, at + HEADER + length, text, offset, offset + length)) {
                    return (records[at] << 16) | records[at + 1];
                }
            }
        }
    }

    /**
     * @param entry an entry
     * @return its id object
     */
    SkillId id(int entry) {
        return ids[entry];
    }

    /**
     * Notes that a skill defines the entry's id; the first such skill is the one it resolves to.
     *
     * @param entry an entry
     * @param index the defining skill's document index
     */
    void define(int entry, int index) {
        if (definedAt[entry] < 0) {
            definedAt[entry] = index;
        }
    }

    /**
     * @param entry an entry
     * @return the document index of the first skill defining its id, or -1
     */
    int definedAt(int entry) {
        return definedAt[entry];
    }

    /**
     * @param id an id not in the table (see {@link #find}); at most {@link SkillId#MAX_LENGTH} characters
     * @return its entry
     */
    int add(SkillId id) {
        String value = id.value();
        int length = value.length();
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            definedAt = Arrays.copyOf(definedAt, size * 2);
        }
        if (used + HEADER + length > records.length) {
            records = Arrays.copyOf(records, Math.max(used + HEADER + length, records.length * 2));
        }
        int entry = size++;
        int at = used;
        records[at] = (char) (entry >>> 16);
        records[at + 1] = (char) entry;
        records[at + 2] = (char) length;
        value.getChars(0, length, records, at + HEADER);
        used += HEADER + length;
        ids[entry] = id;
        definedAt[entry] = -1;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        } else {
            insert(at);
        }
        return entry;
    }

    private void rehash(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
        for (int at = 0; at < used; at += HEADER + records[at + 2]) {
            insert(at);
        }
    }

    private void insert(int at) {
        int hash = hash(records, at + HEADER, records[at + 2]);
        int s = spread(hash) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = ((long) hash << 32) | (at + 1L);
    }

    private static int hash(char[] text, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    /** Mixes the high bits in, since hashes of similar ids differ mostly in low bits. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
