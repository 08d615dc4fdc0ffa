package dev.roadmap.scheduler.internal;

/**
 * The week packer's working arrays for one problem, reused by the packing passes of the one plan
 * call that built the problem (a re-plan runs two to a dozen passes of the same skills): the
 * remaining hours, the per-skill release records, the ready and in-progress queues and the fixed-pace
 * bookings and the log of allocations are allocated once and reset by each pass instead of allocated
 * by each.
 *
 * <p>Held by the {@link Problem} it belongs to, so it lives and dies with one plan call and is never
 * shared between calls or threads (a {@code Problem} is built per call and planned on one thread). A
 * pass that starts while another pass of the same problem is still running (which the search never
 * does) gets arrays of its own. Nothing of a pass's result stays here: the {@link Schedule} it
 * returns owns its arrays (the log is copied out at the exact size).
 */
final class PackerScratch {
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
    /** The safety net on weeks ({@link WeekPacker}'s guard), which depends on the problem only. */
    final long guardWeeks;
    /** Per track the hours of its flexible skills (summed in skill order), which a bounded pass starts from. */
    final double[] flexibleHours;
    /** Whether every planned skill is flexible ({@link WeekPacker#boundable}). */
    final boolean boundable;
    private final int m;
    /** Per kind (plain or guided pass, ready or in progress) the queues of each track, made at first use. */
    private final RankQueue[][] queues = new RankQueue[4][];
    private boolean busy;

    private PackerScratch(Problem p) {
        m = p.m;
        int tracks = p.cap.trackCount();
        rem = new double[m];
        node = new int[4 * m];
        stack = new int[m];
        nextWeek = new int[m];
        trackKeys = new long[tracks];
        trackOrder = new int[tracks];
        holder = new int[tracks];
        roomOf = new double[tracks];
        rigidUsed = new DoubleArray[tracks];
        for (int t = 0; t < tracks; t++) {
            rigidUsed[t] = new DoubleArray(16);
        }
        flexibleHours = new double[tracks];
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
        log = new AllocationLog(allocations, weeks, tracks);
    }

    /**
     * @return the problem's scratch, reset for a new pass and marked busy until {@link #release}; a
     *         fresh one when the problem's is busy
     */
    static PackerScratch acquire(Problem p) {
        PackerScratch s = p.packerScratch;
        if (s == null) {
            s = new PackerScratch(p);
            p.packerScratch = s;
        } else if (s.busy) {
            s = new PackerScratch(p);
        }
        s.busy = true;
        for (DoubleArray used : s.rigidUsed) {
            used.clear();
        }
        s.log.clear();
        return s;
    }

    /** Ends a pass (normally or by an exception): the arrays may be reused. */
    void release() {
        busy = false;
    }

    /**
     * @param guided     whether for a guided pass, which keys skills in {@code 0..2m-1}
     * @param inProgress the in-progress queues rather than the ready ones
     * @return the queues (one per track), empty
     */
    RankQueue[] queues(boolean guided, boolean inProgress) {
        int kind = (guided ? 2 : 0) + (inProgress ? 1 : 0);
        queues[kind] = cleared(queues[kind], guided ? 2 * m : m);
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
