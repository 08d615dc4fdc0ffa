package dev.roadmap.scheduler.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The search over skill lists for all-rigid roadmaps, on top of {@link SerialRigidPacker}. Every
 * list is evaluated by a serial pass followed by forward-backward improvement (right justification,
 * then a serial pass in the justified start order, repeated while the plan shortens).
 *
 * <ol>
 *   <li>One deterministic list per priority rule.</li>
 *   <li>Regret-based biased random sampling over the rules (a ready skill is drawn with weight
 *       {@code (regret + 1)^alpha}); the best distinct lists form a population.</li>
 *   <li>When the budget allows several generations: a genetic search over lists (Hartmann's activity
 *       list encoding): two-point crossover that keeps precedence order, swaps of neighbours that do
 *       not depend on each other as mutation, children replaced by their justified list, and the best
 *       of parents and children kept.</li>
 * </ol>
 * Counts serial passes against the budget; stops at the proven lower bound. Not thread-safe.
 */
final class RigidSearch {
    /** Share of the passes spent on sampling before the genetic stage. */
    private static final double SAMPLING_SHARE = 0.25;
    private static final double MUTATION = 0.05;

    private final Problem p;
    private final int m;
    private final SerialRigidPacker packer;
    private final int budget;
    private final int lowerBound;
    private final SplittableRandom rnd;
    private int used;
    private int bestTotal;
    private int[] bestList;
    /** The list and length of the last evaluation. */
    private int[] lastList;
    private int lastTotal;

    RigidSearch(Problem p, int budget, int lowerBound, int firstTotal, SplittableRandom rnd) {
        this.p = p;
        this.m = p.m;
        this.packer = new SerialRigidPacker(p, firstTotal);
        this.budget = budget;
        this.lowerBound = lowerBound;
        this.rnd = rnd;
        this.bestTotal = firstTotal;
    }

    /** @return the best schedule found, or null when none beats the first plan */
    Schedule run(double[][] rules, Improvement.ListBuilder lists) {
        int population = Math.max(8, Math.min(40, budget / 60));
        int[][] pool = new int[population][];
        int[] poolTotal = new int[population];
        int size = 0;
        int sampling = budget >= 6 * population ? (int) (budget * SAMPLING_SHARE) : budget;
        for (int pass = 0; used < sampling && !done(); pass++) {
            double[] urgency = rules[pass % rules.length];
            int[] list = pass < rules.length ? lists.deterministic(urgency)
                    : m <= Improvement.ROULETTE_LIMIT ? lists.roulette(urgency, 1 + rnd.nextInt(3), rnd)
                    : lists.perturbed(urgency, rnd);
            if (evaluate(list)) {
                size = offer(pool, poolTotal, size, lastList, lastTotal);
            }
        }
        if (size >= 2 && !done() && used < budget) {
            genetic(pool, poolTotal, size);
        }
        if (bestList == null) {
            return null;
        }
        int total = packer.run(bestList);
        return packer.toSchedule(bestList, total);
    }

    private boolean done() {
        return used >= budget || bestTotal <= lowerBound;
    }

    /**
     * Serial pass plus forward-backward improvement; leaves the best list of the chain in
     * {@link #lastList} and {@link #lastTotal}.
     *
     * @return false when the list fits nowhere (a load that only fits override weeks already taken)
     */
    private boolean evaluate(int[] list) {
        int total = packer.run(list);
        used++;
        if (total < 0) {
            return false;
        }
        record(list, total);
        while (!done()) {
            int[] next = packer.justifyRight(total);
            int again = packer.run(next);
            used++;
            if (again < 0 || again >= total) {
                if (again == total) {
                    list = next;
                }
                break;
            }
            list = next;
            total = again;
            record(list, total);
        }
        lastList = list;
        lastTotal = total;
        return true;
    }

    private void record(int[] list, int total) {
        if (total < bestTotal) {
            bestTotal = total;
            bestList = list;
        }
    }

    /**
     * Keeps the best distinct lists, sorted by length; a list as short as the worst replaces it, which
     * keeps the population moving. Returns the new size.
     */
    private static int offer(int[][] pool, int[] poolTotal, int size, int[] list, int total) {
        for (int i = 0; i < size; i++) {
            if (poolTotal[i] == total && Arrays.equals(pool[i], list)) {
                return size;
            }
        }
        int at;
        if (size < pool.length) {
            at = size++;
        } else if (poolTotal[pool.length - 1] < total) {
            return size;
        } else {
            at = pool.length - 1;
        }
        pool[at] = list;
        poolTotal[at] = total;
        for (int i = at; i > 0 && poolTotal[i - 1] > poolTotal[i]; i--) {
            int[] l = pool[i];
            pool[i] = pool[i - 1];
            pool[i - 1] = l;
            int t = poolTotal[i];
            poolTotal[i] = poolTotal[i - 1];
            poolTotal[i - 1] = t;
        }
        return size;
    }

    private void genetic(int[][] pool, int[] poolTotal, int size) {
        int[] order = new int[size];
        boolean[] taken = new boolean[m];
        while (!done()) {
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            for (int i = size - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int[][] children = new int[size + 1][];
            int[] childTotal = new int[size + 1];
            int count = 0;
            for (int i = 0; i + 1 < size && !done(); i += 2) {
                int[] mother = pool[order[i]];
                int[] father = pool[order[i + 1]];
                int q1 = rnd.nextInt(m + 1);
                int q2 = rnd.nextInt(m + 1);
                if (q1 > q2) {
                    int t = q1;
                    q1 = q2;
                    q2 = t;
                }
                for (int[][] parents : new int[][][] {{mother, father}, {father, mother}}) {
                    if (done()) {
                        break;
                    }
                    int[] child = crossover(parents[0], parents[1], q1, q2, taken);
                    mutate(child);
                    if (evaluate(child)) {
                        children[count] = lastList;
                        childTotal[count++] = lastTotal;
                    }
                }
            }
            int newSize = size;
            for (int c = 0; c < count; c++) {
                newSize = offer(pool, poolTotal, newSize, children[c], childTotal[c]);
            }
        }
    }

    /** Two-point crossover: positions {@code < q1} and {@code >= q2} by the first parent, the middle by the second. */
    private int[] crossover(int[] first, int[] second, int q1, int q2, boolean[] taken) {
        Arrays.fill(taken, false);
        int[] child = new int[m];
        int k = 0;
        for (int i = 0; i < q1; i++) {
            child[k++] = first[i];
            taken[first[i]] = true;
        }
        for (int i = 0; i < m && k < q2; i++) {
            int v = second[i];
            if (!taken[v]) {
                child[k++] = v;
                taken[v] = true;
            }
        }
        for (int i = 0; i < m && k < m; i++) {
            int v = first[i];
            if (!taken[v]) {
                child[k++] = v;
                taken[v] = true;
            }
        }
        return child;
    }

    /** Swaps neighbours with a small probability when the later does not require the earlier. */
    private void mutate(int[] list) {
        for (int i = 0; i + 1 < m; i++) {
            if (rnd.nextDouble() >= MUTATION) {
                continue;
            }
            int a = list[i];
            int b = list[i + 1];
            boolean dependent = false;
            for (int k = p.reqOff[b]; k < p.reqOff[b + 1]; k++) {
                if (p.reqTgt[k] == a) {
                    dependent = true;
                    break;
                }
            }
            if (!dependent) {
                list[i] = b;
                list[i + 1] = a;
            }
        }
    }
}
