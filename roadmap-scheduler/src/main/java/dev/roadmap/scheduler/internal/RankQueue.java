package dev.roadmap.scheduler.internal;

/**
 * A priority queue of distinct ranks {@code 0..universe-1} as a tree of 64-bit words: bit {@code k}
 * of level 0 says whether rank {@code k} is held, bit {@code j} of level {@code l + 1} whether word
 * {@code j} of level {@code l} is non-zero. Adding or removing touches one word per level and finding
 * the least rank reads one word per level ({@code log64(universe)} levels, 4 for a million), so the
 * packer's ready and in-progress skills cost a few word operations instead of a binary heap's
 * scattered sift. The words ({@code universe / 8} bytes and a little more) are allocated at the first
 * {@link #add}. Holding a rank twice is a caller error (checked by an assertion). Not thread-safe.
 */
final class RankQueue {
    private static final int NONE = Integer.MAX_VALUE;

    private final int universe;
    private long[][] levels;
    private int size;
    /** The least rank held, or {@link #NONE}. */
    private int min = NONE;

    /** @param universe ranks are {@code 0..universe-1} */
    RankQueue(int universe) {
        this.universe = Math.max(1, universe);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** @return the least rank held */
    int peek() {
        if (size == 0) {
            throw new java.util.NoSuchElementException("the queue is empty");
        }
        return min;
    }

    /** @return the least rank held, or {@link Integer#MAX_VALUE} when empty */
    int least() {
        return min;
    }

    void add(int rank) {
        if (levels == null) {
            levels = allocate(universe);
        }
        long[] leaf = levels[0];
        assert (leaf[rank >>> 6] & (1L << rank)) == 0 : "rank " + rank + " held twice";
        int i = rank;
        for (long[] level : levels) {
            int word = i >>> 6;
            long before = level[word];
            level[word] = before | (1L << i);
            if (before != 0) {
                break;
            }
            i = word;
        }
        size++;
        if (rank < min) {
            min = rank;
        }
    }

    /** Removes every rank held (words are cleared only when something is held: removal clears its bits). */
    void clear() {
        if (size > 0) {
            for (long[] level : levels) {
                java.util.Arrays.fill(level, 0L);
            }
            size = 0;
            min = NONE;
        }
    }

    /** @return the least rank, removed */
    int poll() {
        int top = peek();
        int i = top;
        for (long[] level : levels) {
            int word = i >>> 6;
            long after = level[word] & ~(1L << i);
            level[word] = after;
            if (after != 0) {
                break;
            }
            i = word;
        }
        size--;
        min = size == 0 ? NONE : lowestHeld();
        return top;
    }

    private int lowestHeld() {
        int i = 0;
        for (int l = levels.length - 1; l >= 0; l--) {
            i = (i << 6) | Long.numberOfTrailingZeros(levels[l][i]);
        }
        return i;
    }

    private static long[][] allocate(int universe) {
        int count = 1;
        for (long span = 64; span < universe; span *= 64) {
            count++;
        }
        long[][] levels = new long[count][];
        long words = universe;
        for (int l = 0; l < count; l++) {
            words = (words + 63) >>> 6;
            levels[l] = new long[(int) words];
        }
        return levels;
    }
}
