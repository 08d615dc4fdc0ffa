package dev.roadmap.scheduler.internal;

/**
 * The track-hours bound over windows of {@link LowerBound}: for a release week {@code e} and a tail
 * threshold {@code b}, every entry (a flexible skill's hours, or a rigid skill's hours on one track)
 * that cannot start before week {@code e} and must be followed by at least {@code b} weeks does all
 * its hours in weeks {@code e .. T - b}, so {@code T >= firstWeekReaching(cumulative(e - 1) + hours) + b}.
 * The entries are sorted once (by track, latest release first), when a first threshold is swept,
 * and each threshold is one linear sweep over those whose tail reaches it; a threshold whose totals
 * cannot raise the bound found so far (from a bound already known, if any) is not swept, and within
 * a sweep each track's week is that of its largest need when the capacity has no week overrides
 * (the first week reaching a need then never decreases as the need grows), else a group's week is
 * computed only when it can raise the bound. The shortcuts are exact: the bound is the maximum over
 * every threshold and group (WindowBoundTest compares it with that definition, LowerBoundEquivalenceTest
 * with the earlier code).
 */
final class WindowBound {
    private WindowBound() {
    }

    /**
     * @param thresholds the tail thresholds, ascending from 0
     * @return the largest {@code week + b} over thresholds {@code b}, tracks and release weeks (0 when none)
     */
    static int of(CapacityTable cap, int[] track, int[] release, int[] entryTail, double[] hours, int[] thresholds) {
        return of(cap, track, release, entryTail, hours, thresholds, 0);
    }

    /**
     * The bound when a bound is already known (the critical path): thresholds and groups that cannot
     * raise it are not swept, and when none can the entries are not even sorted.
     *
     * @param thresholds the tail thresholds, ascending from 0
     * @param atLeast    a bound already proven
     * @return the larger of {@code atLeast} and {@link #of(CapacityTable, int[], int[], int[], double[], int[])}
     */
    static int of(CapacityTable cap, int[] track, int[] release, int[] entryTail, double[] hours, int[] thresholds,
                  int atLeast) {
        return of(cap, track, release, entryTail, hours, thresholds, atLeast, null);
    }

    /**
     * @param window when not null, receives in its first element the window that raised the bound last
     *               ({@link BoundHint#of}: track and threshold), or {@link BoundHint#NONE} when none raised
     *               it above {@code atLeast}
     * @return {@link #of(CapacityTable, int[], int[], int[], double[], int[], int)}'s bound
     */
    static int of(CapacityTable cap, int[] track, int[] release, int[] entryTail, double[] hours, int[] thresholds,
                  int atLeast, long[] window) {
        if (window != null) {
            window[0] = BoundHint.NONE;
        }
        int[] reached = lastReached(thresholds, entryTail);
        TailTotals totals = new TailTotals(cap.trackCount(), thresholds.length, track, release, reached, hours);
        int best = atLeast;
        Sorted sorted = null;
        for (int j = 0; j < thresholds.length; j++) {
            int b = thresholds[j];
            if (totals.cannotRaise(cap, j, best - b)) {
                continue;
            }
            if (sorted == null) {
                sorted = new Sorted(track, release, reached, hours);
            }
            best = sorted.sweep(cap, j, b, best, window);
        }
        return best;
    }

    /**
     * @return the entries by track, then latest release first, then by index: a counting sort over
     *         (track, release) when there are no more such buckets than a few per entry (a re-plan's
     *         weeks), else the radix sort of {@link #byKeys}; both give the same order
     */
    static int[] byTrackThenLatestRelease(int[] track, int[] release) {
        int n = track.length;
        int tracks = 0;
        int lowestTrack = 0;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            tracks = Math.max(tracks, track[i] + 1);
            lowestTrack = Math.min(lowestTrack, track[i]);
            lo = Math.min(lo, release[i]);
            hi = Math.max(hi, release[i]);
        }
        long buckets = (long) tracks * ((long) hi - lo + 1);
        if (n == 0 || lowestTrack < 0 || buckets > 4L * n + 64) {
            return byKeys(track, release);
        }
        int span = hi - lo + 1;
        int[] start = new int[(int) buckets + 1];
        for (int i = 0; i < n; i++) {
            start[track[i] * span + (hi - release[i]) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[start[track[i] * span + (hi - release[i])]++] = i;
        }
        return order;
    }

    /** @return {@link #byTrackThenLatestRelease} by the radix sort of one key per entry */
    static int[] byKeys(int[] track, int[] release) {
        long[] keys = new long[track.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) track[i] << 32) | ((long) Integer.MAX_VALUE - release[i]);
        }
        return IntSort.order(keys);
    }

    /**
     * @return per entry, the last threshold its tail reaches (thresholds ascend from 0): from a
     *         table of every tail up to the largest when that is at most a few per entry, else
     *         by binary search; the same indices
     */
    static int[] lastReached(int[] thresholds, int[] entryTail) {
        int n = entryTail.length;
        int most = 0;
        int least = 0;
        for (int b : entryTail) {
            most = Math.max(most, b);
            least = Math.min(least, b);
        }
        int[] reached = new int[n];
        if (least < 0 || most > 4L * n + 64) {
            for (int e = 0; e < n; e++) {
                int k = java.util.Arrays.binarySearch(thresholds, entryTail[e]);
                reached[e] = k >= 0 ? k : -k - 2;
            }
            return reached;
        }
        int[] table = new int[most + 1];
        int j = 0;
        for (int b = 0; b <= most; b++) {
            while (j + 1 < thresholds.length && thresholds[j + 1] <= b) {
                j++;
            }
            table[b] = j;
        }
        for (int e = 0; e < n; e++) {
            reached[e] = table[entryTail[e]];
        }
        return reached;
    }

    /**
     * Per tail threshold and track: the hours of the entries whose tail reaches the threshold, and
     * their latest release. A group of a threshold's sweep needs at most the hours up to that latest
     * release plus all those hours, so when every track's such total is already reached by week
     * {@code best - threshold}, the sweep cannot raise the bound and is not run.
     */
    static final class TailTotals {
        /** Slack for the different order of summation (and the last bit of the cumulative hours). */
        private static final double SLACK = 1e-9;
        private final int tracks;
        private final double[] hours;
        private final int[] latest;

        TailTotals(int tracks, int thresholds, int[] track, int[] release, int[] reached, double[] entryHours) {
            this.tracks = tracks;
            hours = new double[thresholds * tracks];
            latest = new int[thresholds * tracks];
            for (int e = 0; e < track.length; e++) {
                int at = reached[e] * tracks + track[e];
                hours[at] += entryHours[e];
                latest[at] = Math.max(latest[at], release[e]);
            }
            for (int j = thresholds - 2; j >= 0; j--) {
                for (int t = 0; t < tracks; t++) {
                    hours[j * tracks + t] += hours[(j + 1) * tracks + t];
                    latest[j * tracks + t] = Math.max(latest[j * tracks + t], latest[(j + 1) * tracks + t]);
                }
            }
        }

        /** @return whether no group of threshold j can need more than week {@code enough} reaches */
        boolean cannotRaise(CapacityTable cap, int j, int enough) {
            if (enough < 0) {
                return false;
            }
            for (int t = 0; t < tracks; t++) {
                double h = hours[j * tracks + t];
                if (h > 0) {
                    double most = cap.cumulative(t, latest[j * tracks + t] - 1L) + h;
                    if (most * (1 + SLACK) + SLACK - CapacityTable.TOLERANCE > cap.cumulative(t, enough)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * The entries in sweep order (by track, then latest release first, then by index), made at the first
     * threshold swept, and the needs of one track's groups.
     */
    private static final class Sorted {
        private final int[] order;
        private final int[] track;
        private final int[] release;
        private final int[] reached;
        private final double[] hours;
        /** The needs of the groups of the track being swept, in sweep order. */
        private final double[] need;

        Sorted(int[] track, int[] release, int[] reached, double[] hours) {
            this.order = byTrackThenLatestRelease(track, release);
            this.track = track;
            this.release = release;
            this.reached = reached;
            this.hours = hours;
            this.need = new double[order.length];
        }

        /**
         * One threshold's sweep over the entries whose tail reaches it ({@code reached >= j}), one
         * track's run of entries at a time. Without week overrides the cumulative hours are
         * {@code usual * week}, so the first week reaching {@code x} never decreases as {@code x} grows,
         * and the largest week over a track's groups is that of its largest need: one lookup per track
         * (unless no week reaches that need); else each group's week is computed when it can raise the
         * bound.
         *
         * @return the larger of {@code best} and this threshold's bound
         */
        int sweep(CapacityTable cap, int j, int threshold, int best, long[] window) {
            boolean monotone = cap.lastOverrideWeek() == 0;
            int n = order.length;
            int to;
            for (int from = 0; from < n; from = to) {
                int t = track[order[from]];
                to = from + 1;
                while (to < n && track[order[to]] == t) {
                    to++;
                }
                int groups = needs(cap, t, j, from, to);
                if (monotone && groups > 0) {
                    double largest = 0;
                    for (int g = 0; g < groups; g++) {
                        largest = Math.max(largest, need[g]);
                    }
                    int week = cap.firstWeekReaching(t, largest);
                    if (week != Integer.MAX_VALUE) {
                        best = raise(best, week + threshold, t, threshold, window);
                        continue;
                    }
                }
                best = raise(best, byGroup(cap, t, groups, threshold, best), t, threshold, window);
            }
            return best;
        }

        /** @return the larger bound, noting the window that raised it */
        private static int raise(int best, int candidate, int t, int threshold, long[] window) {
            if (candidate > best && window != null) {
                window[0] = BoundHint.of(t, threshold);
            }
            return Math.max(best, candidate);
        }

        /**
         * Fills {@link #need} with the needs of the groups (release weeks) of track {@code t}'s entries
         * {@code from .. to - 1} that have kept entries and hours: the hours up to the week before the
         * release plus those of the kept entries released then or later, summed in sweep order.
         *
         * @return the number of groups
         */
        private int needs(CapacityTable cap, int t, int j, int from, int to) {
            int groups = 0;
            double suffix = 0;
            for (int i = from; i < to; ) {
                int r = release[order[i]];
                boolean kept = false;
                for (; i < to && release[order[i]] == r; i++) {
                    int x = order[i];
                    if (reached[x] >= j) {
                        suffix += hours[x];
                        kept = true;
                    }
                }
                if (kept && suffix > 0) {
                    need[groups++] = cap.cumulative(t, r - 1L) + suffix;
                }
            }
            return groups;
        }

        /**
         * The groups' weeks one by one, each computed only when it can raise the bound: the first week
         * reaching {@code x} exceeds {@code best - threshold} exactly when the hours up to that week fall
         * short of {@code x} (less the tolerance), one cumulative lookup per bound.
         */
        private int byGroup(CapacityTable cap, int t, int groups, int threshold, int best) {
            int reachBest = -1;
            double reach = 0;
            for (int g = 0; g < groups; g++) {
                int enough = best - threshold;
                if (enough >= 0 && reachBest != best) {
                    reachBest = best;
                    reach = cap.cumulative(t, enough);
                }
                if (enough < 0 || reach < need[g] - CapacityTable.TOLERANCE) {
                    int week = cap.firstWeekReaching(t, need[g]);
                    if (week != Integer.MAX_VALUE) {
                        best = Math.max(best, week + threshold);
                    }
                }
            }
            return best;
        }
    }
}
