package dev.roadmap.scheduler.internal;

import java.util.Arrays;

/**
 * A priority queue of distinct ranks {@code 0..universe-1} as a tree of 64-bit words: bit {@code k}
 * of level 0 says whether rank {@code k} is held, bit {@code j} of level {@code l + 1} whether word
 * {@code j} of level {@code l} is non-zero. Adding or removing touches one word per level and finding
 * the least rank reads one word per level ({@code log64(universe)} levels, 4 for a million), so the
 * packer's ready and in-progress skills cost a few word operations instead of a binary heap's
 * scattered sift. Up to 4,096 ranks (a re-plan of a few hundred skills) the tree is one array of
 * words under a single summary word held in a field, without the loops over levels. The words
 * ({@code universe / 8} bytes and a little more) are allocated at the first {@link #add}. Holding a
 * rank twice is a caller error (checked by an assertion). Not thread-safe.
 */
final class RankQueue {
    private static final int NONE = Integer.MAX_VALUE;
    /** Universes up to this size use the two-level form ({@link #leaf} and {@link #summary}). */
    private static final int SMALL = 64 * 64;

    private final int universe;
    /** Two-level form: the words of ranks, and bit {@code j} set when word {@code j} is non-zero. */
    private long[] leaf;
    private long summary;
    /** General form: the levels, level 0 the ranks. */
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
        if (universe <= SMALL) {
            if (leaf == null) {
                leaf = new long[(universe + 63) >>> 6];
            }
            assert (leaf[rank >>> 6] & (1L << rank)) == 0 : "rank " + rank + " held twice";
            int word = rank >>> 6;
            long before = leaf[word];
            leaf[word] = before | (1L << rank);
            if (before == 0) {
                summary |= 1L << word;
            }
        } else {
            addToLevels(rank);
        }
        size++;
        if (rank < min) {
            min = rank;
        }
    }

    private void addToLevels(int rank) {
        if (levels == null) {
            levels = allocate(universe);
        }
        assert (levels[0][rank >>> 6] & (1L << rank)) == 0 : "rank " + rank + " held twice";
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
    }

    /** Removes every rank held (words are cleared only when something is held: removal clears its bits). */
    void clear() {
        if (size > 0) {
            if (leaf != null) {
                Arrays.fill(leaf, 0L);
                summary = 0;
            } else {
                for (long[] level : levels) {
                    Arrays.fill(level, 0L);
                }
            }
            size = 0;
            min = NONE;
        }
    }

    /** @return the least rank, removed */
    int poll() {
        int top = peek();
        size--;
        if (leaf != null) {
            int word = top >>> 6;
            long after = leaf[word] & ~(1L << top);
            leaf[word] = after;
            if (after == 0) {
                summary &= ~(1L << word);
            }
            if (size == 0) {
                min = NONE;
            } else {
                int w = Long.numberOfTrailingZeros(summary);
                min = (w << 6) | Long.numberOfTrailingZeros(leaf[w]);
            }
            return top;
        }
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
