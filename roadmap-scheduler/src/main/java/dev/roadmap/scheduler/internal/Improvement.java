package dev.roadmap.scheduler.internal;

import dev.roadmap.core.plan.PlanOptions;
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
 *   <li>All other roadmaps (flexible skills, mixed, {@code maxParallel}) re-run the week packer:
 *       first in the bottleneck order ({@link #bottleneckOrder}), then with the same rules and randomly
 *       perturbed versions of them as its priority order; a budgeted search stops after
 *       {@link #STALL_PASSES} passes in a row without a shorter plan. The candidates do not depend on
 *       the plan to beat, so one {@link Search} shares them between first plans.</li>
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
    /** Weekly hours below which a track counts as having none, when weighing its work in weeks. */
    private static final double EPS_HOURS = 1e-9;
    /**
     * A re-packing search at the {@code FAST} or {@code BALANCED} budget stops after this many passes in a
     * row without a shorter plan: the bottleneck order, the four rules and two rounds of perturbed
     * rules. On realistic roadmaps with tracks (ReplanBenchmark's family, 518 re-plans of 100-300
     * skills) 12 passes end 19 weeks above the lower bound in all, 83 passes 10 (of 150,101 weeks).
     */
    static final int STALL_PASSES = 12;
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
        return new Search(p, lowerBound, options).improve(first);
    }

    /**
     * The improvement stage of one problem and options, for one or more first plans. The re-packing
     * candidates depend only on the problem, the options and the seed, not on the plan they must beat,
     * so they are packed once and shared: improving a second first plan re-packs only candidates the
     * first one did not reach, or stopped below a shorter length ({@link Candidates}). Each first plan
     * gets exactly the result a search of its own would give.
     * Not thread-safe.
     */
    static final class Search {
        private final Problem p;
        /** The proven bound: set at construction, or once by {@link #lowerBound(int)} before any search. */
        private int lowerBound;
        private final PlanOptions options;
        private final int passes;
        private final boolean serial;
        private double[][] rules;
        private SplittableRandom rnd;
        private double[] key;
        /** The re-packing candidates by pass, packed when a first plan's search first asks about them. */
        private final Candidates candidates;
        /**
         * The result of the last {@link #improve} when it asked every candidate and ended with one of them:
         * the first candidate of the least length of all; else null.
         */
        private Schedule leastCandidate;

        Search(Problem p, int lowerBound, PlanOptions options) {
            this(p, lowerBound, options, true);
        }

        /**
         * @param bounded whether candidates may stop once proven not shorter ({@link Candidates}); false
         *                packs each whole, as the reference of BoundedPassTest
         */
        Search(Problem p, int lowerBound, PlanOptions options, boolean bounded) {
            this.p = p;
            this.lowerBound = lowerBound;
            this.options = options;
            this.serial = SerialRigidPacker.applies(p, options.maxParallel());
            int budget = passes(options, p.m);
            // A week-packer pass costs about four serial ones (it walks weeks and records allocations), so
            // a budget buys a quarter as many; passes asked for explicitly are run as asked.
            this.passes = serial || options.improvementPasses().isPresent() ? budget : budget / REPACK_COST;
            this.candidates = new Candidates(p, options.maxParallel(), RULES + 1, bounded);
        }

        /**
         * Sets the proven bound of a search made before it was known (after {@link #firstWhole}).
         *
         * @param bound the problem's lower bound
         */
        void lowerBound(int bound) {
            this.lowerBound = bound;
        }

        /**
         * Whether a search of a first plan longer than the bound goes on without it ({@link #improveLonger}),
         * which asks the first candidate whole: it may then be packed before the bound is known
         * ({@link #firstWhole}).
         */
        boolean packsFirstWhole() {
            return passes > 0 && !serial && candidates.bounded() && passes <= stall();
        }

        /**
         * @return the first candidate (the bottleneck order) packed whole, as {@link #improveLonger} asks it
         *         when {@link #packsFirstWhole}; null when its order does not fit (never on a bounded problem)
         */
        Schedule firstWhole() {
            return candidate(0, Integer.MAX_VALUE);
        }

        /** @return week-packer passes run for candidates (whole or stopped), for the complexity tests */
        long packs() {
            return candidates.packs;
        }

        /** @return candidates answered from another pass's packing, for the complexity tests */
        long reused() {
            return candidates.reused;
        }

        /** @return weeks packed by candidate passes, for the complexity tests */
        long weekVisits() {
            return candidates.weekVisits;
        }

        /** @return candidate passes stopped once proven not shorter, for the complexity tests */
        long stopped() {
            return candidates.stopped;
        }

        /**
         * @param first a first greedy plan
         * @return the best plan found, {@code first} when nothing beats it
         */
        Schedule improve(Schedule first) {
            if (passes <= 0 || first.totalWeeks <= lowerBound) {
                return first;
            }
            if (serial) {
                Schedule best = new RigidSearch(p, passes, lowerBound, first.totalWeeks, random())
                        .run(rules(), new ListBuilder(p));
                return best == null ? first : best;
            }
            Schedule best = first;
            int stall = stall();
            int since = 0;
            int pass = 0;
            for (; pass < passes && best.totalWeeks > lowerBound && since < stall; pass++) {
                Schedule shorter = candidate(pass, best.totalWeeks);
                if (shorter != null) {
                    best = shorter;
                    since = 0;
                } else {
                    since++;
                }
            }
            if (best != first && pass == passes) {
                // every candidate was asked, and each improvement was strictly shorter: best is the first
                // candidate (in pass order) of the least length of them all
                leastCandidate = best;
            }
            return best;
        }

        /**
         * What a search of another first plan would give, known without asking the candidates again: after
         * an {@link #improve} that asked every candidate and ended with one of them ({@link #leastCandidate}),
         * a search that cannot stall ({@link #stall}) of a first plan longer than that candidate ends with
         * that candidate, whatever it asks on the way (each step is strictly shorter, and no candidate is
         * shorter than it). A search that may stall could stop before it from another first plan.
         *
         * <p>So the caller needs only to know whether the other first plan, packed in {@code order}, is
         * longer: its pass is packed within that candidate's length (it usually stops within a few weeks)
         * unless a candidate in the same order already shows it.
         *
         * @param order a priority order, the other first plan's
         * @return the least candidate when the first plan in {@code order} is proven longer than it; null
         *         when that is not known here (no such search, not a bounded search) or the first plan is
         *         not longer (the caller packs and improves it as usual)
         */
        Schedule leastIfLonger(int[] order) {
            Schedule least = leastCandidate;
            if (least == null || serial || !candidates.bounded() || passes > stall()) {
                // a search that may stall could stop before reaching that candidate from another first plan
                return null;
            }
            return candidates.longerThan(order, least.totalWeeks) ? least : null;
        }

        /**
         * Improves a first plan known only to be longer than the lower bound (its pass was stopped by
         * {@link WeekPacker#runWithin}), giving what {@link #improve} gives for it, mostly without packing it
         * whole:
         * <ul>
         *   <li>when the first candidate meets the bound it is the result for any such first plan (when the
         *       search goes on without the first plan, below, that candidate is packed whole at once: it is
         *       asked about whole there);</li>
         *   <li>when the search cannot stall before its last candidate ({@link #stall}), its result is the
         *       first candidate of the least length of all when that is shorter than the first plan, else
         *       the first plan, whatever the first plan's length made it ask on the way (each step is
         *       strictly shorter): so the candidates are asked without the first plan, and the first plan
         *       is then packed only within that least length (it usually stops within a few weeks);</li>
         *   <li>otherwise it is packed whole and improved as usual.</li>
         * </ul>
         *
         * @param firstWithin packs the first plan within a bound ({@code Integer.MAX_VALUE}: whole), giving
         *                    null when it ends after that bound
         * @return the best plan found
         */
        Schedule improveLonger(java.util.function.IntFunction<Schedule> firstWithin) {
            if (passes > 0 && !serial) {
                if (packsFirstWhole()) {
                    // the search without the first plan asks the first candidate whole: pack it whole at once
                    // (within the bound it would be packed whole when it meets it, and again when it does not)
                    Schedule first = firstWhole();
                    return first != null && first.totalWeeks <= lowerBound ? first : improveUnpacked(firstWithin);
                }
                Schedule meets = candidate(0, lowerBound + 1);
                if (meets != null) {
                    return meets;
                }
            }
            return improve(firstWithin.apply(Integer.MAX_VALUE));
        }

        /** {@link #improveLonger}'s search without the first plan: its candidates, then the first plan within the best. */
        private Schedule improveUnpacked(java.util.function.IntFunction<Schedule> firstWithin) {
            Schedule best = null;
            int pass = 0;
            for (; pass < passes && (best == null || best.totalWeeks > lowerBound); pass++) {
                Schedule shorter = candidate(pass, best == null ? Integer.MAX_VALUE : best.totalWeeks);
                if (shorter != null) {
                    best = shorter;
                }
            }
            if (best == null) {
                return improve(firstWithin.apply(Integer.MAX_VALUE));
            }
            Schedule first = firstWithin.apply(best.totalWeeks);
            if (first != null) {
                // the first plan is as short as every candidate: nothing improves it
                return first;
            }
            if (pass == passes) {
                leastCandidate = best;
            }
            return best;
        }

        /** @return after how many passes in a row without a shorter plan a search stops */
        private int stall() {
            return options.improvementPasses().isPresent() || options.budget() == PlanOptions.Budget.THOROUGH
                    ? Integer.MAX_VALUE : STALL_PASSES;
        }

        private double[][] rules() {
            if (rules == null) {
                rules = Improvement.rules(p);
            }
            return rules;
        }

        private SplittableRandom random() {
            return new SplittableRandom(options.seed() ^ 0x9E3779B97F4A7C15L * (p.m + 1L));
        }

        /**
         * @return the candidate of a pass when it is shorter than {@code limit}, else null; the orders
         *         up to the pass are made first, in pass order (each draws from the one random stream)
         */
        private Schedule candidate(int pass, int limit) {
            while (candidates.size() <= pass) {
                int next = candidates.size();
                candidates.add(next == 0 ? bottleneckOrder(p) : perturbedOrder(next - 1));
            }
            return candidates.shorterThan(pass, limit);
        }

        /**
         * @param order a priority order
         * @return the result of a deterministic candidate in exactly this order (a packing pass is a
         *         function of its order), or null when there is none (or its order did not fit, which a
         *         pass of the caller's reports again)
         */
        Schedule packedIn(int[] order) {
            return candidates.packedIn(order);
        }

        private int[] perturbedOrder(int pass) {
            if (rnd == null) {
                rnd = random();
                key = new double[p.m];
            }
            int m = p.m;
            double[] urgency = rules()[pass % RULES];
            double scale = scale(urgency);
            double noise = pass < RULES ? 0 : rnd.nextDouble() * 0.5;
            for (int v = 0; v < m; v++) {
                key[v] = urgency[v] / scale + (noise == 0 ? 0 : noise * rnd.nextDouble());
            }
            return Priorities.descending(key, key);
        }
    }

    /**
     * The bottleneck order: the track with the most weeks of work (hours at its usual weekly hours)
     * bounds the plan, and it idles while the skills leading to its work wait. So first the skills
     * with the most bottleneck weeks after them (along their longest chain of dependents, their own
     * weeks not counted), then by the longest remaining path, then by reading order. On roadmaps
     * with tracks this order often meets the lower bound where longest path first misses it by the
     * weeks the bottleneck waits at the start.
     */
    static int[] bottleneckOrder(Problem p) {
        int m = p.m;
        double[] own = bottleneckWeeks(p);
        double[] after = new double[m];
        double[] through = new double[m];
        // the remaining paths (Priorities.remainingPath), when nothing has worked them out yet, along the same walk
        double[] known = p.remainingPathIfKnown();
        double[] path = known != null ? known : new double[m];
        for (int i = m - 1; i >= 0; i--) {
            int v = p.topo[i];
            double best = 0;
            double longest = 0;
            for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                int d = p.depTgt[k];
                best = Math.max(best, through[d]);
                longest = Math.max(longest, path[d]);
            }
            after[v] = best;
            through[v] = own[v] + best;
            if (known == null) {
                path[v] = Priorities.weeksAlone(p, v) + longest;
            }
        }
        if (known == null) {
            p.remainingPath(path);
        }
        return Priorities.descending(after, path);
    }

    /**
     * @return per skill the weeks it keeps the bottleneck busy (the track with the most weeks of work
     *         at its usual hours): a rigid skill with a load there its weeks, a flexible one there its
     *         hours at the usual rate, others none
     */
    static double[] bottleneckWeeks(Problem p) {
        int m = p.m;
        int tracks = p.cap.trackCount();
        double[] load = new double[tracks];
        // first each flexible skill's weeks on its own track, which are its weeks on the bottleneck if it is there
        double[] own = new double[m];
        for (int v = 0; v < m; v++) {
            if (p.rigid[v]) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    load[p.loadTrack[l]] += p.rigidWeeks[v] * p.loadHours[l] / Math.max(p.cap.usual[p.loadTrack[l]], EPS_HOURS);
                }
            } else {
                own[v] = p.hours[v] / Math.max(p.cap.usual[p.track[v]], EPS_HOURS);
                load[p.track[v]] += own[v];
            }
        }
        int bottleneck = 0;
        for (int t = 1; t < tracks; t++) {
            if (load[t] > load[bottleneck]) {
                bottleneck = t;
            }
        }
        for (int v = 0; v < m; v++) {
            if (p.rigid[v]) {
                own[v] = weeksOn(p, v, bottleneck);
            } else if (p.track[v] != bottleneck) {
                own[v] = 0;
            }
        }
        return own;
    }

    /** Weeks rigid skill v keeps track t busy: its weeks when it has a load there. */
    private static double weeksOn(Problem p, int v, int t) {
        for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
            if (p.loadTrack[l] == t && p.loadHours[l] > 0) {
                return p.rigidWeeks[v];
            }
        }
        return 0;
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
        double[] tail = p.remainingPath();
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
            return Priorities.ranks(Priorities.descending(key, key));
        }
    }
}
