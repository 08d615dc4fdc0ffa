package dev.roadmap.scheduler.internal;

import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.InfeasiblePlanException;
import java.util.SplittableRandom;

/**
 * The improvement stage after the first greedy plan: more passes with other priority orders,
 * keeping the shortest plan (ties keep the earlier one, so the first greedy plan wins unless
 * beaten). Every candidate comes out of a complete packing pass, so every rule holds in it.
 *
 * <ul>
 *   <li>Roadmaps whose planned skills are all rigid (without {@code maxParallel}) search over skill
 *       lists with the serial packer ({@link RigidSearch}): one deterministic list per priority rule
 *       (latest finish, longest remaining path, most successors, greatest rank positional weight),
 *       regret-biased random sampling, then a genetic search over lists; every list is followed by
 *       forward-backward improvement.</li>
 *   <li>All other roadmaps (flexible skills, mixed, {@code maxParallel}) re-run the week packer with
 *       the same rules and randomly perturbed versions of them as its priority order.</li>
 * </ul>
 *
 * <p>The number of passes comes from {@link PlanOptions#budget()} as a budget of skill placements,
 * shared out over the roadmap's size, capped per budget (the week packer, whose passes cost more,
 * gets a quarter of them); an explicit
 * {@link PlanOptions#improvementPasses()} overrides it. The stage stops early when a plan reaches
 * the proven lower bound. Random choices come from {@link PlanOptions#seed()}: the same input,
 * budget and seed give the same plan.
 */
final class Improvement {
    /** Skill placements each budget may spend on improvement passes. */
    static final long FAST_STEPS = 6_000;
    static final long BALANCED_STEPS = 60_000;
    static final long THOROUGH_STEPS = 1_500_000;
    /** Most passes each budget runs, whatever the size. */
    static final int FAST_MAX_PASSES = 50;
    static final int BALANCED_MAX_PASSES = 1_000;
    static final int THOROUGH_MAX_PASSES = 25_000;
    /** Above this many skills, random lists come from perturbed keys, not a roulette over ready skills. */
    static final int ROULETTE_LIMIT = 2_000;
    private static final int RULES = 4;
    /** Serial passes one week-packer pass counts as. */
    static final int REPACK_COST = 4;

    private Improvement() {
    }

    /** @return improvement passes for a roadmap of m planned skills under the options */
    static int passes(PlanOptions options, int m) {
        if (options.improvementPasses().isPresent()) {
            return options.improvementPasses().getAsInt();
        }
        if (m <= 1) {
            return 0;
        }
        long steps;
        int max;
        switch (options.budget()) {
            case FAST -> {
                steps = FAST_STEPS;
                max = FAST_MAX_PASSES;
            }
            case THOROUGH -> {
                steps = THOROUGH_STEPS;
                max = THOROUGH_MAX_PASSES;
            }
            default -> {
                steps = BALANCED_STEPS;
                max = BALANCED_MAX_PASSES;
            }
        }
        return (int) Math.min(max, steps / m);
    }

    /**
     * @param first the first greedy plan
     * @return the best plan found, {@code first} when nothing beats it
     */
    static Schedule improve(Problem p, Schedule first, int lowerBound, PlanOptions options) {
        int passes = passes(options, p.m);
        if (passes <= 0 || first.totalWeeks <= lowerBound) {
            return first;
        }
        double[][] rules = rules(p);
        SplittableRandom rnd = new SplittableRandom(options.seed() ^ 0x9E3779B97F4A7C15L * (p.m + 1L));
        if (SerialRigidPacker.applies(p, options.maxParallel())) {
            return serial(p, first, lowerBound, passes, rules, rnd);
        }
        // A week-packer pass costs about four serial ones (it walks weeks and records allocations), so
        // a budget buys a quarter as many; passes asked for explicitly are run as asked.
        int repackPasses = options.improvementPasses().isPresent() ? passes : passes / REPACK_COST;
        return repack(p, first, lowerBound, repackPasses, rules, rnd, options.maxParallel());
    }

    private static Schedule serial(Problem p, Schedule first, int lowerBound, int passes, double[][] rules,
                                   SplittableRandom rnd) {
        Schedule best = new RigidSearch(p, passes, lowerBound, first.totalWeeks, rnd).run(rules, new ListBuilder(p));
        return best == null ? first : best;
    }

    private static Schedule repack(Problem p, Schedule first, int lowerBound, int passes, double[][] rules,
                                   SplittableRandom rnd, int maxParallel) {
        Schedule best = first;
        int m = p.m;
        double[] key = new double[m];
        for (int pass = 0; pass < passes && best.totalWeeks > lowerBound; pass++) {
            double[] urgency = rules[pass % RULES];
            double scale = scale(urgency);
            double noise = pass < RULES ? 0 : rnd.nextDouble() * 0.5;
            for (int v = 0; v < m; v++) {
                key[v] = urgency[v] / scale + (noise == 0 ? 0 : noise * rnd.nextDouble());
            }
            int[] order = new int[m];
            for (int v = 0; v < m; v++) {
                order[v] = v;
            }
            IntSort.sort(order, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : Integer.compare(a, b));
            Schedule candidate;
            try {
                candidate = new WeekPacker(p, Priorities.ranks(order), order, maxParallel).run();
            } catch (InfeasiblePlanException e) {
                // This order leaves a fixed-pace block no run of override weeks; other orders may.
                continue;
            }
            if (candidate.totalWeeks < best.totalWeeks) {
                best = candidate;
            }
        }
        return best;
    }

    private static double scale(double[] values) {
        double max = 0;
        for (double x : values) {
            max = Math.max(max, Math.abs(x));
        }
        return max > 0 ? max : 1;
    }

    /**
     * Urgency of each skill under each priority rule, higher first: latest finish (earliest first),
     * longest remaining path, most successors (all of them when few skills, else direct ones), and
     * greatest rank positional weight (own weeks plus the direct dependents' weeks).
     */
    static double[][] rules(Problem p) {
        int m = p.m;
        double[] tail = Priorities.remainingPath(p);
        double[] own = new double[m];
        for (int v = 0; v < m; v++) {
            if (p.rigid[v]) {
                own[v] = p.rigidWeeks[v];
            } else {
                double u = p.cap.usual[p.track[v]];
                own[v] = u > 0 ? p.hours[v] / u : p.hours[v];
            }
        }
        double[] lft = new double[m];
        double[] weight = new double[m];
        for (int v = 0; v < m; v++) {
            lft[v] = tail[v] - own[v];
            double w = own[v];
            for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                w += own[p.depTgt[k]];
            }
            weight[v] = w;
        }
        return new double[][] {lft, tail, successors(p), weight};
    }

    /** Number of skills after each skill: transitive for small roadmaps, direct ones for large. */
    private static double[] successors(Problem p) {
        int m = p.m;
        double[] count = new double[m];
        if (m <= ROULETTE_LIMIT) {
            long[][] reach = new long[m][(m + 63) >>> 6];
            for (int i = m - 1; i >= 0; i--) {
                int v = p.topo[i];
                long[] r = reach[v];
                for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                    int d = p.depTgt[k];
                    r[d >>> 6] |= 1L << d;
                    long[] rd = reach[d];
                    for (int x = 0; x < r.length; x++) {
                        r[x] |= rd[x];
                    }
                }
                int c = 0;
                for (long word : r) {
                    c += Long.bitCount(word);
                }
                count[v] = c;
            }
        } else {
            for (int v = 0; v < m; v++) {
                count[v] = p.depOff[v + 1] - p.depOff[v];
            }
        }
        return count;
    }

    /** Builds precedence-feasible lists of all skills from urgencies. */
    static final class ListBuilder {
        private final Problem p;
        private final int[] indeg;
        private final int[] eligible;

        ListBuilder(Problem p) {
            this.p = p;
            this.indeg = new int[p.m];
            this.eligible = new int[p.m];
        }

        private int resetEligible() {
            int e = 0;
            for (int v = 0; v < p.m; v++) {
                indeg[v] = p.reqOff[v + 1] - p.reqOff[v];
                if (indeg[v] == 0) {
                    eligible[e++] = v;
                }
            }
            return e;
        }

        /** Always the most urgent ready skill, ties by document order. */
        int[] deterministic(double[] urgency) {
            int m = p.m;
            double[] key = urgency;
            IntHeap heap = new IntHeap(16);
            int[] rank = rankBy(key);
            int[] byRank = new int[m];
            for (int v = 0; v < m; v++) {
                byRank[rank[v]] = v;
            }
            int e = resetEligible();
            for (int i = 0; i < e; i++) {
                heap.add(rank[eligible[i]]);
            }
            int[] list = new int[m];
            for (int i = 0; i < m; i++) {
                int v = byRank[heap.poll()];
                list[i] = v;
                for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                    int d = p.depTgt[k];
                    if (--indeg[d] == 0) {
                        heap.add(rank[d]);
                    }
                }
            }
            return list;
        }

        /** Regret-based biased random sampling: a ready skill is drawn with weight (regret + 1)^alpha. */
        int[] roulette(double[] urgency, int alpha, SplittableRandom rnd) {
            int m = p.m;
            int e = resetEligible();
            int[] list = new int[m];
            double[] weight = new double[m];
            double scale = scale(urgency);
            for (int i = 0; i < m; i++) {
                double min = Double.MAX_VALUE;
                for (int x = 0; x < e; x++) {
                    min = Math.min(min, urgency[eligible[x]]);
                }
                double sum = 0;
                for (int x = 0; x < e; x++) {
                    double w = (urgency[eligible[x]] - min) * (m / scale) + 1;
                    w = alpha == 1 ? w : alpha == 2 ? w * w : w * w * w;
                    weight[x] = w;
                    sum += w;
                }
                double r = rnd.nextDouble() * sum;
                int pick = e - 1;
                for (int x = 0; x < e; x++) {
                    r -= weight[x];
                    if (r < 0) {
                        pick = x;
                        break;
                    }
                }
                int v = eligible[pick];
                eligible[pick] = eligible[--e];
                list[i] = v;
                for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                    int d = p.depTgt[k];
                    if (--indeg[d] == 0) {
                        eligible[e++] = d;
                    }
                }
            }
            return list;
        }

        /** For large roadmaps: the deterministic list of randomly perturbed urgencies, O(m log m). */
        int[] perturbed(double[] urgency, SplittableRandom rnd) {
            double scale = scale(urgency);
            double noise = 0.05 + rnd.nextDouble() * 0.45;
            double[] key = new double[p.m];
            for (int v = 0; v < p.m; v++) {
                key[v] = urgency[v] / scale + noise * rnd.nextDouble();
            }
            return deterministic(key);
        }

        private static int[] rankBy(double[] key) {
            int m = key.length;
            int[] order = new int[m];
            for (int v = 0; v < m; v++) {
                order[v] = v;
            }
            IntSort.sort(order, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : Integer.compare(a, b));
            return Priorities.ranks(order);
        }
    }
}
