package dev.roadmap.scheduler.internal;

import dev.roadmap.core.SkillId;

/**
 * Says why each planned skill starts when it does, from what the packer recorded: the prerequisite
 * that set its earliest week, and for a later start whether its track was full, had no hours, or
 * the limit on skills in progress held it back.
 *
 * <p>The plan's {@link dev.roadmap.core.plan.LazyExplanations} calls {@link #explain} when a text is
 * read, possibly long after planning and from any thread, so this object keeps arrays that nothing
 * writes after it is made: the problem's per-skill arrays (each plan call builds its own problem; the
 * planned edges a re-planner's plans share are never written) and the schedule's, which a packing
 * pass copies out for the schedule it returns.
 */
final class Explanations {
    private final SkillId[] ids;
    private final CapacityTable cap;
    private final int maxParallel;
    private final boolean[] rigid;
    private final int[] track;
    private final boolean[] hadClosedPrerequisite;
    private final int[] rigidWeeks;
    private final int[] loadOff;
    private final int[] loadTrack;
    private final double[] loadHours;
    private final int[] startOf;
    private final int[] finishOf;
    private final int[] earliestOf;
    private final int[] earliestFrom;
    private final boolean[] waitedParallel;
    private final Schedule.Origin origin;
    private final int[] due;
    private final IntArray[] fullWeeks;

    /** For each skill, the skill before it in reading order that starts last (-1 for the first). */
    private final int[] latestBefore;

    Explanations(Problem p, Schedule s, SkillId[] ids, int maxParallel) {
        this.ids = ids;
        this.cap = p.cap;
        this.maxParallel = maxParallel;
        // the problem's arrays, shared: nothing writes them once the problem is built
        this.rigid = p.rigid;
        this.track = p.track;
        this.hadClosedPrerequisite = p.hadClosedPrerequisite;
        this.rigidWeeks = p.rigidWeeks;
        this.loadOff = p.loadOff;
        this.loadTrack = p.loadTrack;
        this.loadHours = p.loadHours;
        this.startOf = s.start;
        this.finishOf = s.finish;
        this.earliestOf = s.earliest;
        this.earliestFrom = s.earliestFrom;
        this.waitedParallel = s.waitedParallel;
        this.origin = s.origin;
        this.due = s.due;
        this.fullWeeks = s.fullWeeks;
        this.latestBefore = new int[p.m];
        int arg = -1;
        for (int v = 0; v < p.m; v++) {
            latestBefore[v] = arg;
            if (arg < 0 || s.start[v] > s.start[arg]) {
                arg = v;
            }
        }
    }

    /**
     * Says when a skill is studied out of reading order and why, or when reading order held it
     * back: empty otherwise.
     */
    String order(int v) {
        int u = latestBefore[v];
        int start = startOf[v];
        if (u >= 0 && startOf[u] > start) {
            String ahead = "; moved ahead of '" + id(u) + "': ";
            if (earliestOf[u] > start) {
                return ahead + "'" + id(u) + "' waits for its prerequisites";
            }
            if (origin == Schedule.Origin.SHORTEST) {
                return ahead + "fewer hours first";
            }
            if (origin == Schedule.Origin.RANK || due != null && due[v] <= start) {
                return ahead + "on the longest chain";
            }
            return ahead + "'" + id(u) + "' waits for room on its track";
        }
        if ((origin == Schedule.Origin.READING_ORDER || origin == Schedule.Origin.GUIDED) && v > 0 && start > earliestOf[v] && startOf[v - 1] <= start
                && !rigid[v] && !rigid[v - 1] && track[v] == track[v - 1]) {
            return "; kept after '" + id(v - 1) + "': reading order";
        }
        return "";
    }

    String explain(int v) {
        int start = startOf[v];
        int earliest = earliestOf[v];
        int from = earliestFrom[v];
        String why;
        if (start <= earliest) {
            if (from < 0) {
                why = hadClosedPrerequisite[v] ? "prerequisites already done" : "no prerequisites";
            } else if (finishOf[from] == start) {
                why = "prerequisite '" + id(from) + "' finishes earlier in week " + start + " on the same track";
            } else {
                why = "waiting for prerequisite '" + id(from) + "' finishing in week " + finishOf[from];
            }
        } else {
            String range = weeks(earliest, start - 1);
            String ready = from < 0 ? "" : " (prerequisite '" + id(from) + "' done in week " + finishOf[from] + ")";
            why = blocked(v, earliest, start - 1, range) + ready;
        }
        return "starts week " + start + ": " + why + order(v);
    }

    private String blocked(int v, int a, int b, String range) {
        if (rigid[v]) {
            if (waitedParallel[v]) {
                return "at most " + maxParallel + " skills in progress at once in " + range;
            }
            StringBuilder load = new StringBuilder();
            for (int l = loadOff[v]; l < loadOff[v + 1]; l++) {
                if (load.length() > 0) {
                    load.append(" + ");
                }
                load.append(Hours.format(loadHours[l])).append(" h on ").append(ProblemBuilder.trackName(cap, loadTrack[l]));
            }
            return "fixed-pace block needs " + load + " every week for " + rigidWeeks[v]
                    + " week(s); no such run of weeks with room starts in " + range;
        }
        int t = track[v];
        if (cap.allZero(t, a, b)) {
            return range + " " + (b > a ? "have" : "has") + " no hours on " + ProblemBuilder.trackName(cap, t);
        }
        if (fullWeeks[t].get(b) - fullWeeks[t].get(a - 1) == b - a + 1) {
            return cap.pool ? "capacity full in " + range
                    : "capacity of track " + cap.ids[t] + " full in " + range;
        }
        return "at most " + maxParallel + " skills in progress at once in " + range;
    }

    private SkillId id(int v) {
        return ids[v];
    }

    static String weeks(int a, int b) {
        return a == b ? "week " + a : "weeks " + a + "-" + b;
    }
}
