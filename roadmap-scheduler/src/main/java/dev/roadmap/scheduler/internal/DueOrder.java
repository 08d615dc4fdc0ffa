package dev.roadmap.scheduler.internal;

import dev.roadmap.core.primitive.LongMinHeap;
import java.util.Arrays;

/**
 * The dynamic priority of a guided week-packing pass: skills compete by their base rank (reading
 * order) until their due week, from which they outrank every skill not yet due; due skills compete
 * by due week, then base rank. A skill's key changes once, so a heap holding it gets a second entry
 * with the due key when it falls due and the old entry is dropped lazily when it surfaces
 * ({@link #stale}). Keys: {@code 0..m-1} are due ranks, {@code m..2m-1} base ranks. Not thread-safe.
 */
final class DueOrder {
    static final int NONE = 0;
    static final int READY = 1;
    static final int PROGRESS = 2;

    private final int m;
    private final int[] due;
    private final int[] rank;
    private final int[] byRank;
    private final int[] dueRank;
    private final int[] byDueRank;
    private final byte[] where;
    private final boolean[] timed;
    private final LongMinHeap timers;

    /**
     * @param due    per skill the week from which it is due
     * @param rank   base rank of each skill
     * @param byRank skill of each base rank
     */
    DueOrder(int[] due, int[] rank, int[] byRank) {
        this.m = due.length;
        this.due = due;
        this.rank = rank;
        this.byRank = byRank;
        long[] keys = new long[m];
        for (int v = 0; v < m; v++) {
            keys[v] = ((long) Math.max(0, due[v]) << 32) | rank[v];
        }
        Arrays.sort(keys);
        this.dueRank = new int[m];
        this.byDueRank = new int[m];
        for (int r = 0; r < m; r++) {
            int v = byRank[(int) keys[r]];
            dueRank[v] = r;
            byDueRank[r] = v;
        }
        this.where = new byte[m];
        this.timed = new boolean[m];
        this.timers = new LongMinHeap(16);
    }

    int keyOf(int v, int w) {
        return due[v] <= w ? dueRank[v] : m + rank[v];
    }

    int skillOf(int key) {
        return key < m ? byDueRank[key] : byRank[key - m];
    }

    /** @return whether a heap entry was superseded by the due entry of the same skill */
    boolean stale(int key, int w) {
        return key >= m && due[byRank[key - m]] <= w;
    }

    /** Records that v entered a heap with the given key; a base key starts v's due timer. */
    void entered(int v, int heap, int key) {
        where[v] = (byte) heap;
        if (key >= m && !timed[v]) {
            timed[v] = true;
            timers.add(((long) due[v] << 32) | v);
        }
    }

    /** Records that v left its heap (taken for an allocation). */
    void left(int v) {
        where[v] = NONE;
    }

    int where(int v) {
        return where[v];
    }

    /** @return the next skill falling due by week w whose timer runs, or -1 */
    int nextDue(int w) {
        if (timers.isEmpty() || (timers.peek() >>> 32) > w) {
            return -1;
        }
        return (int) (timers.poll() & 0xffffffffL);
    }
}
