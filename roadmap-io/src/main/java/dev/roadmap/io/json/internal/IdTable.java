package dev.roadmap.io.json.internal;

import dev.roadmap.core.SkillId;
import java.util.Arrays;

/**
 * The skill ids of one document, one {@link SkillId} object per distinct id, looked up by the
 * characters the parser holds so that the millions of prerequisite entries of a large roadmap
 * make no string each. Open addressing over one {@code long} array of two words per slot: the
 * first holds {@code hash << 32} and the entry number plus one (0 marks an empty slot), the second
 * the id's characters when they fit in it (up to {@value #PACKED} characters below U+0100, with
 * the length) or else where the id's record starts in one shared {@code char} array (length,
 * characters). A lookup of a short id is one cache line, a long one adds the
 * record; prerequisites name earlier skills at random, so these misses are most of a large
 * document's lookup time. Each id also knows the first skill defining it, so that prerequisite
 * entries resolve to document indices as they are read. Not thread-safe.
 */
final class IdTable {
    /** Characters of a record before the id's own: its length. */
    private static final int HEADER = 1;
    /** Most characters held in a slot's second word, one byte each, under a length byte. */
    static final int PACKED = 7;

    /** Two words per slot; the capacity (slots) is a power of two. */
    private long[] slots = new long[2 * 64];
    private int mask = 64 - 1;
    private SkillId[] ids = new SkillId[32];
    /** The document index of the first skill with entry {@code e}'s id, or -1. */
    private int[] definedAt = new int[32];
    /** The length and characters of each id longer than a slot holds. */
    private char[] records = new char[256];
    private int used;
    private int size;
    private final char[] scratch = new char[SkillId.MAX_LENGTH];

    /**
     * @param text   characters holding the id
     * @param offset where it starts
     * @param length its length
     * @return the entry of these characters, or -1 when the document has not named them yet
     */
    int find(char[] text, int offset, int length) {
        int hash = hash(text, offset, length);
        long packed = pack(text, offset, length);
        long[] table = slots;
        for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
            long head = table[2 * s];
            if (head == 0) {
                return -1;
            }
            if ((int) (head >>> 32) == hash) {
                long second = table[2 * s + 1];
                if (packed >= 0 ? second == packed : second < 0 && matches(~second, text, offset, length)) {
                    return (int) head - 1;
                }
            }
        }
    }

    /**
     * The lookup of {@link #find} for characters already hashed and packed.
     *
     * @param hash   the characters' {@link #hash}
     * @param packed their {@link #pack}, not -1
     * @return their entry, or -1 when the document has not named them yet
     */
    int probe(int hash, long packed) {
        long[] table = slots;
        for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
            long head = table[2 * s];
            if (head == 0) {
                return -1;
            }
            if ((int) (head >>> 32) == hash && table[2 * s + 1] == packed) {
                return (int) head - 1;
            }
        }
    }

    private boolean matches(long record, char[] text, int offset, int length) {
        int at = (int) record;
        return records[at] == length
                && Arrays.equals(records, at + HEADER, at + HEADER + length, text, offset, offset + length);
    }

    /**
     * @param entry an entry
     * @return its id object
     */
    SkillId id(int entry) {
        return ids[entry];
    }

    /** @return the number of entries */
    int size() {
        return size;
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
        int entry = size++;
        ids[entry] = id;
        definedAt[entry] = -1;
        char[] chars = scratch;
        value.getChars(0, length, chars, 0);
        long second = pack(chars, 0, length);
        if (second < 0) {
            second = ~(long) record(chars, length);
        }
        if (size * 2 > mask + 1) {
            rehash(2 * (mask + 1));
        }
        insert(slots, mask, ((long) hash(chars, 0, length) << 32) | (entry + 1L), second);
        return entry;
    }

    /** @return where the record of a long id starts */
    private int record(char[] chars, int length) {
        if (used + HEADER + length > records.length) {
            records = Arrays.copyOf(records, Math.max(used + HEADER + length, records.length * 2));
        }
        int at = used;
        records[at] = (char) length;
        System.arraycopy(chars, 0, records, at + HEADER, length);
        used += HEADER + length;
        return at;
    }

    /** Moves the slots to a table of {@code capacity} slots; their words need no recomputing. */
    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[2 * capacity];
        mask = capacity - 1;
        for (int s = 0; s < old.length; s += 2) {
            if (old[s] != 0) {
                insert(slots, mask, old[s], old[s + 1]);
            }
        }
    }

    private static void insert(long[] table, int mask, long head, long second) {
        int s = spread((int) (head >>> 32)) & mask;
        while (table[2 * s] != 0) {
            s = (s + 1) & mask;
        }
        table[2 * s] = head;
        table[2 * s + 1] = second;
    }

    /**
     * @return the characters one byte each above their count, when there are at most {@link #PACKED}
     *     all below U+0100; else -1. Equal packings mean equal characters.
     */
    static long pack(char[] text, int offset, int length) {
        if (length > PACKED) {
            return -1;
        }
        long packed = length;
        for (int i = offset; i < offset + length; i++) {
            char c = text[i];
            if (c > 0xFF) {
                return -1;
            }
            packed = (packed << 8) | c;
        }
        return packed;
    }

    /**
     * @param packed a packing of {@link #pack}
     * @return the characters packed
     */
    static String unpack(long packed) {
        int length = 0;
        while (packed >>> (8 * length) != length) {   // the count is the highest byte
            length++;
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ((packed >>> (8 * (length - 1 - i))) & 0xFF);
        }
        return new String(chars);
    }

    /** @return the hash of the characters, as {@link String#hashCode()} computes it */
    static int hash(char[] text, int offset, int length) {
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
