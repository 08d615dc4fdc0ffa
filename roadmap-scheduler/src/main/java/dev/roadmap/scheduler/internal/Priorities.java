package dev.roadmap.scheduler.internal;

import dev.roadmap.core.plan.PlanOptions;

/**
 * Ranks the planned skills once, so the packer compares plain ints. Ties are broken by document
 * order, which makes every plan deterministic.
 */
final class Priorities {
    private Priorities() {
    }

    /**
     * @return the skills in priority order (rank to skill)
     */
    static int[] order(Problem p, PlanOptions.Priority priority) {
        switch (priority) {
            case DOCUMENT_ORDER, COHERENT -> {
                // skills are indexed in document order already
                int[] order = new int[p.m];
                for (int v = 0; v < p.m; v++) {
                    order[v] = v;
                }
                return order;
            }
            case SHORTEST_FIRST -> {
                return IntSort.ascending(p.hours);
            }
            case LONGEST_PATH -> {
                return IntSort.descending(p.remainingPath());
            }
            default -> throw new IllegalArgumentException("unknown priority " + priority);
        }
    }

    /**
     * The longest chain of work from each skill to the end of the plan. Each skill counts as the
     * weeks it takes alone at its track's usual hours (a rigid skill: its weeks), so a chain on a
     * track with few hours weighs more than the same hours on a busy one; with one shared pool this
     * is the chain's hours divided by a constant, i.e. the longest path by hours.
     */
    static double[] remainingPath(Problem p) {
        double[] tail = new double[p.m];
        for (int i = p.m - 1; i >= 0; i--) {
            int v = p.topo[i];
            double best = 0;
            for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                best = Math.max(best, tail[p.depTgt[k]]);
            }
            double own;
            if (p.rigid[v]) {
                own = p.rigidWeeks[v];
            } else {
                double u = p.cap.usual[p.track[v]];
                own = u > 0 ? p.hours[v] / u : p.hours[v];
            }
            tail[v] = own + best;
        }
        return tail;
    }

    /** Most skills whose two dense ranks and index fit one long (21 bits each). */
    static final int PACKED_LIMIT = 1 << 21;

    /**
     * The order a comparator sort by {@code key[a] != key[b] ? Double.compare(key[b], key[a]) : a - b}
     * gives (higher key first, {@code ==} deciding ties, so {@code -0.0} ties {@code 0.0}; no NaN), by
     * primitive sorts only: the key's dense rank packed with the index into one long each.
     *
     * @return the indices {@code 0..n-1} by descending key, ties by index
     */
    static int[] descending(double[] key) {
        int n = key.length;
        int[] rank = denseDescendingRanks(key);
        long[] packed = new long[n];
        for (int v = 0; v < n; v++) {
            packed[v] = (long) rank[v] << 32 | v;
        }
        return indices(packed, 0xffffffffL);
    }

    /**
     * As {@link #descending(double[])} by {@code first}, ties by {@code second} descending, then by index.
     *
     * @return the indices {@code 0..n-1} in that order
     */
    static int[] descending(double[] first, double[] second) {
        int n = first.length;
        if (n >= PACKED_LIMIT) {
            int[] order = new int[n];
            for (int v = 0; v < n; v++) {
                order[v] = v;
            }
            IntSort.sort(order, (a, b) -> first[a] != first[b] ? Double.compare(first[b], first[a])
                    : second[a] != second[b] ? Double.compare(second[b], second[a]) : Integer.compare(a, b));
            return order;
        }
        int[] r1 = denseDescendingRanks(first);
        int[] r2 = denseDescendingRanks(second);
        long[] packed = new long[n];
        for (int v = 0; v < n; v++) {
            packed[v] = (long) r1[v] << 42 | (long) r2[v] << 21 | v;
        }
        return indices(packed, PACKED_LIMIT - 1);
    }

    /** @return per index the number of distinct keys above its key (equal keys, by {@code ==}, share a rank) */
    private static int[] denseDescendingRanks(double[] key) {
        int n = key.length;
        double[] distinct = new double[n];
        for (int v = 0; v < n; v++) {
            distinct[v] = key[v] + 0.0; // -0.0 as 0.0
        }
        java.util.Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || distinct[i] != distinct[d - 1]) {
                distinct[d++] = distinct[i];
            }
        }
        int[] rank = new int[n];
        for (int v = 0; v < n; v++) {
            rank[v] = d - 1 - java.util.Arrays.binarySearch(distinct, 0, d, key[v] + 0.0);
        }
        return rank;
    }

    /** @return the indices packed in the low bits ({@code mask}) of the longs, in the longs' sorted order */
    private static int[] indices(long[] packed, long mask) {
        java.util.Arrays.sort(packed);
        int[] order = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            order[i] = (int) (packed[i] & mask);
        }
        return order;
    }

    /** @return the inverse of an order: the rank of each skill */
    static int[] ranks(int[] order) {
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
