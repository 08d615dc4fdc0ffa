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
        int[] lb = new int[m];
        int[] earliestStart = new int[m];
        int criticalPath = 0;
        for (int v : p.topo) {
            int minStart = 1;
            for (int k = p.reqOff[v]; k < p.reqOff[v + 1]; k++) {
                int q = p.reqTgt[k];
                minStart = Math.max(minStart, p.sameWeekAllowed(q, v) ? lb[q] : lb[q] + 1);
            }
            if (p.rigid[v]) {
                int s = WeekPacker.earliestWindow(p, cap, null, v, minStart, false);
                earliestStart[v] = s;
                lb[v] = s + p.rigidWeeks[v] - 1;
            } else {
                int t = p.track[v];
                double position = cap.cumulative(t, minStart - 1);
                for (int k = p.reqOff[v]; k < p.reqOff[v + 1]; k++) {
                    int q = p.reqTgt[k];
                    if (p.sameWeekAllowed(q, v)) {
                        position = Math.max(position, pos[q]);
                    }
                }
                pos[v] = position + p.hours[v];
                earliestStart[v] = minStart;
                lb[v] = Math.max(minStart, cap.firstWeekReaching(t, pos[v]));
            }
            criticalPath = Math.max(criticalPath, lb[v]);
        }
        return Math.max(criticalPath, releaseBound(p, earliestStart));
    }

    /** The track-hours bound for every release week, by one sorted sweep per track. */
    private static int releaseBound(Problem p, int[] earliestStart) {
        CapacityTable cap = p.cap;
        int entries = 0;
        for (int v = 0; v < p.m; v++) {
            entries += p.rigid[v] ? p.loadOff[v + 1] - p.loadOff[v] : 1;
        }
        int[] track = new int[entries];
        int[] release = new int[entries];
        double[] hours = new double[entries];
        int e = 0;
        for (int v = 0; v < p.m; v++) {
            if (p.rigid[v]) {
                for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                    track[e] = p.loadTrack[l];
                    release[e] = earliestStart[v];
                    hours[e++] = p.loadHours[l] * p.rigidWeeks[v];
                }
            } else {
                track[e] = p.track[v];
                release[e] = earliestStart[v];
                hours[e++] = p.hours[v];
            }
        }
        int[] order = new int[entries];
        for (int i = 0; i < entries; i++) {
            order[i] = i;
        }
        IntSort.sort(order, (a, b) -> track[a] != track[b] ? Integer.compare(track[a], track[b])
                : Integer.compare(release[b], release[a]));
        int best = 0;
        double suffix = 0;
        for (int i = 0; i < entries; i++) {
            int x = order[i];
            if (i > 0 && track[order[i - 1]] != track[x]) {
                suffix = 0;
            }
            suffix += hours[x];
            boolean lastOfGroup = i + 1 == entries || track[order[i + 1]] != track[x] || release[order[i + 1]] != release[x];
            if (lastOfGroup && suffix > 0) {
                int t = track[x];
                int week = cap.firstWeekReaching(t, cap.cumulative(t, release[x] - 1L) + suffix);
                if (week != Integer.MAX_VALUE) {
                    best = Math.max(best, week);
                }
            }
        }
        return best;
    }
}
