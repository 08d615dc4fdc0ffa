package dev.roadmap.scheduler.internal;

/**
 * One window of {@link LowerBound}'s sweep (a track and a tail threshold, {@link BoundHint}) worked out
 * alone, exactly as {@link WindowBound} works it out, for a problem without fixed-pace skills: the
 * skills of the track whose tail reaches the threshold, latest release first and then by index, their
 * hours summed in that order, and for each release week the first week reaching the hours before it
 * plus the hours released then or later. Only a window the sweep itself takes counts (its threshold is
 * 0, or the tail of some skill while the thresholds are not thinned), so a window that reaches a plan's
 * length proves exactly what the whole bound would: that it equals that length.
 */
final class HintWindow {
    private HintWindow() {
    }

    /**
     * @param earliestStart per skill its release week (the critical path's earliest start)
     * @param tail          per skill the weeks that must follow it
     * @param window        the window ({@link BoundHint#of}), or {@link BoundHint#NONE}
     * @param known         the length of a plan of the problem
     * @return whether the window is one the bound sweeps and needs week {@code known} or later
     */
    static boolean reaches(Problem p, int[] earliestStart, int[] tail, long window, int known) {
        if (window == BoundHint.NONE) {
            return false;
        }
        int t = (int) (window >>> 32);
        int threshold = (int) window;
        int m = p.m;
        if (t < 0 || t >= p.cap.trackCount() || threshold < 0 || !swept(tail, m, threshold)) {
            return false;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int count = 0;
        for (int v = 0; v < m; v++) {
            if (p.track[v] == t && tail[v] >= threshold) {
                count++;
                lo = Math.min(lo, earliestStart[v]);
                hi = Math.max(hi, earliestStart[v]);
            }
        }
        if (count == 0 || (long) hi - lo > 4L * m + 64) {
            return false;
        }
        // latest release first, then by index: a stable counting sort by release
        int[] start = new int[hi - lo + 2];
        for (int v = 0; v < m; v++) {
            if (p.track[v] == t && tail[v] >= threshold) {
                start[hi - earliestStart[v] + 1]++;
            }
        }
        for (int r = 0; r <= hi - lo; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[count];
        for (int v = 0; v < m; v++) {
            if (p.track[v] == t && tail[v] >= threshold) {
                order[start[hi - earliestStart[v]]++] = v;
            }
        }
        CapacityTable cap = p.cap;
        double suffix = 0;
        for (int i = 0; i < count; ) {
            int release = earliestStart[order[i]];
            for (; i < count && earliestStart[order[i]] == release; i++) {
                suffix += p.hours[order[i]];
            }
            if (suffix > 0) {
                int week = cap.firstWeekReaching(t, cap.cumulative(t, release - 1L) + suffix);
                if (week != Integer.MAX_VALUE && (long) week + threshold >= known) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether the sweep takes this threshold: 0, or a skill's tail while every distinct tail is taken */
    private static boolean swept(int[] tail, int m, int threshold) {
        if (threshold == 0) {
            return true;
        }
        long allowed = Math.max(1, LowerBound.WINDOW_WORK / Math.max(1, m));
        if (m + 1L > allowed) {
            return false; // the thresholds may be thinned
        }
        for (int v = 0; v < m; v++) {
            if (tail[v] == threshold) {
                return true;
            }
        }
        return false;
    }
}
