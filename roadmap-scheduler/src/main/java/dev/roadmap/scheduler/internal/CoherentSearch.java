package dev.roadmap.scheduler.internal;

import dev.roadmap.core.plan.PlanCoherence;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.InfeasiblePlanException;

/**
 * The default objective ({@link PlanOptions.Priority#COHERENT}): the shortest plan the budget finds,
 * then among plans of that length the most coherent ({@link PlanCoherence}'s scalar order).
 *
 * <ol>
 *   <li>When every planned skill is flexible on one track (or the pool) and nothing caps the skills
 *       in progress, every order fills every week, so all orders have the same length: the plan
 *       is the reading-order pass.</li>
 *   <li>Otherwise the length L comes from the search of today: the reading-order pass and the
 *       longest-path pass, each followed by the improvement stage at the budget; both plans are
 *       candidates, so the result is never longer than either. When the improved reading-order plan
 *       meets the lower bound it is the plan, and the longest-path pass is not run. When the improvement
 *       asked every candidate and ended with one, the longest-path pass's own improvement would end with
 *       that same candidate unless the pass is as short: the pass is then packed only within that length
 *       ({@link Improvement.Search#leastIfLonger}; it usually stops within a few weeks), and the candidate
 *       is the plan.</li>
 *   <li>When the reading-order plan is the shortest, it is the plan (unless the longest-path plan is
 *       as short and more coherent). Otherwise two guided passes follow reading order and take a
 *       skill ahead only from its due week: once
 *       with due weeks from a backward pass against L (the latest start that still leaves its
 *       longest remaining chain room before week L), once with the start weeks of the shortest plan
 *       found. They are candidates too; the guided plan usually keeps L and reads far better.</li>
 * </ol>
 * Candidates are ranked by length, then coherence, then in the order above (guided first); each
 * is a complete packing pass, so every rule holds. Work: two passes (four when reading order is not
 * the shortest) plus the budget's improvement passes, and an {@code O(n log n)} coherence
 * measure per compared candidate. The re-packing passes of the improvement stage are shared by the
 * two first plans ({@link Improvement.Search}); the serial search of all-rigid roadmaps runs for each.
 */
final class CoherentSearch {
    private CoherentSearch() {
    }

    static Schedule plan(Problem p, int lowerBound, PlanOptions options) {
        return plan(p, lowerBound, options, true);
    }

    /** A plan and the lower bound proven for its problem. */
    record Planned(Schedule schedule, int lowerBound) {
    }

    /**
     * The engine's entry: proves the lower bound ({@link LowerBound}) and plans, with the plan of
     * {@link #plan(Problem, int, PlanOptions)} for that bound. When the search will ask the improvement
     * stage's first candidate whole ({@link Improvement.Search#packsFirstWhole}; FAST on problems without
     * fixed-pace skills), that candidate is packed first, and its length lets the bound be proven sooner
     * ({@link LowerBound#compute(Problem, int)}): the bound and the plan are the same either way.
     */
    static Planned plan(Problem p, PlanOptions options) {
        if (orderFree(p, options.maxParallel()) || !WeekPacker.boundable(p)) {
            int lowerBound = LowerBound.compute(p);
            return new Planned(plan(p, lowerBound, options, true), lowerBound);
        }
        // the search is made before the bound is known, so that its first candidate can be packed first
        Improvement.Search search = new Improvement.Search(p, 0, options, true);
        Schedule first = search.packsFirstWhole() ? search.firstWhole() : null;
        int lowerBound = first == null ? LowerBound.compute(p) : LowerBound.compute(p, first.totalWeeks);
        search.lowerBound(lowerBound);
        return new Planned(search(p, lowerBound, options, true, search), lowerBound);
    }

    /**
     * @param bounded whether the reading-order pass may stop once it is proven longer than the bound
     *                ({@link WeekPacker#runWithin}), and the improvement stage's candidates once proven
     *                not shorter ({@link Candidates}); false packs them whole, as BoundedPassTest's reference
     */
    static Schedule plan(Problem p, int lowerBound, PlanOptions options, boolean bounded) {
        int maxParallel = options.maxParallel();
        if (orderFree(p, maxParallel)) {
            return readingOrder(p, identity(p.m), maxParallel);
        }
        // one search for both first plans: its re-packing candidates do not depend on the plan to beat
        return search(p, lowerBound, options, bounded, new Improvement.Search(p, lowerBound, options, bounded));
    }

    /** {@link #plan(Problem, int, PlanOptions, boolean)} for a problem whose order matters, with its search. */
    private static Schedule search(Problem p, int lowerBound, PlanOptions options, boolean bounded, Improvement.Search search) {
        int[] identity = identity(p.m);
        int maxParallel = options.maxParallel();
        Schedule docImproved;
        if (bounded && WeekPacker.boundable(p)) {
            // the reading-order pass stops once it is proven longer than the bound; it is packed whole
            // only when the improvement stage's first candidate does not meet the bound either
            Schedule doc = new WeekPacker(p, identity, identity, maxParallel).runWithin(lowerBound);
            if (doc != null) {
                doc.origin = Schedule.Origin.READING_ORDER;
                docImproved = search.improve(doc);
            } else {
                docImproved = search.improveLonger(within -> readingOrder(p, identity, maxParallel, within));
            }
        } else {
            docImproved = search.improve(readingOrder(p, identity, maxParallel));
        }
        if (docImproved.totalWeeks <= lowerBound) {
            // reading order (improved) meets the proven bound: no plan is shorter, none is worth a pass
            return docImproved;
        }
        int[] lpOrder = Priorities.order(p, PlanOptions.Priority.LONGEST_PATH);
        if (search.leastIfLonger(lpOrder) == docImproved) {
            // the longest-path plan is longer than the improved reading-order plan, a candidate of the least
            // length: its improvement would end with that same candidate, which is then the plan (below);
            // a search of whole passes (not bounded) never knows that
            return docImproved;
        }
        Schedule lpFirst = search.packedIn(lpOrder); // usually the second rule's candidate: the same pass
        if (lpFirst == null) {
            lpFirst = new WeekPacker(p, Priorities.ranks(lpOrder), lpOrder, maxParallel).run();
        }
        Schedule lp = search.improve(lpFirst);
        if (docImproved.totalWeeks <= lp.totalWeeks) {
            // reading order (improved) is already the shortest: a guided pass could only tie it
            return better(p, docImproved, lp);
        }
        Schedule shortest = lp;
        Schedule best = null;
        best = better(p, best, guided(p, identity, maxParallel, backward(p, shortest.totalWeeks)));
        best = better(p, best, guided(p, identity, maxParallel, shortest.start.clone()));
        best = better(p, best, docImproved);
        return better(p, best, lp);
    }

    private static int[] identity(int m) {
        int[] identity = new int[m];
        for (int v = 0; v < m; v++) {
            identity[v] = v;
        }
        return identity;
    }

    private static Schedule readingOrder(Problem p, int[] identity, int maxParallel) {
        return readingOrder(p, identity, maxParallel, Integer.MAX_VALUE);
    }

    /** @return the reading-order pass, packed within a bound ({@code Integer.MAX_VALUE}: whole); null when it ends after it */
    private static Schedule readingOrder(Problem p, int[] identity, int maxParallel, int within) {
        WeekPacker packer = new WeekPacker(p, identity, identity, maxParallel);
        Schedule doc = within == Integer.MAX_VALUE ? packer.run() : packer.runWithin(within);
        if (doc != null) {
            doc.origin = Schedule.Origin.READING_ORDER;
        }
        return doc;
    }

    /** Every order gives the same length when all planned skills are flexible on one track, without a cap. */
    static boolean orderFree(Problem p, int maxParallel) {
        if (maxParallel > 0) {
            return false;
        }
        int track = -1;
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v] || (track >= 0 && p.track[v] != track)) {
                return false;
            }
            track = p.track[v];
        }
        return true;
    }

    private static Schedule guided(Problem p, int[] identity, int maxParallel, int[] due) {
        try {
            Schedule s = new WeekPacker(p, identity, identity, maxParallel, due).run();
            s.origin = Schedule.Origin.GUIDED;
            s.due = due;
            return s;
        } catch (InfeasiblePlanException e) {
            // this order leaves a fixed-pace block no run of override weeks; the others stand
            return null;
        }
    }

    /** The shorter, then the more coherent; ties keep the incumbent. */
    private static Schedule better(Problem p, Schedule incumbent, Schedule candidate) {
        if (candidate == null) {
            return incumbent;
        }
        if (incumbent == null || candidate.totalWeeks < incumbent.totalWeeks) {
            return candidate;
        }
        if (candidate.totalWeeks > incumbent.totalWeeks) {
            return incumbent;
        }
        return coherence(p, candidate).compareTo(coherence(p, incumbent)) < 0 ? candidate : incumbent;
    }

    static PlanCoherence coherence(Problem p, Schedule s) {
        if (s.coherence == null) {
            s.coherence = PlanCoherence.measure(s.start, s.finish, p.reqOff, p.reqTgt, s.totalWeeks);
        }
        return s.coherence;
    }

    /**
     * The latest week each skill may start so that its longest remaining chain (each skill weighed
     * by the weeks it takes alone at its track's usual hours) still ends by week {@code length}. With
     * shared capacity this is optimistic, which is why the guided plan is verified, not trusted.
     */
    static int[] backward(Problem p, int length) {
        double[] tail = p.remainingPath();
        int[] due = new int[p.m];
        for (int v = 0; v < p.m; v++) {
            due[v] = length + 1 - (int) Math.ceil(tail[v] - 1e-9);
        }
        return due;
    }
}
