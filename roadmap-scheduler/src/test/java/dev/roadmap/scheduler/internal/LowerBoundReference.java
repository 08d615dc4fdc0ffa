package dev.roadmap.scheduler.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The lower bound as {@link LowerBound} and {@link WindowBound} computed it before their passes were
 * fused and the windowed sweep took one lookup per track (main at {@code 3b13e55}): the reference of
 * {@link LowerBoundEquivalenceTest}. The helpers that did not change (the thresholds, the exclusive
 * bound, the counting sort, the threshold table and the tail totals) are the main code's.
 */
final class LowerBoundReference {
    private LowerBoundReference() {
    }

    static int compute(Problem p) {
        return compute(p, true);
    }

    /** @return the critical path's bound alone (with rigid skills' runs and week rules) */
    static int criticalPath(Problem p) {
        return compute(p, false);
    }

    private static int compute(Problem p, boolean windows) {
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
        return windows ? Math.max(criticalPath, windowed(p, earliestStart, tails(p), criticalPath)) : criticalPath;
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

    /**
     * The windowed bounds over the entries (a flexible skill's hours, or a rigid skill's hours on each
     * track of its load) and the exclusive rigid skills' bound.
     */
    private static int windowed(Problem p, int[] earliestStart, int[] tail, int atLeast) {
        List<double[]> rows = new ArrayList<>();
        boolean anyRigid = false;
        for (int v = 0; v < p.m; v++) {
            anyRigid |= p.rigid[v];
            if (!p.rigid[v]) {
                rows.add(new double[] {p.track[v], earliestStart[v], tail[v], p.hours[v]});
            }
            for (int l = p.loadOff[v]; p.rigid[v] && l < p.loadOff[v + 1]; l++) {
                rows.add(new double[] {p.loadTrack[l], earliestStart[v], tail[v], p.loadHours[l] * p.rigidWeeks[v]});
            }
        }
        int n = rows.size();
        int[] track = new int[n];
        int[] release = new int[n];
        int[] entryTail = new int[n];
        double[] hours = new double[n];
        for (int e = 0; e < n; e++) {
            double[] row = rows.get(e);
            track[e] = (int) row[0];
            release[e] = (int) row[1];
            entryTail[e] = (int) row[2];
            hours[e] = row[3];
        }
        int[] thresholds = LowerBound.thresholds(entryTail, n);
        int best = windowBound(p.cap, track, release, entryTail, hours, thresholds, atLeast);
        return anyRigid ? Math.max(best, LowerBound.exclusiveBound(p, earliestStart, tail, thresholds)) : best;
    }

    static int windowBound(CapacityTable cap, int[] track, int[] release, int[] entryTail, double[] hours, int[] thresholds,
                  int atLeast) {
        int entries = track.length;
        WindowBound.TailTotals totals = new WindowBound.TailTotals(cap.trackCount(), thresholds.length, track, release,
                WindowBound.lastReached(thresholds, entryTail), hours);
        int best = atLeast;
        int kept = entries;
        // the entries in sweep order, side by side, sorted at the first threshold swept; each (ascending)
        // threshold drops those below it
        int[] sorted = null;
        double[] sortedHours = null;
        for (int j = 0; j < thresholds.length; j++) {
            int b = thresholds[j];
            if (totals.cannotRaise(cap, j, best - b)) {
                continue;
            }
            if (sorted == null) {
                sorted = new int[3 * entries];
                sortedHours = new double[entries];
                inSweepOrder(track, release, entryTail, hours, sorted, sortedHours);
            }
            kept = keepTailsFrom(sorted, sortedHours, kept, b);
            best = sweep(cap, sorted, sortedHours, kept, b, best);
        }
        return best;
    }

    /** Fills the entries by track, then latest release first, side by side: track, release, tail; and their hours. */
    private static void inSweepOrder(int[] track, int[] release, int[] entryTail, double[] hours, int[] sorted,
                                     double[] sortedHours) {
        int[] order = WindowBound.byTrackThenLatestRelease(track, release);
        for (int i = 0; i < order.length; i++) {
            int x = order[i];
            sorted[3 * i] = track[x];
            sorted[3 * i + 1] = release[x];
            sorted[3 * i + 2] = entryTail[x];
            sortedHours[i] = hours[x];
        }
    }

    /**
     * Keeps, in order, the first {@code count} entries of {@link #releaseBound}'s sorted arrays whose tail
     * is at least the threshold.
     *
     * @return how many were kept
     */
    private static int keepTailsFrom(int[] sorted, double[] hours, int count, int threshold) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (sorted[3 * i + 2] >= threshold) {
                if (kept != i) {
                    sorted[3 * kept] = sorted[3 * i];
                    sorted[3 * kept + 1] = sorted[3 * i + 1];
                    sorted[3 * kept + 2] = sorted[3 * i + 2];
                    hours[kept] = hours[i];
                }
                kept++;
            }
        }
        return kept;
    }

    /**
     * One threshold's sweep over the entries kept for it (by track, then latest release first). A
     * group's week is computed only when it can raise the bound: the first week reaching {@code x}
     * exceeds {@code best - threshold} exactly when the hours up to that week fall short of {@code x}
     * (less the tolerance), one cumulative lookup per track and bound.
     *
     * @return the larger of {@code best} and this threshold's bound
     */
    private static int sweep(CapacityTable cap, int[] sorted, double[] hours, int count, int threshold, int best) {
        double suffix = 0;
        int groupTrack = -1;
        int groupRelease = -1;
        int reachTrack = -1;
        int reachBest = -1;
        double reach = 0;
        for (int i = 0; i <= count; i++) {
            int t = i < count ? sorted[3 * i] : -1;
            int r = i < count ? sorted[3 * i + 1] : -1;
            if ((t != groupTrack || r != groupRelease) && groupTrack >= 0 && suffix > 0) {
                double need = cap.cumulative(groupTrack, groupRelease - 1L) + suffix;
                int enough = best - threshold;
                if (enough >= 0 && (reachTrack != groupTrack || reachBest != best)) {
                    reachTrack = groupTrack;
                    reachBest = best;
                    reach = cap.cumulative(groupTrack, enough);
                }
                if (enough < 0 || reach < need - CapacityTable.TOLERANCE) {
                    int week = cap.firstWeekReaching(groupTrack, need);
                    if (week != Integer.MAX_VALUE) {
                        best = Math.max(best, week + threshold);
                    }
                }
            }
            if (i == count) {
                break;
            }
            if (t != groupTrack) {
                suffix = 0;
            }
            groupTrack = t;
            groupRelease = r;
            suffix += hours[i];
        }
        return best;
    }
}
