package dev.roadmap.scheduler.internal;

import dev.roadmap.spi.InfeasiblePlanException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-packing candidates of one improvement search ({@link Improvement.Search}), by pass: each
 * pass's priority order and what packing it has shown so far. A search only ever asks whether a
 * candidate is shorter than its best plan, so on problems whose passes may be bounded
 * ({@link WeekPacker#boundable}: no fixed-pace skills) a candidate is packed with
 * {@link WeekPacker#runWithin} one week below that plan's length, and stops as soon as it is proven
 * not shorter; most candidates that lose are given up after a few weeks. A candidate stopped below
 * one length is packed again only when a later question (another first plan's search) asks about a
 * longer length; a packing pass is a function of its order, so every answer, and every schedule
 * returned, is the one the whole pass gives (BoundedPassTest compares the plans with whole passes).
 *
 * <p>Deterministic candidates (the first {@code deterministic} passes) whose order equals an earlier
 * one's share that pass's packing. Their schedules, packed whole, are kept for
 * {@link #packedIn}; other candidates' schedules are kept only when returned. Not thread-safe.
 */
final class Candidates {
    private static final int UNKNOWN = -1;
    /** The length of a candidate whose order leaves a fixed-pace skill no run of weeks. */
    private static final int INFEASIBLE = Integer.MAX_VALUE;

    private final Problem p;
    private final int maxParallel;
    private final int deterministic;
    private final boolean bounded;
    private final List<int[]> orders = new ArrayList<>();
    /** Per pass the pass whose packing it shares (an earlier deterministic pass in the same order), else itself. */
    private final IntArray shared = new IntArray(16);
    /** Per pass its length, {@link #UNKNOWN} until packed whole (or to its end within a bound). */
    private final IntArray weeks = new IntArray(16);
    /** Per pass the largest week its plan was proven to end after, or -1. */
    private final IntArray longerThan = new IntArray(16);
    private final Map<Integer, Schedule> kept = new HashMap<>();
    /** Work counters for the complexity tests: passes packed (whole or stopped), passes stopped, passes shared, weeks packed. */
    long packs;
    long stopped;
    long reused;
    long weekVisits;

    /**
     * @param deterministic how many first passes are deterministic (shared when their orders are equal)
     * @param bounded       whether candidates may be packed within a bound (only on {@link WeekPacker#boundable} problems)
     */
    Candidates(Problem p, int maxParallel, int deterministic, boolean bounded) {
        this.p = p;
        this.maxParallel = maxParallel;
        this.deterministic = deterministic;
        this.bounded = bounded && WeekPacker.boundable(p);
    }

    /** @return how many passes have an order */
    int size() {
        return orders.size();
    }

    /** Adds the next pass's order (passes are added in pass order). */
    void add(int[] order) {
        int pass = orders.size();
        orders.add(order);
        int same = pass;
        if (pass < deterministic) {
            for (int j = 0; j < pass && same == pass; j++) {
                if (shared.get(j) == j && Arrays.equals(orders.get(j), order)) {
                    same = j;
                    reused++;
                }
            }
        }
        shared.append(same);
        weeks.append(UNKNOWN);
        longerThan.append(-1);
    }

    /**
     * @param pass  a pass with an order
     * @param limit a plan length
     * @return the pass's schedule when it is shorter than {@code limit}, else null
     */
    Schedule shorterThan(int pass, int limit) {
        int c = shared.get(pass);
        int known = weeks.get(c);
        if (known == UNKNOWN) {
            if (longerThan.get(c) >= limit - 1) {
                return null;
            }
            Schedule s = pack(c, limit == Integer.MAX_VALUE ? Integer.MAX_VALUE : limit - 1);
            if (s == null) {
                return null;
            }
            known = s.totalWeeks;
            if (known < limit || c < deterministic) {
                kept.put(c, s);
            }
        }
        if (known >= limit) {
            return null;
        }
        Schedule s = kept.get(c);
        if (s == null) {
            // known shorter only now (an earlier question asked about a shorter length): pack it again
            s = pack(c, Integer.MAX_VALUE);
            kept.put(c, s);
        }
        return s;
    }

    /**
     * @param order a priority order
     * @return the schedule of a deterministic candidate in exactly this order, packed whole now if it
     *         was only stopped before; null when there is none, or its order does not fit (which a
     *         pass of the caller's reports again)
     */
    Schedule packedIn(int[] order) {
        for (int j = 0; j < Math.min(deterministic, orders.size()); j++) {
            if (shared.get(j) == j && Arrays.equals(orders.get(j), order) && weeks.get(j) != INFEASIBLE) {
                reused++;
                Schedule s = kept.get(j);
                if (s == null) {
                    s = pack(j, Integer.MAX_VALUE);
                    kept.put(j, s);
                }
                return s;
            }
        }
        return null;
    }

    /** @return whether candidates are packed within bounds ({@link WeekPacker#runWithin}) */
    boolean bounded() {
        return bounded;
    }

    /**
     * Whether the pass in an order is proven to end after week {@code length}: from what the deterministic
     * candidate in exactly this order has shown (packed within {@code length} now if that is not enough), or,
     * when there is no such candidate, from a pass in the order packed within {@code length}. A pass is a
     * function of its order, so the answer is the whole pass's.
     *
     * @param order  a priority order
     * @param length a plan length
     * @return true when the pass in this order ends after week {@code length}; false when it does not, or
     *         its order does not fit (a fixed-pace block without a run of weeks; never on bounded problems)
     */
    boolean longerThan(int[] order, int length) {
        for (int j = 0; j < Math.min(deterministic, orders.size()); j++) {
            if (shared.get(j) == j && Arrays.equals(orders.get(j), order)) {
                if (weeks.get(j) == INFEASIBLE) {
                    return false;
                }
                return shorterThan(j, length + 1) == null;
            }
        }
        packs++;
        WeekPacker packer = new WeekPacker(p, Priorities.ranks(order), order, maxParallel);
        Schedule s = packer.runWithin(length);
        weekVisits += packer.weekVisits;
        if (s == null) {
            stopped++;
            return true;
        }
        return false;
    }

    /**
     * Packs a pass within a bound (when bounded) and records what it shows.
     *
     * @return its schedule, or null when it stopped (its plan ends after {@code bound}) or does not fit
     */
    private Schedule pack(int pass, int bound) {
        packs++;
        int[] order = orders.get(pass);
        WeekPacker packer = new WeekPacker(p, Priorities.ranks(order), order, maxParallel);
        Schedule s;
        try {
            s = bounded && bound < Integer.MAX_VALUE ? packer.runWithin(bound) : packer.run();
        } catch (InfeasiblePlanException e) {
            weekVisits += packer.weekVisits;
            // this order leaves a fixed-pace block no run of override weeks; other orders may
            weeks.set(pass, INFEASIBLE);
            return null;
        }
        weekVisits += packer.weekVisits;
        if (s == null) {
            stopped++;
            longerThan.set(pass, Math.max(longerThan.get(pass), bound));
        } else {
            weeks.set(pass, s.totalWeeks);
        }
        return s;
    }
}
