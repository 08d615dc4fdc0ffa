package dev.roadmap.scheduler.internal;

import java.util.Arrays;

/**
 * The serial schedule generation scheme for roadmaps whose planned skills are all rigid (and no
 * {@code maxParallel}): skills are taken one by one in a precedence-feasible list and each is booked
 * at the earliest run of weeks, no earlier than the week after its last prerequisite finishes, in
 * which every track it uses has room for its load. Unlike the week-by-week packer, this reaches every
 * active schedule, so an optimal plan is among the lists it can be given. Also offers the right
 * justification step of forward-backward improvement.
 *
 * <p>Works on one dense room table per track up to twice the length of the plan to beat (no longer
 * than all skills back to back after the last week override); a list whose plan would run past it
 * counts as failed. Reused across passes; not thread-safe.
 */
final class SerialRigidPacker {
    private final Problem p;
    private final int m;
    private final int horizon;
    private final double[][] base;
    private final double[][] room;
    final int[] start;
    final int[] finish;

    /**
     * @param cutoff the length of the plan to beat: the room tables stop at twice it (a million long
     *               blocks would not fit in memory otherwise); a longer plan is useless in itself, but
     *               up to twice as long, forward-backward improvement often turns it into a winner
     */
    SerialRigidPacker(Problem p, int cutoff) {
        this.p = p;
        this.m = p.m;
        long h = p.cap.lastOverrideWeek() + 2L;
        for (int v = 0; v < m; v++) {
            h += p.rigidWeeks[v];
        }
        this.horizon = (int) Math.min(Math.min(h, 2L * cutoff + 2), Integer.MAX_VALUE - 2L);
        int tracks = p.cap.trackCount();
        base = new double[tracks][];
        room = new double[tracks][];
        for (int t = 0; t < tracks; t++) {
            base[t] = new double[horizon + 1];
            for (int j = 1; j <= horizon; j++) {
                base[t][j] = p.cap.hours(j, t);
            }
            room[t] = new double[horizon + 1];
        }
        start = new int[m];
        finish = new int[m];
    }

    /** Whether the serial packer applies: every planned skill rigid and no cap on skills in progress. */
    static boolean applies(Problem p, int maxParallel) {
        if (maxParallel > 0 || p.m == 0) {
            return false;
        }
        for (int v = 0; v < p.m; v++) {
            if (!p.rigid[v]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Books the skills in list order.
     *
     * @param list a precedence-feasible order of all skills
     * @return the plan's length in weeks, or -1 when some skill finds no run of weeks within the
     *         horizon (the plan would be no better, or a load fits only in override weeks already taken)
     */
    int run(int[] list) {
        for (int t = 0; t < room.length; t++) {
            System.arraycopy(base[t], 0, room[t], 0, horizon + 1);
        }
        int total = 0;
        for (int v : list) {
            int es = 1;
            for (int k = p.reqOff[v]; k < p.reqOff[v + 1]; k++) {
                es = Math.max(es, finish[p.reqTgt[k]] + 1);
            }
            int s = earliestFit(v, es);
            if (s < 0) {
                return -1;
            }
            book(v, s, -1);
            start[v] = s;
            finish[v] = s + p.rigidWeeks[v] - 1;
            total = Math.max(total, finish[v]);
        }
        return total;
    }

    /**
     * Right justification: in order of decreasing finish week, each skill moves to the latest run of
     * weeks that ends by {@code total} and before its dependents start, the others staying where they
     * are. Every move keeps the plan valid (the skill's own weeks are always still free), so the
     * result is a valid plan of the same length whose start order is a good list for a new pass.
     *
     * @return the skills ordered by their justified start weeks
     */
    int[] justifyRight(int total) {
        long[] keys = new long[m];
        for (int v = 0; v < m; v++) {
            keys[v] = ((long) (Integer.MAX_VALUE - finish[v]) << 32) | v;
        }
        Arrays.sort(keys);
        for (long key : keys) {
            int v = (int) key;
            book(v, start[v], +1);
            int latestFinish = total;
            for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                latestFinish = Math.min(latestFinish, start[p.depTgt[k]] - 1);
            }
            int d = p.rigidWeeks[v];
            int s = latestFinish - d + 1;
            while (s > start[v]) {
                int blocked = firstBlocked(v, s);
                if (blocked < 0) {
                    break;
                }
                s = blocked - d;
            }
            if (s < start[v]) {
                s = start[v];
            }
            book(v, s, -1);
            start[v] = s;
            finish[v] = s + d - 1;
        }
        for (int v = 0; v < m; v++) {
            keys[v] = ((long) start[v] << 32) | v;
        }
        Arrays.sort(keys);
        int[] list = new int[m];
        for (int i = 0; i < m; i++) {
            list[i] = (int) keys[i];
        }
        return list;
    }

    /** @return the earliest week {@code >= from} starting a run of weeks with room, or -1 */
    private int earliestFit(int v, int from) {
        int d = p.rigidWeeks[v];
        int s = from;
        while (s + d - 1 <= horizon) {
            int blocked = lastBlocked(v, s);
            if (blocked < 0) {
                return s;
            }
            s = blocked + 1;
        }
        return -1;
    }

    /** @return the last week of the run from s without room for the skill's load, or -1 */
    private int lastBlocked(int v, int s) {
        int d = p.rigidWeeks[v];
        int worst = -1;
        for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
            double load = p.loadHours[l];
            if (load <= WeekPacker.EPS) {
                continue;
            }
            double[] r = room[p.loadTrack[l]];
            for (int j = s + d - 1; j > worst && j >= s; j--) {
                if (r[j] < load - WeekPacker.EPS) {
                    worst = j;
                    break;
                }
            }
        }
        return worst;
    }

    /** @return the first week of the run from s without room for the skill's load, or -1 */
    private int firstBlocked(int v, int s) {
        int d = p.rigidWeeks[v];
        int first = Integer.MAX_VALUE;
        for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
            double load = p.loadHours[l];
            if (load <= WeekPacker.EPS) {
                continue;
            }
            double[] r = room[p.loadTrack[l]];
            for (int j = s; j < s + d && j < first; j++) {
                if (j > horizon || r[j] < load - WeekPacker.EPS) {
                    first = j;
                    break;
                }
            }
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    private void book(int v, int s, int sign) {
        int d = p.rigidWeeks[v];
        for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
            double[] r = room[p.loadTrack[l]];
            double load = sign * p.loadHours[l];
            for (int j = s; j < s + d; j++) {
                r[j] += load;
            }
        }
    }

    /**
     * The plan of the last {@link #run}, in the packer's result form, so that explanations and the
     * assembler treat it like any other plan.
     *
     * @param list the list that was run
     */
    Schedule toSchedule(int[] list, int total) {
        Schedule s = new Schedule();
        s.totalWeeks = total;
        s.start = start.clone();
        s.finish = finish.clone();
        s.startSeq = new int[m];
        for (int i = 0; i < m; i++) {
            s.startSeq[list[i]] = i;
        }
        s.earliest = new int[m];
        s.earliestFrom = new int[m];
        for (int v = 0; v < m; v++) {
            int es = 1;
            int from = -1;
            for (int k = p.reqOff[v]; k < p.reqOff[v + 1]; k++) {
                int q = p.reqTgt[k];
                if (finish[q] + 1 > es || from < 0) {
                    es = Math.max(es, finish[q] + 1);
                    from = q;
                }
            }
            s.earliest[v] = es;
            s.earliestFrom[v] = from;
        }
        s.waitedParallel = new boolean[m];
        s.allocWeek = new IntArray(4);
        s.allocSkill = new IntArray(4);
        s.allocHours = new DoubleArray(4);
        int tracks = room.length;
        s.fullWeeks = new IntArray[tracks];
        for (int t = 0; t < tracks; t++) {
            IntArray full = new IntArray(total + 2);
            full.set(0, 0);
            for (int j = 1; j <= total; j++) {
                full.set(j, full.get(j - 1) + (room[t][j] <= WeekPacker.EPS ? 1 : 0));
            }
            s.fullWeeks[t] = full;
        }
        return s;
    }
}
