package dev.roadmap.io.json.internal;

import dev.roadmap.core.SkillId;
import java.util.Arrays;

/**
 * The ids of one skill read but not yet looked up (its own and its prerequisites'): valid ids short
 * enough for a slot of {@link IdTable} (see {@link IdTable#pack}), looked up together when the skill ends. Prerequisites
 * name earlier skills at random, so each lookup is a cache miss; issued one after the other with
 * nothing between them, the misses overlap instead of waiting for each other. Only valid ids are
 * held, so that resolving them cannot fail: every error stays at its own token. Not thread-safe.
 */
final class PendingIds {
    private int[] hashes = new int[16];
    private long[] packings = new long[16];
    private int[] entries = new int[16];
    private byte[] kinds = new byte[16];
    private int count;

    /**
     * @param text   characters holding an entry
     * @param offset where it starts
     * @param length its length
     * @param kind   what the entry is to the caller (given back by {@link #kind})
     * @return whether the entry is held (a valid id that packs); else nothing is
     */
    boolean offer(char[] text, int offset, int length, int kind) {
        long packed = IdTable.pack(text, offset, length);
        if (packed < 0 || !SkillId.isValid(text, offset, length)) {
            return false;
        }
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
            packings = Arrays.copyOf(packings, count * 2);
            entries = Arrays.copyOf(entries, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
        }
        kinds[count] = (byte) kind;
        hashes[count] = IdTable.hash(text, offset, length);
        packings[count] = packed;
        count++;
        return true;
    }

    /** @return the number of entries held */
    int size() {
        return count;
    }

    /**
     * Looks the entries up, adding the ids the table does not hold yet in the order they were read,
     * as looking each up when it was read would have.
     *
     * @param ids the document's ids
     */
    void resolve(IdTable ids) {
        for (int k = 0; k < count; k++) {
            entries[k] = ids.probe(hashes[k], packings[k]);
        }
        for (int k = 0; k < count; k++) {
            if (entries[k] < 0) {
                // an earlier entry of the same list may have added it
                int e = ids.probe(hashes[k], packings[k]);
                entries[k] = e >= 0 ? e : ids.add(SkillId.of(IdTable.unpack(packings[k])));
            }
        }
    }

    /**
     * @param k an entry's position among those held
     * @return its table entry, after {@link #resolve}
     */
    int entry(int k) {
        return entries[k];
    }

    /**
     * @param k an entry's position among those held
     * @return the kind it was offered with
     */
    int kind(int k) {
        return kinds[k];
    }

    /** Forgets the entries held. */
    void clear() {
        count = 0;
    }
}
