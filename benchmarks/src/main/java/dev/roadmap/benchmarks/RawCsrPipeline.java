package dev.roadmap.benchmarks;

import dev.roadmap.core.primitive.Csr;
import java.util.Arrays;

/**
 * The reference that shows the limit: the week-packing problem on bare {@code int}/{@code double}
 * arrays, with no model objects, no validation and no plan objects. Steps: dependents in compressed
 * sparse rows from the prerequisite rows; a topological order (Kahn, FIFO) to compute each skill's
 * longest remaining path in hours; Kahn again with a binary heap keyed on that path, placing each
 * skill as it is released into the earliest weeks with room on its track, found through a
 * "next week with room" union-find per track (full weeks are skipped in near-constant time, never
 * rescanned). A skill may start in the week its last same-track prerequisite finishes and the week
 * after a prerequisite on the other track finishes, as in the library's rules.
 *
 * <p>It is a reference for cost, not a second scheduler: the library plans week by week and
 * produces a richer, checked plan. {@code O((V + E) log V + weeks α(weeks))}.
 */
public final class RawCsrPipeline {
    private static final double EPS = 1e-9;

    private RawCsrPipeline() {
    }

    /**
     * One instance: skill {@code i} requires {@code reqTgt[reqOff[i] .. reqOff[i+1])}.
     *
     * @param n        number of skills
     * @param reqOff   row offsets ({@code n + 1})
     * @param reqTgt   prerequisite indices
     * @param hours    hours per skill
     * @param track    track number per skill
     * @param capacity weekly hours per track
     */
    public record Instance(int n, int[] reqOff, int[] reqTgt, double[] hours, int[] track, double[] capacity) {
    }

    /**
     * @param in the instance
     * @return the finish week (1-based) of each skill
     */
    public static int[] schedule(Instance in) {
        int[][] dependents = Csr.transpose(in.reqOff(), in.reqTgt());
        int[] order = topologicalOrder(in.reqOff(), dependents[0], dependents[1]);
        double[] path = longestRemainingPaths(order, dependents[0], dependents[1], in.hours());
        return pack(in, dependents[0], dependents[1], path);
    }

    /** @return a topological order (Kahn, FIFO) */
    private static int[] topologicalOrder(int[] reqOff, int[] depOff, int[] depTgt) {
        int n = reqOff.length - 1;
        int[] indeg = new int[n];
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            indeg[i] = reqOff[i + 1] - reqOff[i];
            if (indeg[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int v = order[head++];
            for (int k = depOff[v]; k < depOff[v + 1]; k++) {
                if (--indeg[depTgt[k]] == 0) {
                    order[tail++] = depTgt[k];
                }
            }
        }
        if (tail != n) {
            throw new IllegalArgumentException("cycle");
        }
        return order;
    }

    /** @return per skill, its hours plus the longest chain of hours that depends on it */
    private static double[] longestRemainingPaths(int[] order, int[] depOff, int[] depTgt, double[] hours) {
        double[] path = new double[order.length];
        for (int i = order.length - 1; i >= 0; i--) {
            int v = order[i];
            double best = 0;
            for (int k = depOff[v]; k < depOff[v + 1]; k++) {
                best = Math.max(best, path[depTgt[k]]);
            }
            path[v] = hours[v] + best;
        }
        return path;
    }

    /** Kahn with a heap on the longest remaining path, packing as skills are released. */
    private static int[] pack(Instance in, int[] depOff, int[] depTgt, double[] path) {
        int n = in.n();
        int[] reqOff = in.reqOff();
        int[] track = in.track();
        double[] hours = in.hours();
        Weeks[] weeks = new Weeks[in.capacity().length];
        for (int t = 0; t < weeks.length; t++) {
            weeks[t] = new Weeks(in.capacity()[t], 1024);
        }
        int[] indeg = new int[n];
        int[] est = new int[n];
        int[] finish = new int[n];
        Arrays.fill(est, 1);
        int[] heap = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            indeg[i] = reqOff[i + 1] - reqOff[i];
            if (indeg[i] == 0) {
                size = push(heap, size, i, path);
            }
        }
        while (size > 0) {
            int v = heap[0];
            size = pop(heap, size, path);
            int t = track[v];
            finish[v] = weeks[t].pack(est[v], hours[v]);
            for (int k = depOff[v]; k < depOff[v + 1]; k++) {
                int d = depTgt[k];
                est[d] = Math.max(est[d], finish[v] + (track[d] == t ? 0 : 1));
                if (--indeg[d] == 0) {
                    size = push(heap, size, d, path);
                }
            }
        }
        return finish;
    }

    /** Higher remaining path first, then lower index. */
    private static boolean before(int a, int b, double[] path) {
        return path[a] > path[b] || (path[a] == path[b] && a < b);
    }

    private static int push(int[] heap, int size, int v, double[] path) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(v, heap[parent], path)) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
        return size + 1;
    }

    private static int pop(int[] heap, int size, double[] path) {
        int last = heap[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child], path)) {
                child++;
            }
            if (!before(heap[child], last, path)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return size;
    }

    /** The weeks of one track: hours left per week and a union-find to the next week with room. */
    static final class Weeks {
        private final double capacity;
        private double[] room;
        private int[] next;
        /** Weeks {@code 1..opened} exist in the arrays. */
        private int opened;

        Weeks(double capacity, int initial) {
            this.capacity = capacity;
            this.room = new double[initial];
            this.next = new int[initial];
        }

        /** Places {@code hours} from week {@code from} on; returns the week the last hour lands in. */
        int pack(int from, double hours) {
            int w = find(from);
            double left = hours;
            while (true) {
                double r = room[w];
                if (left <= r + EPS) {
                    room[w] = r - left;
                    if (room[w] <= EPS) {
                        next[w] = w + 1;
                    }
                    return w;
                }
                left -= r;
                room[w] = 0;
                next[w] = w + 1;
                w = find(w + 1);
            }
        }

        private int find(int w) {
            open(w);
            int root = w;
            while (next[root] != root) {
                root = next[root];
                open(root);
            }
            while (next[w] != root) {
                int up = next[w];
                next[w] = root;
                w = up;
            }
            return root;
        }

        private void open(int w) {
            if (w >= room.length) {
                int grown = Math.max(room.length * 2, w + 1);
                room = Arrays.copyOf(room, grown);
                next = Arrays.copyOf(next, grown);
            }
            while (opened < w) {
                opened++;
                room[opened] = capacity;
                next[opened] = opened;
            }
        }
    }
}
