package dev.roadmap.scheduler.internal;

import dev.roadmap.core.primitive.LongMinHeap;
import dev.roadmap.spi.InfeasiblePlanException;
import java.util.Arrays;
import java.util.List;

/**
 * The hot loop: packs the planned skills into weeks, one week at a time, on primitive arrays.
 *
 * <p>Each week: rigid skills whose prerequisites are finished are booked first (a whole run of
 * weeks at their fixed load, as early as their tracks have room, like appointments); then each
 * track's remaining hours go to flexible skills in priority order, skills already in progress and
 * skills ready to start competing by rank; tracks
 * are served in the order of their most urgent skill. A flexible skill that finishes releases its dependents;
 * a flexible dependent on the same track whose other prerequisites are done may take the rest of
 * the same week. Ready skills wait in one {@link RankQueue} per track keyed by rank; skills whose earliest week
 * is still ahead wait in a heap keyed by (week, rank), so idle stretches are skipped. Work is
 * {@code O((n + e) log n + weeks * tracks)}.
 *
 * <p>Steady weeks are packed without the queues: when nothing arrives in a week, no fixed-pace
 * skill ends and on every track the skill chosen is one already in progress that does not finish,
 * the week is the last one again (the same skill takes each track's room, in the same track order),
 * so the packer writes those allocations directly until the next week in which something happens
 * ({@link #steadyStretch}). The result is the same as walking those weeks one by one
 * (WeekPackerSteadyTest compares the two).
 *
 * <p>The working arrays come from the problem's {@link PackerScratch}, shared by the passes of one
 * plan call; the returned {@link Schedule} owns its arrays.
 */
final class WeekPacker {
    /** Hours below which an amount counts as nothing. */
    static final double EPS = 1e-9;

    private final Problem p;
    private final CapacityTable cap;
    private final int[] rank;
    private final int[] byRank;
    private final int maxParallel;
    private final int tracks;
    private final int[] latest;

    private double[] rem;
    /**
     * Per skill {@code v}, side by side so that a release touches one cache line per dependent:
     * {@code node[4v]} its earliest week (0 until a prerequisite sets it), {@code node[4v+1]} its
     * prerequisites not yet finished, {@code node[4v+2]} its track, or -1 when rigid, and
     * {@code node[4v+3]} the prerequisite that set its earliest week, or -1.
     */
    private int[] node;
    private int[] start;
    private int[] finish;
    private int[] seqOf;
    private boolean[] waitedParallel;
    private RankQueue[] ready;
    private RankQueue[] progress;
    private LongMinHeap deferred;
    private DoubleArray[] rigidUsed;
    /** The number of weeks some track has bookings in: no track's {@link #rigidUsed} is longer. */
    private int bookedWeeks;
    private final IntHeap rigidEnds = new IntHeap(16);
    private AllocationLog log;
    private int[] stack;
    /**
     * Plain passes: flexible skills released while a week is packed that are ready the next week,
     * which the deferred heap would only hand on to the ready heaps (the order they join those does
     * not matter); a guided pass keys skills by week, so it uses the deferred heap for all.
     */
    private int[] nextWeek;
    private int nextCount;
    /** Guided pass: the order of due skills, and which heap each skill is in; null for a plain pass. */
    private final DueOrder due;
    private static final int[] SINGLE_TRACK = {0};
    private long[] trackKeys;
    private int[] trackOrder;
    /** Steady weeks: per track the skill in progress that takes its room, or -1; and its room. */
    private int[] holder;
    private double[] roomOf;
    /** Per track its usual hours rounded down to hundredths: the room of a week without override or booking. */
    private final double[] usualRoom;
    private final int lastOverride;
    private int seq;
    private int remaining;
    private int activeFlexible;
    private int runningRigid;
    private boolean rigidWaiting;
    private int currentTrack = -1;
    private int recordedWeeks;
    /** Whether steady weeks are packed directly (the default) or walked one by one like the others. */
    boolean steadyWeeks = true;
    /** A pass bounded by {@link #runWithin}: the week the plan must end by, else {@code Integer.MAX_VALUE}. */
    private int within = Integer.MAX_VALUE;
    /** Whether the pass is bounded by {@link #runWithin}. */
    private boolean bounded;
    /** A bounded pass: per track the flexible hours not yet allocated; null for an ordinary pass. */
    private double[] flexLeft;
    /** A bounded pass: per track its hours in weeks {@code 1..within}. */
    private double[] hoursToBound;
    /**
     * A bounded pass, per track: the week of its last proof worked out (0 before the first), its full
     * weeks up to then ({@link AllocationLog#fullUpTo}), and that proof's slack (its limit less its
     * flexible hours left); see {@link #provenLonger}.
     */
    private int[] checkedAt;
    private int[] fullAtCheck;
    private double[] slack;
    /**
     * A bounded pass, per track: the most a week can take off its slack, a week with room left (all
     * its hours) and a full week (the hours its room, rounded down to hundredths, leaves unused), each
     * with a margin for the limit's drift and floating-point noise.
     */
    private double[] openWeekLoss;
    private double[] fullWeekLoss;
    /**
     * A bounded pass, per track: the first week whose loss bound could reach the track's slack, counting
     * each week since its last look as a full one and each week with room left as {@link #openWeekCost}
     * full ones; and the least of them, so that the weeks before it cost {@link #provenLonger} one
     * comparison.
     */
    private int[] lookFrom;
    private int nextLook;
    /** A bounded pass, per track: how many full weeks' losses, less one, a week with room left may lose at most. */
    private int[] openWeekCost;
    /** Whether a bounded pass works out its proof on every track every week (the reference of BoundedPassTest). */
    boolean checkEveryWeek;
    /** Work counters for the complexity tests (WeekPackerComplexityTest); one increment each, never read here. */
    long weekVisits;
    long allocationSteps;
    long releaseSteps;
    /** Weeks packed by {@link #steadyStretch} (counted in {@link #weekVisits} too). */
    long steadyWeekVisits;
    /** Proofs of a bounded pass worked out, one per track and week checked. */
    long boundChecks;
    /** Losses of a bounded pass worked out (a track's look in a week), proofs or not. */
    long lossChecks;
    /** Whether a bounded pass works out every track's loss every week (the reference of BoundedPassTest). */
    boolean lookEveryWeek;

    WeekPacker(Problem p, int[] rank, int[] byRank, int maxParallel) {
        this(p, rank, byRank, maxParallel, null);
    }

    /**
     * @param latest for a guided pass: per skill the week from which it outranks every skill that
     *               is not yet due (ranked among the due ones by this week, then by rank); null for
     *               a plain pass by rank
     */
    WeekPacker(Problem p, int[] rank, int[] byRank, int maxParallel, int[] latest) {
        this.p = p;
        this.due = latest == null ? null : new DueOrder(latest, rank, byRank);
        this.latest = latest;
        this.cap = p.cap;
        this.rank = rank;
        this.byRank = byRank;
        this.maxParallel = maxParallel;
        this.tracks = cap.trackCount();
        this.lastOverride = cap.lastOverrideWeek();
        this.usualRoom = new double[tracks];
        for (int t = 0; t < tracks; t++) {
            usualRoom[t] = Cents.floor(cap.usual[t]);
        }
    }

    /**
     * Packs the problem once.
     *
     * @return the schedule
     * @throws InfeasiblePlanException when a fixed-pace skill finds no run of weeks with room
     */
    Schedule run() {
        PackerScratch scratch = PackerScratch.acquire(p);
        try {
            if (bounded) {
                bound(scratch);
            }
            take(scratch);
            Schedule s = pack(scratch.guardWeeks);
            return s;
        } finally {
            scratch.release();
        }
    }

    /**
     * Packs the problem once, or stops as soon as the plan is proven to end after week {@code bound}:
     * a track's flexible hours not yet allocated exceed all its hours in the weeks left up to
     * {@code bound}, or week {@code bound} is packed with skills left. Only for problems without
     * fixed-pace skills ({@link #boundable}), whose passes cannot fail: the stopped pass would have
     * ended after week {@code bound} without an exception, so a caller that needs only to know that
     * loses nothing (BoundedPassTest compares it with the whole pass).
     *
     * @param bound the week the plan must end by
     * @return the schedule (the whole pass's), or null when the pass stopped because its plan ends
     *         after week {@code bound}
     */
    Schedule runWithin(int bound) {
        bounded = true;
        within = bound;
        return run();
    }

    /** A bounded pass: starts the tracks' flexible hours not yet allocated and their hours up to the bound. */
    private void bound(PackerScratch scratch) {
        if (!scratch.boundable) {
            throw new IllegalStateException("a bounded pass needs a problem without fixed-pace skills");
        }
        flexLeft = scratch.flexibleHours.clone();
        hoursToBound = new double[tracks];
        checkedAt = new int[tracks];
        fullAtCheck = new int[tracks];
        slack = new double[tracks];
        openWeekLoss = new double[tracks];
        fullWeekLoss = new double[tracks];
        // every track looks in week 1
        lookFrom = new int[tracks];
        nextLook = 0;
        openWeekCost = new int[tracks];
        for (int t = 0; t < tracks; t++) {
            hoursToBound[t] = cap.cumulative(t, within);
            // -1: the first week's proof is worked out
            slack[t] = -1;
            double most = cap.maxHours(t);
            openWeekLoss[t] = most * (1 + 1e-5);
            // a full week allocates its room, its hours rounded down to hundredths (less at most EPS)
            fullWeekLoss[t] = (FULL_WEEK_UNUSED + EPS + 1e-6 * most) * (1 + 1e-5);
            // (at most Integer.MAX_VALUE - 1: more than any next look is ahead, so such a week looks at once)
            openWeekCost[t] = (int) Math.min(Integer.MAX_VALUE, Math.ceil(openWeekLoss[t] / fullWeekLoss[t] * (1 + 1e-9))) - 1;
        }
    }

    /** The most hours of a week a full week of a bounded pass leaves unused: its hours less its room (hundredths). */
    private static final double FULL_WEEK_UNUSED = 0.01;

    /** @return whether every planned skill is flexible, so that {@link #runWithin} applies */
    static boolean boundable(Problem p) {
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param w the last week packed
     * @return whether a bounded pass has proven that the plan ends after its bound
     */
    private boolean provenLonger(int w) {
        if (w >= within) {
            return remaining > 0;
        }
        if (w < nextLook) {
            // no track's loss can have reached its slack yet (the losses of its weeks since its last look, full
            // or with room left, are below what was left of its slack then)
            return false;
        }
        int next = Integer.MAX_VALUE;
        for (int t = 0; t < tracks; t++) {
            if (w < lookFrom[t]) {
                next = Math.min(next, lookFrom[t]);
                continue;
            }
            if (proven(t, w)) {
                return true;
            }
            next = Math.min(next, lookFrom[t]);
        }
        nextLook = next;
        return false;
    }

    /**
     * Looks at track t after week w: works out its proof when the weeks since the last one could have
     * used up its slack, and sets the week of its next look.
     *
     * @return whether the proof holds: the track's flexible hours left exceed its hours up to the bound
     */
    private boolean proven(int t, int w) {
        lossChecks++;
        int full = log.fullUpTo(t, w);
        if (!checkEveryWeek) {
            // Since the last proof, each week lowered the slack (limit less flexible hours left) by
            // what it left unused of its hours plus the limit's drift (1e-6 of its hours): at most
            // all its hours in a week with room left, at most the hundredths its room rounds off in
            // a full week. While those losses stay below the slack, the proof cannot hold.
            int fulls = full - fullAtCheck[t];
            double loss = (w - checkedAt[t] - fulls) * openWeekLoss[t] + fulls * fullWeekLoss[t];
            if (loss < slack[t]) {
                lookFrom[t] = w + 1 + fullWeeksWithin(slack[t] - loss, t);
                return false;
            }
        }
        boundChecks++;
        double left = hoursToBound[t] - cap.cumulative(t, w);
        double limit = left + 1e-6 * (1 + left);
        if (flexLeft[t] > limit) {
            return true;
        }
        checkedAt[t] = w;
        fullAtCheck[t] = full;
        slack[t] = limit - flexLeft[t];
        lookFrom[t] = w + 1 + fullWeeksWithin(slack[t], t);
        return false;
    }

    /**
     * @param room what is left of track t's slack after its last look's loss
     * @return how many more full weeks (each losing at most its full-week loss) certainly leave the loss
     *         below the slack; 0 when looking every week. A week with room left counts as
     *         {@link #openWeekCost} more ({@link #weekEnded}).
     */
    private int fullWeeksWithin(double room, int t) {
        if (checkEveryWeek || lookEveryWeek) {
            return 0;
        }
        // a margin for the rounding of the loss worked out later (relative 1e-16; 1e-9 here)
        double weeks = (room - 1e-9 * (1 + Math.abs(room) + Math.abs(slack[t]))) / fullWeekLoss[t];
        return weeks <= 0 ? 0 : (int) Math.min(weeks, 1 << 30);
    }

    /**
     * Records a track's week in the log; in a bounded pass a week with room left may lose up to all its
     * hours of the track's slack, as much as {@code 1 + openWeekCost} full weeks, so the track's next look
     * comes that much sooner.
     */
    private void weekEnded(int t, int w, boolean full) {
        log.weekEnded(t, w, full);
        if (!full && lookFrom != null) {
            int look = (int) Math.max(0, (long) lookFrom[t] - openWeekCost[t]);
            lookFrom[t] = look;
            nextLook = Math.min(nextLook, look);
        }
    }

    /** Takes the working arrays from the scratch; {@link #result} copies what the schedule keeps. */
    private void take(PackerScratch scratch) {
        int m = p.m;
        rem = scratch.rem;
        System.arraycopy(p.hours, 0, rem, 0, m);
        node = scratch.node;
        stack = scratch.stack;
        nextWeek = latest == null ? scratch.nextWeek : null;
        trackKeys = scratch.trackKeys;
        trackOrder = scratch.trackOrder;
        holder = scratch.holder;
        roomOf = scratch.roomOf;
        rigidUsed = scratch.rigidUsed;
        ready = scratch.queues(latest != null, false);
        progress = scratch.queues(latest != null, true);
        deferred = scratch.deferred;
        start = scratch.start;
        finish = scratch.finish;
        seqOf = scratch.seq;
        waitedParallel = scratch.waited;
        Arrays.fill(start, 0, m, 0);
        Arrays.fill(finish, 0, m, 0);
        Arrays.fill(waitedParallel, 0, m, false);
        log = scratch.log;
    }

    private Schedule pack(long guard) {
        int m = p.m;
        for (int v = 0; v < m; v++) {
            int indeg = p.reqOff[v + 1] - p.reqOff[v];
            node[4 * v] = indeg == 0 ? 1 : 0;
            node[4 * v + 1] = indeg;
            node[4 * v + 2] = p.rigid[v] ? -1 : p.track[v];
            node[4 * v + 3] = -1;
            if (indeg == 0) {
                if (due == null && !p.rigid[v] && rem[v] > EPS) {
                    // a plain pass's flexible skill free from the start joins its ready queue now, as week 1's
                    // drain of the deferred heap would (the order skills join a queue does not matter)
                    ready[p.track[v]].add(rank[v]);
                } else {
                    deferred.add(key(1, v));
                }
            }
        }
        remaining = m;
        int w = 1;
        while (remaining > 0) {
            if (nextCount == 0 && allHeapsEmpty()) {
                if (deferred.isEmpty()) {
                    throw new IllegalStateException("week packing stalled with " + remaining + " skills left");
                }
                w = Math.max(w, (int) (deferred.peek() >>> 32));
            }
            if (w > guard) {
                throw new IllegalStateException("week packing exceeded " + guard + " weeks");
            }
            if (steadyWeeks && w == recordedWeeks + 1 && w > 1) {
                w = steadyStretch(w, guard);
            }
            weekVisits++;
            recordIdleWeeksBefore(w);
            while (!rigidEnds.isEmpty() && rigidEnds.peek() < w) {
                rigidEnds.poll();
                runningRigid--;
            }
            rigidWaiting = false;
            drainDeferred(w);
            if (due != null) {
                fireDue(w);
            }
            for (int t : trackOrder()) {
                packTrack(t, w);
            }
            recordedWeeks = w;
            if (flexLeft != null && provenLonger(w)) {
                return null;
            }
            w++;
        }
        return result();
    }

    private Schedule result() {
        int m = p.m;
        Schedule s = new Schedule();
        int total = 0;
        for (int v = 0; v < m; v++) {
            total = Math.max(total, finish[v]);
        }
        s.totalWeeks = total;
        s.start = Arrays.copyOf(start, m);
        s.finish = Arrays.copyOf(finish, m);
        s.startSeq = Arrays.copyOf(seqOf, m);
        int[] est = new int[m];
        int[] estFrom = new int[m];
        for (int v = 0; v < m; v++) {
            est[v] = node[4 * v];
            estFrom[v] = node[4 * v + 3];
        }
        s.earliest = est;
        s.earliestFrom = estFrom;
        s.waitedParallel = Arrays.copyOf(waitedParallel, m);
        log.copyInto(s);
        return s;
    }

    /**
     * Packs weeks {@code w, w + 1, ...} directly while each is a repeat of week {@code w - 1}'s
     * ending state: nothing arrives (no released or deferred skill, no due skill: plain passes only),
     * no fixed-pace skill ends, and on every track the skill chosen is in progress already and does not
     * finish, so it takes the track's whole room and stays in its queue. Those weeks allocate the
     * room of each such track to its skill, in the track order of week {@code w} (which nothing
     * changes), exactly as {@link #packTrack} would.
     *
     * @return the first week not packed here (it is then packed the ordinary way)
     */
    private int steadyStretch(int w, long guard) {
        if (due != null || nextCount > 0 || w > guard || !quietWeek(w) || !steadyFirstWeek(w)) {
            // the first week is not steady (most weeks): no track order needed here
            return w;
        }
        int[] order = trackOrder();
        while (true) {
            for (int t : order) {
                int v = holder[t];
                double room = roomOf[t];
                boolean full = room <= EPS;
                if (!full && v >= 0) {
                    allocationSteps++;
                    log.add(w, v, room);
                    rem[v] -= room;
                    if (flexLeft != null) {
                        flexLeft[t] -= room;
                    }
                    full = true;
                }
                weekEnded(t, w, full);
            }
            weekVisits++;
            steadyWeekVisits++;
            recordedWeeks = w;
            w++;
            if (w > guard || !quietWeek(w) || !roomsKeepHolders(w)) {
                return w;
            }
        }
    }

    /** @return whether no deferred skill becomes ready and no fixed-pace skill ends by week w */
    private boolean quietWeek(int w) {
        return (deferred.isEmpty() || (deferred.peek() >>> 32) > w) && (rigidEnds.isEmpty() || rigidEnds.peek() >= w);
    }

    /**
     * Sets each track's holder, the skill in progress its week w would choose (or -1 when it would
     * choose none), and its room in week w, track by track until one shows that the week is not steady.
     *
     * @return false when some track would start a ready skill, or its holder would finish in week w, or
     *         no track has a holder (not a steady week)
     */
    private boolean steadyFirstWeek(int w) {
        boolean canStart = maxParallel == 0 || activeFlexible + runningRigid < maxParallel;
        boolean any = false;
        for (int t = 0; t < tracks; t++) {
            RankQueue rd = ready[t];
            RankQueue pg = progress[t];
            int v;
            if (!pg.isEmpty() && (!canStart || rd.isEmpty() || pg.peek() < rd.peek())) {
                v = skillOf(pg.peek());
                any = true;
            } else if (canStart && !rd.isEmpty()) {
                return false;
            } else {
                v = -1;
            }
            holder[t] = v;
            double room = room(t, w);
            roomOf[t] = room;
            if (v >= 0 && room > EPS && rem[v] <= room + EPS) {
                return false;
            }
        }
        return any;
    }

    /** Computes each track's room in week w; @return false when a holder would finish in it */
    private boolean roomsKeepHolders(int w) {
        for (int t = 0; t < tracks; t++) {
            double room = room(t, w);
            roomOf[t] = room;
            int v = holder[t];
            if (v >= 0 && room > EPS && rem[v] <= room + EPS) {
                return false;
            }
        }
        return true;
    }

    /** The flexible hours of a track in a week: its capacity less the fixed-pace bookings, in hundredths. */
    private double room(int t, int w) {
        // after the last override and every booking (most weeks) without looking at the track's bookings
        if (w > lastOverride && (w >= bookedWeeks || w >= rigidUsed[t].size())) {
            assert w >= rigidUsed[t].size() : "track " + t + " has bookings after week " + bookedWeeks;
            return usualRoom[t];
        }
        return Cents.floor(cap.hours(w, t) - rigidUsed[t].get(w));
    }

    private long key(int week, int v) {
        return ((long) week << 32) | keyOf(v, week);
    }

    /** The heap key of a skill in week w: its rank, or in a guided pass its due rank once due. */
    private int keyOf(int v, int w) {
        return due == null ? rank[v] : due.keyOf(v, w);
    }

    private int skillOf(int key) {
        return due == null ? byRank[key] : due.skillOf(key);
    }

    private void addReady(int t, int v, int w) {
        int k = keyOf(v, w);
        ready[t].add(k);
        if (due != null) {
            due.entered(v, DueOrder.READY, k);
        }
    }

    private void addProgress(int t, int v, int w) {
        int k = keyOf(v, w);
        progress[t].add(k);
        if (due != null) {
            due.entered(v, DueOrder.PROGRESS, k);
        }
    }

    /** Guided pass: a skill that falls due while waiting gets its due key in the heap it waits in. */
    private void fireDue(int w) {
        int v;
        while ((v = due.nextDue(w)) >= 0) {
            int where = due.where(v);
            if (where == DueOrder.READY) {
                ready[p.track[v]].add(due.keyOf(v, w));
            } else if (where == DueOrder.PROGRESS) {
                progress[p.track[v]].add(due.keyOf(v, w));
            }
        }
    }

    /** Guided pass: drops entries that a due key superseded. */
    private void clean(RankQueue h, int w) {
        if (due != null) {
            while (!h.isEmpty() && due.stale(h.peek(), w)) {
                h.poll();
            }
        }
    }

    /**
     * Tracks in the order of the best-ranked skill waiting on them, so that under {@code maxParallel}
     * the free slots go to the most urgent skills first; ties by track id.
     */
    private int[] trackOrder() {
        if (tracks == 1) {
            return SINGLE_TRACK;
        }
        if (tracks == 3) {
            return threeTrackOrder();
        }
        long[] keys = trackKeys;
        for (int t = 0; t < tracks; t++) {
            keys[t] = ((long) Math.min(ready[t].least(), progress[t].least()) << 32) | t;
        }
        orderByKeys(keys, tracks, trackOrder);
        return trackOrder;
    }

    /**
     * Orders tracks by their keys (distinct: each holds its track id in the low bits), smallest first.
     *
     * @param keys  per track its key (sorted in place when there are more than 8 tracks)
     * @param order receives the tracks in order
     */
    static void orderByKeys(long[] keys, int tracks, int[] order) {
        if (tracks <= 8) {
            // a handful of tracks: each track's place is the number of smaller keys (keys are distinct),
            // counted without branches
            for (int t = 0; t < tracks; t++) {
                long k = keys[t];
                int place = 0;
                for (int u = 0; u < tracks; u++) {
                    place += (int) ((keys[u] - k) >>> 63);
                }
                order[place] = t;
            }
            return;
        }
        Arrays.sort(keys, 0, tracks);
        for (int t = 0; t < tracks; t++) {
            order[t] = (int) keys[t];
        }
    }

    /**
     * {@link #trackOrder} for three tracks (the common roadmap: a track per subject) by three
     * comparisons of the tracks' least ranks ({@link #orderOfThree}).
     */
    private int[] threeTrackOrder() {
        orderOfThree(Math.min(ready[0].least(), progress[0].least()), Math.min(ready[1].least(), progress[1].least()),
                Math.min(ready[2].least(), progress[2].least()), trackOrder);
        return trackOrder;
    }

    /**
     * Orders tracks 0, 1 and 2 by their keys {@code a}, {@code b} and {@code c}, ties by track id: the
     * order {@link #trackOrder} sorts for any number of tracks (TrackOrderTest compares the two).
     *
     * @param o receives the tracks in order
     */
    static void orderOfThree(int a, int b, int c, int[] o) {
        if (a <= b) {
            if (b <= c) {
                set(o, 0, 1, 2);
            } else if (a <= c) {
                set(o, 0, 2, 1);
            } else {
                set(o, 2, 0, 1);
            }
        } else if (a <= c) {
            set(o, 1, 0, 2);
        } else if (b <= c) {
            set(o, 1, 2, 0);
        } else {
            set(o, 2, 1, 0);
        }
    }

    private static void set(int[] o, int first, int second, int third) {
        o[0] = first;
        o[1] = second;
        o[2] = third;
    }

    private boolean allHeapsEmpty() {
        for (int t = 0; t < tracks; t++) {
            if (!ready[t].isEmpty() || !progress[t].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void recordIdleWeeksBefore(int w) {
        for (int j = recordedWeeks + 1; j < w; j++) {
            for (int t = 0; t < tracks; t++) {
                weekEnded(t, j, false);
            }
        }
    }

    private void drainDeferred(int w) {
        for (int i = 0; i < nextCount; i++) {
            int v = nextWeek[i];
            addReady(p.track[v], v, w);
        }
        nextCount = 0;
        while (!deferred.isEmpty() && (deferred.peek() >>> 32) <= w) {
            int v = skillOf((int) (deferred.poll() & 0xffffffffL));
            if (p.rigid[v]) {
                tryStartRigid(v, w);
            } else if (rem[v] <= EPS) {
                completeZero(v, w);
            } else {
                addReady(p.track[v], v, w);
            }
        }
    }

    private void packTrack(int t, int w) {
        currentTrack = t;
        double room = room(t, w);
        RankQueue rd = ready[t];
        RankQueue pg = progress[t];
        while (room > EPS) {
            clean(rd, w);
            clean(pg, w);
            boolean canStart = maxParallel == 0 || (!rigidWaiting && activeFlexible + runningRigid < maxParallel);
            // a skill in progress that does not finish stays in its queue under the same key (peeked, not
            // polled and added again): it takes the rest of the room, which ends the track's week
            boolean inProgress;
            int r;
            if (!pg.isEmpty() && (!canStart || rd.isEmpty() || pg.peek() < rd.peek())) {
                r = pg.peek();
                inProgress = true;
            } else if (canStart && !rd.isEmpty()) {
                r = rd.poll();
                inProgress = false;
            } else {
                break;
            }
            allocationSteps++;
            int v = skillOf(r);
            if (start[v] == 0) {
                start[v] = w;
                seqOf[v] = seq++;
                activeFlexible++;
            }
            double x = rem[v];
            boolean done = x <= room + EPS;
            if (!done) {
                x = room;
            }
            log.add(w, v, x);
            if (flexLeft != null) {
                flexLeft[t] -= x;
            }
            room -= x;
            if (done) {
                if (inProgress) {
                    pg.poll();
                }
                if (due != null) {
                    due.left(v);
                }
                rem[v] = 0;
                finish[v] = w;
                activeFlexible--;
                remaining--;
                release(v, w);
            } else {
                rem[v] -= x;
                if (!inProgress) {
                    if (due != null) {
                        due.left(v);
                    }
                    addProgress(t, v, w);
                }
            }
        }
        weekEnded(t, w, room <= EPS);
        currentTrack = -1;
    }

    private void completeZero(int v, int w) {
        start[v] = w;
        finish[v] = w;
        seqOf[v] = seq++;
        remaining--;
        release(v, w);
    }

    /**
     * Tells the dependents of a finished skill. Flexible same-track dependents free in this very
     * week join the track being packed (zero-hour ones finish at once, iteratively); the others wait
     * in the deferred heap for their earliest week.
     */
    private void release(int first, int w) {
        int[] depOff = p.depOff;
        int[] depTgt = p.depTgt;
        int sp = 0;
        stack[sp++] = first;
        while (sp > 0) {
            int v = stack[--sp];
            int trackOfV = node[4 * v + 2];
            int finishOfV = finish[v];
            for (int k = depOff[v]; k < depOff[v + 1]; k++) {
                releaseSteps++;
                int d = depTgt[k];
                int at = 4 * d;
                int trackOfD = node[at + 2];
                // the same week only between flexible skills of one track (Problem.sameWeekAllowed)
                int candidate = finishOfV + (trackOfV >= 0 && trackOfD == trackOfV ? 0 : 1);
                if (candidate > node[at]) {
                    node[at] = candidate;
                    node[at + 3] = v;
                }
                if (--node[at + 1] > 0) {
                    continue;
                }
                int est = node[at];
                if (currentTrack >= 0 && est <= w && trackOfD == currentTrack) {
                    if (rem[d] <= EPS) {
                        start[d] = w;
                        finish[d] = w;
                        seqOf[d] = seq++;
                        remaining--;
                        stack[sp++] = d;
                    } else {
                        addReady(currentTrack, d, w);
                    }
                } else if (nextWeek != null && currentTrack >= 0 && est <= w + 1 && trackOfD >= 0 && rem[d] > EPS) {
                    nextWeek[nextCount++] = d;
                } else {
                    deferred.add(key(est, d));
                }
            }
        }
    }

    private void tryStartRigid(int v, int w) {
        int s = earliestWindow(p, cap, rigidUsed, v, w, true);
        if (s > w) {
            deferred.add(key(s, v));
            return;
        }
        if (maxParallel > 0 && activeFlexible + runningRigid >= maxParallel) {
            rigidWaiting = true;
            waitedParallel[v] = true;
            deferred.add(key(w + 1, v));
            return;
        }
        int k = p.rigidWeeks[v];
        for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
            for (int j = w; j < w + k; j++) {
                rigidUsed[p.loadTrack[l]].addAt(j, p.loadHours[l]);
            }
        }
        for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
            bookedWeeks = Math.max(bookedWeeks, rigidUsed[p.loadTrack[l]].size());
        }
        start[v] = w;
        finish[v] = w + k - 1;
        seqOf[v] = seq++;
        remaining--;
        if (maxParallel > 0) {
            runningRigid++;
            rigidEnds.add(finish[v]);
        }
        release(v, w);
    }

    /**
     * The earliest week {@code >= from} starting a run of the rigid skill's weeks in which every
     * track has room for its load.
     *
     * @param used hours already booked per track and week, or null to consider the capacity alone
     * @param strict whether to throw when no run exists; else {@code from} is returned
     */
    static int earliestWindow(Problem p, CapacityTable cap, DoubleArray[] used, int v, int from, boolean strict) {
        int k = p.rigidWeeks[v];
        int s = from;
        outer:
        while (true) {
            for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                int t = p.loadTrack[l];
                double load = p.loadHours[l];
                if (load <= EPS) {
                    continue;
                }
                for (int j = s; j < s + k; j++) {
                    double room = cap.hours(j, t) - (used == null ? 0 : used[t].get(j));
                    if (room < load - EPS) {
                        s = j + 1;
                        if (load > cap.usual[t] + EPS && s > cap.lastOverrideWeek()) {
                            if (!strict) {
                                return from;
                            }
                            throw new InfeasiblePlanException(InfeasiblePlanException.RIGID_OVER_CAPACITY, "fixed-pace skill '"
                                    + p.roadmap.skill(p.doc[v]).id() + "' needs " + Hours.format(load) + " h a week on "
                                    + ProblemBuilder.trackName(cap, t) + " for " + k + " consecutive week(s), but from week "
                                    + from + " on no such run of weeks has room (usual capacity " + Hours.format(cap.usual[t])
                                    + " h)", List.of(p.roadmap.skill(p.doc[v]).id()));
                        }
                        continue outer;
                    }
                }
            }
            return s;
        }
    }
}
