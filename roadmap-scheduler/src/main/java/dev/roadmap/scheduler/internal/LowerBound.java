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
        int m = p.m;
        if (m == 0) {
            return 0;
        }
        CapacityTable cap = p.cap;
        double[] pos = new double[m];
        // per skill side by side: its bound on the finish week, and its track or -1 when rigid
        int[] node = new int[2 * m];
        for (int v = 0; v < m; v++) {
            node[2 * v + 1] = trackOrRigid(p, v);
        }
        int[] earliestStart = new int[m];
        int criticalPath = 0;
        for (int v : p.topo) {
            int minStart = 1;
            double sameTrackPosition = 0;
            int trackOfV = node[2 * v + 1];
            for (int k = p.reqOff[v]; k < p.reqOff[v + 1]; k++) {
                int q = p.reqTgt[k];
                int lbOfQ = node[2 * q];
                if (trackOfV >= 0 && node[2 * q + 1] == trackOfV) {
                    // the same week is allowed (Problem.sameWeekAllowed)
                    minStart = Math.max(minStart, lbOfQ);
                    sameTrackPosition = Math.max(sameTrackPosition, pos[q]);
                } else {
                    minStart = Math.max(minStart, lbOfQ + 1);
                }
            }
            int lb;
            if (p.rigid[v]) {
                int s = WeekPacker.earliestWindow(p, cap, null, v, minStart, false);
                earliestStart[v] = s;
                lb = s + p.rigidWeeks[v] - 1;
            } else {
                int t = p.track[v];
                pos[v] = Math.max(cap.cumulative(t, minStart - 1), sameTrackPosition) + p.hours[v];
                earliestStart[v] = minStart;
                lb = Math.max(minStart, cap.firstWeekReaching(t, pos[v]));
            }
            node[2 * v] = lb;
            criticalPath = Math.max(criticalPath, lb);
        }
        return Math.max(criticalPath, releaseBound(p, earliestStart, tails(p), criticalPath));
    }

    /**
     * Weeks that must follow each skill's finish week in any plan: a dependent starts the same week
     * (flexible, same track) or the next, and a rigid one then runs its weeks; a flexible skill counts
     * as at least its one start week.
     */
    static int[] tails(Problem p) {
        // per skill side by side: its tail, and its track or -1 when rigid
        int[] node = new int[2 * p.m];
        for (int v = 0; v < p.m; v++) {
            node[2 * v + 1] = trackOrRigid(p, v);
        }
        for (int i = p.m - 1; i >= 0; i--) {
            int v = p.topo[i];
            int trackOfV = node[2 * v + 1];
            int best = 0;
            for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                int d = p.depTgt[k];
                int trackOfD = node[2 * d + 1];
                int gap = trackOfV >= 0 && trackOfD == trackOfV ? 0 : 1;
                int own = trackOfD < 0 ? p.rigidWeeks[d] - 1 : 0;
                best = Math.max(best, gap + own + node[2 * d]);
            }
            node[2 * v] = best;
        }
        int[] tail = new int[p.m];
        for (int v = 0; v < p.m; v++) {
            tail[v] = node[2 * v];
        }
        return tail;
    }

    private static int trackOrRigid(Problem p, int v) {
        return p.rigid[v] ? -1 : p.track[v];
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
     */
    private static int releaseBound(Problem p, int[] earliestStart, int[] tail, int atLeast) {
        CapacityTable cap = p.cap;
        int entries = 0;
        boolean anyRigid = false;
        for (int v = 0; v < p.m; v++) {
            entries += p.rigid[v] ? p.loadOff[v + 1] - p.loadOff[v] : 1;
            anyRigid |= p.rigid[v];
        }
        if (!anyRigid) {
            // one entry per skill, as the problem has them (and no exclusive rigid skills); nothing changes them
            return WindowBound.of(cap, p.track, earliestStart, tail, p.hours, thresholds(tail, p.m), atLeast);
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
    private static int exclusiveBound(Problem p, int[] earliestStart, int[] tail, int[] thresholds) {
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
    private static int[] thresholds(int[] entryTail, int entries) {
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
