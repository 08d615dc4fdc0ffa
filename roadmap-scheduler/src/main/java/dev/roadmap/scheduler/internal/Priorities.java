package dev.roadmap.scheduler.internal;

import dev.roadmap.core.plan.PlanOptions;

/**
 * Ranks the planned skills once, so the packer compares plain ints. Ties are broken by document
 * order, which makes every plan deterministic.
 */
final class Priorities {
    private Priorities() {
    }

    /** From this many skills the longest-path order is sorted by radix ({@link IntSort#descending}). */
    static final int RADIX_FROM = 4_096;

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
                // the same order either way: the radix sort's eight passes pay off only on large problems
                double[] path = p.remainingPath();
                return p.m < RADIX_FROM ? descending(path, path) : IntSort.descending(path);
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
            tail[v] = weeksAlone(p, v) + best;
        }
        return tail;
    }

    /** @return the weeks skill v takes alone: a rigid skill's weeks, a flexible one's hours at its track's usual hours */
    static double weeksAlone(Problem p, int v) {
        if (p.rigid[v]) {
            return p.rigidWeeks[v];
        }
        double u = p.cap.usual[p.track[v]];
        return u > 0 ? p.hours[v] / u : p.hours[v];
    }

    /**
     * The order of a comparator sort by {@code first} descending, then {@code second} descending, then
     * index ({@code ==} deciding ties, so {@code -0.0} ties {@code 0.0}; no NaN). The improvement stage
     * sorts an order per pass, and a comparison sort of keys in random order loses most of its time to
     * mispredicted branches, so the skills are first spread over {@code n} buckets by their first key
     * (a bucket's index falls as the key rises, and equal keys share a bucket), which leaves each bucket
     * a few skills to sort by the whole comparison ({@link #sortRange}). The order is the same for any
     * spread: only the work differs.
     *
     * @return the indices {@code 0..n-1} in that order
     */
    static int[] descending(double[] first, double[] second) {
        int n = first.length;
        int[] order = new int[n];
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double x : first) {
            max = Math.max(max, x);
            min = Math.min(min, x);
        }
        double scale = n / (max - min);
        if (n <= INSERTION_RUN * 2 || !(max > min) || !Double.isFinite(scale) || !Double.isFinite(max - min)) {
            // few skills, one first key for all, or keys too far apart to spread: one sort of the whole
            for (int v = 0; v < n; v++) {
                order[v] = v;
            }
            sortRange(order, new int[n], 0, n, first, second);
            return order;
        }
        int[] bucket = new int[n];
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            // (max - x) * scale never falls as x falls, so neither does the bucket: higher keys in earlier buckets
            int b = Math.min(n - 1, (int) ((max - first[v]) * scale));
            bucket[v] = b;
            start[b + 1]++;
        }
        for (int b = 0; b < n; b++) {
            start[b + 1] += start[b];
        }
        for (int v = 0; v < n; v++) {
            order[start[bucket[v]]++] = v;
        }
        // each bucket's start has moved to its end: sort the runs between them
        int lo = 0;
        for (int b = 0; b < n; b++) {
            int hi = start[b];
            if (hi - lo > 1) {
                sortRange(order, bucket, lo, hi, first, second);
            }
            lo = hi;
        }
        return order;
    }

    /** Below this many elements a run is sorted by insertion. */
    private static final int INSERTION_RUN = 16;

    /** Sorts {@code a[lo..hi)} by {@link #before}, with {@code buf} as scratch over the same range. */
    private static void sortRange(int[] a, int[] buf, int lo, int hi, double[] first, double[] second) {
        if (hi - lo <= INSERTION_RUN) {
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                for (; j >= lo && before(x, a[j], first, second); j--) {
                    a[j + 1] = a[j];
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortRange(a, buf, lo, mid, first, second);
        sortRange(a, buf, mid, hi, first, second);
        if (!before(a[mid], a[mid - 1], first, second)) {
            return; // the halves are in order already
        }
        System.arraycopy(a, lo, buf, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            a[k] = i < mid && (j >= hi || !before(buf[j], buf[i], first, second)) ? buf[i++] : buf[j++];
        }
    }

    /** @return whether skill a sorts before skill b: higher first key, then higher second key, then lower index */
    private static boolean before(int a, int b, double[] first, double[] second) {
        if (first[a] != first[b]) {
            return first[a] > first[b];
        }
        if (second[a] != second[b]) {
            return second[a] > second[b];
        }
        return a < b;
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
