package dev.roadmap.scheduler.internal;

import dev.roadmap.core.primitive.LongMinHeap;

/**
 * The week packer's working arrays for one problem, reused by the packing passes of the one plan
 * call that built the problem (a re-plan runs two to a dozen passes of the same skills): the
 * remaining hours, the per-skill release records, the ready and in-progress queues and the fixed-pace
 * bookings and the log of allocations are allocated once and reset by each pass instead of allocated
 * by each.
 *
 * <p>Held by the {@link Problem} it belongs to, so it serves one plan call and is never shared between
 * calls or threads at the same time (a {@code Problem} is built per call and planned on one thread). A
 * pass that starts while another pass of the same problem is still running (which the search never
 * does) gets arrays of its own. When the problem has a {@link ScratchSlot}, its first pass takes the
 * slot's spare and reuses its arrays when they are large enough (the problem's own figures, the guard
 * and the flexible hours, are worked out afresh), and {@link #recycle} leaves it there for the next plan
 * call. Nothing of a pass's result stays here: the {@link Schedule} it returns owns its arrays (copied
 * out, the log at the exact size).
 */
final class PackerScratch {
    /** Per skill (arrays of at least {@link #capacity} skills): remaining hours, release records, stack, next week's. */
    final double[] rem;
    /** Per skill: earliest week, open prerequisites, track (-1 when rigid), setting prerequisite. */
    final int[] node;
    final int[] stack;
    final int[] nextWeek;
    final long[] trackKeys;
    final int[] trackOrder;
    final int[] holder;
    final double[] roomOf;
    final DoubleArray[] rigidUsed;
    final AllocationLog log;
    /**
     * Per skill: start and finish weeks, start sequence, whether it waited for a slot; and the skills
     * waiting for a later week. A pass works in these and copies what its {@link Schedule} keeps, so a
     * pass stopped by its bound (most candidates of a search) allocates none of them.
     */
    final int[] start;
    final int[] finish;
    final int[] seq;
    final boolean[] waited;
    final LongMinHeap deferred;
    /** The safety net on weeks ({@link WeekPacker}'s guard), which depends on the problem only. */
    long guardWeeks;
    /** Per track the hours of its flexible skills (summed in skill order), which a bounded pass starts from. */
    final double[] flexibleHours;
    /** Whether every planned skill is flexible ({@link WeekPacker#boundable}). */
    boolean boundable;
    /** The skills the per-skill arrays hold (at least the problem's). */
    private final int capacity;
    /** The problem's skills: the queues' universe is {@code m} (plain) or {@code 2m} (guided). */
    private int m;
    /** Per kind (plain or guided pass, ready or in progress) the queues of each track, made at first use. */
    private final RankQueue[][] queues = new RankQueue[4][];
    /** Per kind the universe its queues were made for. */
    private final int[] universe = new int[4];
    private boolean busy;

    private PackerScratch(Problem p) {
        capacity = p.m;
        int tracks = p.cap.trackCount();
        rem = new double[capacity];
        node = new int[4 * capacity];
        stack = new int[capacity];
        nextWeek = new int[capacity];
        start = new int[capacity];
        finish = new int[capacity];
        seq = new int[capacity];
        waited = new boolean[capacity];
        deferred = new LongMinHeap(Math.max(16, capacity / 4));
        trackKeys = new long[tracks];
        trackOrder = new int[tracks];
        holder = new int[tracks];
        roomOf = new double[tracks];
        rigidUsed = new DoubleArray[tracks];
        for (int t = 0; t < tracks; t++) {
            rigidUsed[t] = new DoubleArray(16);
        }
        flexibleHours = new double[tracks];
        long allocations = fit(p);
        log = new AllocationLog(allocations, logWeeks, tracks);
    }

    /** The weeks per track the last {@link #fit} sized the log for. */
    private long logWeeks;

    /**
     * Works out the problem's own figures (guard, flexible hours, boundable) in one walk over its skills.
     *
     * @return the allocations a pass of the problem is expected to make (the log's size)
     */
    private long fit(Problem p) {
        m = p.m;
        int tracks = flexibleHours.length;
        java.util.Arrays.fill(flexibleHours, 0);
        boolean allFlexible = true;
        CapacityTable cap = p.cap;
        // one walk over the skills for the guard on weeks, the log's size and the bounded passes' totals
        long guard = cap.lastOverrideWeek() + 16L;
        long[] weeksOn = new long[tracks];
        long allocations = 16;
        for (int v = 0; v < m; v++) {
            if (p.rigid[v]) {
                allFlexible = false;
                guard += p.rigidWeeks[v] + 1L;
                continue;
            }
            int t = p.track[v];
            double u = cap.usual[t];
            long k = u > 0 ? (long) Math.ceil(p.hours[v] / u) : 0;
            guard += k + 1L;
            // the log is sized for a pass at the tracks' usual hours: each flexible skill's weeks, plus one
            long weeks = u > 0 ? k : 1;
            weeksOn[t] += weeks;
            allocations += weeks + 1;
            flexibleHours[t] += p.hours[v];
        }
        // a safety net against endless loops: far beyond any week a greedy plan can reach
        guardWeeks = 2 * guard;
        boundable = allFlexible;
        long weeks = 64;
        for (long k : weeksOn) {
            weeks = Math.max(weeks, k + 16);
        }
        logWeeks = weeks;
        return allocations;
    }

    /** @return whether this scratch's arrays serve problem p (as many tracks, room for its skills) */
    private boolean fits(Problem p) {
        return capacity >= p.m && trackOrder.length == p.cap.trackCount();
    }

    /**
     * @return the problem's scratch, reset for a new pass and marked busy until {@link #release}; a
     *         fresh one when the problem's is busy
     */
    static PackerScratch acquire(Problem p) {
        PackerScratch s = p.packerScratch;
        if (s == null) {
            s = p.scratchSlot == null ? null : p.scratchSlot.take();
            if (s != null && s.fits(p)) {
                s.fit(p);
                s.reuses++;
            } else {
                s = new PackerScratch(p);
            }
            p.packerScratch = s;
        } else if (s.busy) {
            s = new PackerScratch(p);
        }
        s.busy = true;
        for (DoubleArray used : s.rigidUsed) {
            used.clear();
        }
        s.log.clear();
        s.deferred.clear();
        return s;
    }

    /** Ends a pass (normally or by an exception): the arrays may be reused. */
    void release() {
        busy = false;
    }

    /** How many problems this scratch served after the one it was made for, for the tests. */
    long reuses;

    /**
     * Most planned skills a scratch may have to be kept as a spare: a re-planner of a larger roadmap
     * would otherwise hold some 100 B per skill between its plans, while its passes cost far more than
     * allocating their arrays.
     */
    static final int SPARE_LIMIT = 50_000;

    /**
     * Ends the problem's plan call: leaves its scratch in its {@link ScratchSlot}, if it has one and the
     * problem has at most {@link #SPARE_LIMIT} skills, for the next plan call, and forgets it (a later
     * pass of the problem gets another).
     */
    static void recycle(Problem p) {
        PackerScratch s = p.packerScratch;
        if (p.scratchSlot != null && s != null && !s.busy && p.m <= SPARE_LIMIT) {
            p.packerScratch = null;
            p.scratchSlot.give(s);
        }
    }

    /**
     * @param guided     whether for a guided pass, which keys skills in {@code 0..2m-1}
     * @param inProgress the in-progress queues rather than the ready ones
     * @return the queues (one per track), empty
     */
    RankQueue[] queues(boolean guided, boolean inProgress) {
        int kind = (guided ? 2 : 0) + (inProgress ? 1 : 0);
        int needed = guided ? 2 * m : m;
        if (universe[kind] != needed) {
            // made for another problem's skills (a queue of a larger universe would serve, but each
            // universe keeps its own form of the queue)
            queues[kind] = null;
            universe[kind] = needed;
        }
        queues[kind] = cleared(queues[kind], needed);
        return queues[kind];
    }

    private RankQueue[] cleared(RankQueue[] queues, int universe) {
        if (queues == null) {
            queues = new RankQueue[trackOrder.length];
            for (int t = 0; t < queues.length; t++) {
                queues[t] = new RankQueue(universe);
            }
        } else {
            for (RankQueue q : queues) {
                q.clear();
            }
        }
        return queues;
    }
}
