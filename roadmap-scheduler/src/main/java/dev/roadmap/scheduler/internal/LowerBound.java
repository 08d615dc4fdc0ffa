package dev.roadmap.scheduler.internal;

/**
 * A proven lower bound on the number of weeks of any valid plan, the maximum of:
 * <ul>
 *   <li><b>critical path, week rules included</b>: along prerequisite chains each skill finishes
 *       no earlier than if it had its tracks to itself. A chain of flexible skills on one track
 *       shares that track's hours (its cumulative hours must fit the track's cumulative
 *       capacity, so two 6 h skills on a 4 h/week track need 3 weeks, not 2); a skill after a
 *       rigid skill or another track starts the following week; a rigid skill takes its whole
 *       run of weeks at the first run that its capacity alone allows.</li>
 *   <li><b>track hours with release weeks</b>: for each track and each week {@code e}, the hours
 *       of skills that cannot start before week {@code e + 1} must fit the track's hours from
 *       week {@code e + 1} on. With {@code e = 0} this is the plain total-hours bound
 *       (ceil(hours / weekly capacity), week overrides included).</li>
 *   <li><b>track hours over windows</b>: the same with a tail: skills that cannot start before week
 *       {@code e + 1} and must be followed by at least {@code b} more weeks (their dependents' weeks)
 *       do all their hours in weeks {@code e + 1 .. T - b}.</li>
 *   <li><b>exclusive rigid skills</b>: rigid skills needing more than half of a track's fullest week
 *       never share a week, so over the same windows their weeks add up.</li>
 * </ul>
 */
final class LowerBound {
    private LowerBound() {
    }

    static int compute(Problem p) {
        return compute(p, Integer.MAX_VALUE);
    }

    /**
     * The bound of {@link #compute(Problem)}, sooner when the length of a plan of the problem is known:
     * the bound is at most that length, so a window of the sweep below that reaches it proves the bound
     * equals it. The window tried is the problem's {@link BoundHint}, the one that set the bound of the
     * re-planner chain's last plan (without fixed-pace skills); when it falls short the bound is worked out
     * whole, and the window that sets it becomes the hint.
     *
     * @param known the length of a plan of the problem, or {@code Integer.MAX_VALUE}
     * @return the bound, the same as {@link #compute(Problem)}'s
     */
    static int compute(Problem p, int known) {
        int m = p.m;
        if (m == 0) {
            return 0;
        }
        int[] earliestStart = new int[m];
        int[] tail = new int[m];
        // the finish weeks' array becomes the tails' (nothing reads the finish weeks after the critical path)
        int criticalPath = criticalPath(p, earliestStart, tail);
        tails(p, tail);
        boolean anyRigid = false;
        for (int v = 0; v < m && !anyRigid; v++) {
            anyRigid = p.rigid[v];
        }
        if (criticalPath >= known) {
            return criticalPath; // no bound exceeds a plan's length: the critical path is it
        }
        BoundHint hint = anyRigid ? null : p.boundHint;
        if (hint != null && known != Integer.MAX_VALUE
                && HintWindow.reaches(p, earliestStart, tail, hint.window(), known)) {
            hint.proofs.incrementAndGet();
            return known;
        }
        long[] window = hint == null ? null : new long[1];
        int bound = Math.max(criticalPath, releaseBound(p, anyRigid, earliestStart, tail, criticalPath, window));
        if (hint != null) {
            hint.window(window[0]);
        }
        return bound;
    }

    /**
     * Fills each skill's earliest start and its bound on the finish week (in {@code finish}), along a
     * topological order.
     *
     * @return the largest finish week
     */
    private static int criticalPath(Problem p, int[] earliestStart, int[] finish) {
        CapacityTable cap = p.cap;
        double[] pos = new double[p.m];
        int[] reqOff = p.reqOff;
        int[] reqTgt = p.reqTgt;
        // the track of each skill, -1 for a rigid one
        int[] trackOf = p.track;
        int criticalPath = 0;
        for (int v : p.topo) {
            int minStart = 1;
            double sameTrackPosition = 0;
            // a rigid skill shares no week with its prerequisites: no track equals MIN_VALUE
            int sameTrack = trackOf[v] >= 0 ? trackOf[v] : Integer.MIN_VALUE;
            for (int k = reqOff[v]; k < reqOff[v + 1]; k++) {
                int q = reqTgt[k];
                if (trackOf[q] == sameTrack) {
                    // the same week is allowed (Problem.sameWeekAllowed)
                    minStart = Math.max(minStart, finish[q]);
                    sameTrackPosition = Math.max(sameTrackPosition, pos[q]);
                } else {
                    minStart = Math.max(minStart, finish[q] + 1);
                }
            }
            earliestStart[v] = minStart;
            int lb;
            if (sameTrack < 0) {
                int s = WeekPacker.earliestWindow(p, cap, null, v, minStart, false);
                earliestStart[v] = s;
                lb = s + p.rigidWeeks[v] - 1;
            } else {
                double at = Math.max(cap.cumulative(sameTrack, minStart - 1), sameTrackPosition) + p.hours[v];
                pos[v] = at;
                lb = Math.max(minStart, cap.firstWeekReaching(sameTrack, at));
            }
            finish[v] = lb;
            criticalPath = Math.max(criticalPath, lb);
        }
        return criticalPath;
    }

    /**
     * Turns each skill's finish week into the weeks that must follow it in any plan (its tail), along
     * the topological order backwards: a dependent starts the same week (flexible, same track) or the
     * next, and a rigid one then runs its weeks; a flexible skill counts as at least its one start week.
     */
    static void tails(Problem p, int[] tail) {
        int[] depOff = p.depOff;
        int[] depTgt = p.depTgt;
        int[] topo = p.topo;
        int[] trackOf = p.track;
        for (int i = p.m - 1; i >= 0; i--) {
            int v = topo[i];
            int sameTrack = trackOf[v] >= 0 ? trackOf[v] : Integer.MIN_VALUE;
            int best = 0;
            for (int k = depOff[v]; k < depOff[v + 1]; k++) {
                int d = depTgt[k];
                int trackOfD = trackOf[d];
                int weeks = trackOfD == sameTrack ? tail[d] : tail[d] + 1;
                best = Math.max(best, trackOfD < 0 ? weeks + p.rigidWeeks[d] - 1 : weeks);
            }
            tail[v] = best;
        }
    }

    /** Most entries times tail thresholds the windowed bound sweeps, so it stays linear at scale. */
    static final long WINDOW_WORK = 200_000L;

    /**
     * The track-hours bound over windows. For a release week {@code e} and a tail {@code b}, every
     * skill that cannot start before week {@code e + 1} and must be followed by at least {@code b}
     * weeks does all its hours in weeks {@code e + 1 .. T - b}, so those hours must fit that window of
     * the track: {@code T >= firstWeekReaching(cumulative(e) + hours) + b}. With {@code b = 0} this is
     * the release bound; the tail thresholds swept are all distinct tails, or evenly spaced ones when
     * the work would exceed {@link #WINDOW_WORK}; {@link WindowBound} sweeps them, from the bound
     * {@code atLeast} already proven (so the result is at least that).
     *
     * @param window when not null (problems without fixed-pace skills), receives the window that set the
     *               bound ({@link WindowBound#of(CapacityTable, int[], int[], int[], double[], int[], int, long[])})
     */
    private static int releaseBound(Problem p, boolean anyRigid, int[] earliestStart, int[] tail, int atLeast, long[] window) {
        CapacityTable cap = p.cap;
        if (!anyRigid) {
            // one entry per skill, as the problem has them (and no exclusive rigid skills); nothing changes them
            return WindowBound.of(cap, p.track, earliestStart, tail, p.hours, thresholds(tail, p.m), atLeast, window);
        }
        int entries = 0;
        for (int v = 0; v < p.m; v++) {
            entries += p.rigid[v] ? p.loadOff[v + 1] - p.loadOff[v] : 1;
        }
        int[] track = new int[entries];
        int[] release = new int[entries];
        int[] entryTail = new int[entries];
        double[] hours = new double[entries];
        int e = 0;
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v]) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    track[e] = p.loadTrack[l];
                    release[e] = earliestStart[v];
                    entryTail[e] = tail[v];
                    hours[e++] = p.loadHours[l] * p.rigidWeeks[v];
                }
            } else {
                track[e] = p.track[v];
                release[e] = earliestStart[v];
                entryTail[e] = tail[v];
                hours[e++] = p.hours[v];
            }
        }
        int[] thresholds = thresholds(entryTail, entries);
        int best = WindowBound.of(cap, track, release, entryTail, hours, thresholds, atLeast);
        return Math.max(best, exclusiveBound(p, earliestStart, tail, thresholds));
    }

    /**
     * Rigid skills that need more than half of a track's hours in its fullest week can never share a
     * week with each other, so they run one after another: for a release week {@code a} and a tail
     * {@code b}, those released no earlier than {@code a} with a tail of at least {@code b} need
     * {@code T >= a - 1 + (sum of their weeks) + b}.
     */
    static int exclusiveBound(Problem p, int[] earliestStart, int[] tail, int[] thresholds) {
        CapacityTable cap = p.cap;
        int tracks = cap.trackCount();
        double[] half = new double[tracks];
        for (int t = 0; t < tracks; t++) {
            half[t] = cap.maxHours(t) / 2;
        }
        int count = 0;
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v]) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    if (p.loadHours[l] > half[p.loadTrack[l]] + CapacityTable.TOLERANCE) {
                        count++;
                    }
                }
            }
        }
        if (count < 2) {
            return 0;
        }
        int[] track = new int[count];
        int[] release = new int[count];
        int[] entryTail = new int[count];
        int[] weeks = new int[count];
        int e = 0;
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v]) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    if (p.loadHours[l] > half[p.loadTrack[l]] + CapacityTable.TOLERANCE) {
                        track[e] = p.loadTrack[l];
                        release[e] = earliestStart[v];
                        entryTail[e] = tail[v];
                        weeks[e++] = p.rigidWeeks[v];
                    }
                }
            }
        }
        int[] order = WindowBound.byTrackThenLatestRelease(track, release);
        long best = 0;
        for (int b : thresholds) {
            long sum = 0;
            int groupTrack = -1;
            for (int i = 0; i < count; i++) {
                int x = order[i];
                if (entryTail[x] < b) {
                    continue;
                }
                if (track[x] != groupTrack) {
                    sum = 0;
                    groupTrack = track[x];
                }
                sum += weeks[x];
                best = Math.max(best, release[x] - 1L + sum + b);
            }
        }
        return (int) Math.min(best, Integer.MAX_VALUE);
    }

    /**
     * @return 0 and the distinct tails, ascending: marked in a table of every tail up to the largest
     *         when that is at most a few per entry (a re-plan's weeks), else sorted; the same values
     */
    static int[] distinct(int[] entryTail, int entries) {
        int most = 0;
        int least = 0;
        for (int i = 0; i < entries; i++) {
            most = Math.max(most, entryTail[i]);
            least = Math.min(least, entryTail[i]);
        }
        if (least < 0 || most > 4L * entries + 64) {
            int[] sorted = java.util.Arrays.copyOf(entryTail, entries + 1);
            java.util.Arrays.sort(sorted);
            int count = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[count - 1]) {
                    sorted[count++] = sorted[i];
                }
            }
            return java.util.Arrays.copyOf(sorted, count);
        }
        boolean[] seen = new boolean[most + 1];
        seen[0] = true;
        int count = 1;
        for (int i = 0; i < entries; i++) {
            if (!seen[entryTail[i]]) {
                seen[entryTail[i]] = true;
                count++;
            }
        }
        int[] distinct = new int[count];
        int c = 0;
        for (int b = 0; b <= most; b++) {
            if (seen[b]) {
                distinct[c++] = b;
            }
        }
        return distinct;
    }

    /** The tail thresholds to sweep: 0 and the distinct tails, thinned evenly to the work limit. */
    static int[] thresholds(int[] entryTail, int entries) {
        long allowed = Math.max(1, WINDOW_WORK / Math.max(1, entries));
        if (allowed == 1) {
            return new int[] {0};
        }
        int[] distinct = distinct(entryTail, entries);
        if (distinct.length <= allowed) {
            return distinct;
        }
        int[] picked = new int[(int) allowed];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = distinct[(int) ((long) i * (distinct.length - 1) / Math.max(1, picked.length - 1))];
        }
        picked[0] = 0;
        return picked;
    }
}
