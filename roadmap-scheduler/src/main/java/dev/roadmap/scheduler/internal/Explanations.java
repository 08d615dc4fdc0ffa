package dev.roadmap.scheduler.internal;

import dev.roadmap.core.SkillId;

/**
 * Says why each planned skill starts when it does, from what the packer recorded: the prerequisite
 * that set its earliest week, and for a later start whether its track was full, had no hours, or
 * the limit on skills in progress held it back.
 */
final class Explanations {
    private final Problem p;
    private final Schedule s;
    private final int maxParallel;

    /** For each skill, the skill before it in reading order that starts last (-1 for the first). */
    private final int[] latestBefore;

    Explanations(Problem p, Schedule s, int maxParallel) {
        this.p = p;
        this.s = s;
        this.maxParallel = maxParallel;
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
        int start = s.start[v];
        if (u >= 0 && s.start[u] > start) {
            String ahead = "; moved ahead of '" + id(u) + "': ";
            if (s.earliest[u] > start) {
                return ahead + "'" + id(u) + "' waits for its prerequisites";
            }
            if (s.origin == Schedule.Origin.SHORTEST) {
                return ahead + "fewer hours first";
            }
            if (s.origin == Schedule.Origin.RANK || s.due != null && s.due[v] <= start) {
                return ahead + "on the longest chain";
            }
            return ahead + "'" + id(u) + "' waits for room on its track";
        }
        if ((s.origin == Schedule.Origin.READING_ORDER || s.origin == Schedule.Origin.GUIDED) && v > 0 && start > s.earliest[v] && s.start[v - 1] <= start
                && !p.rigid[v] && !p.rigid[v - 1] && p.track[v] == p.track[v - 1]) {
            return "; kept after '" + id(v - 1) + "': reading order";
        }
        return "";
    }

    String explain(int v) {
        int start = s.start[v];
        int earliest = s.earliest[v];
        int from = s.earliestFrom[v];
        String why;
        if (start <= earliest) {
            if (from < 0) {
                why = p.hadClosedPrerequisite[v] ? "prerequisites already done" : "no prerequisites";
            } else if (s.finish[from] == start) {
                why = "prerequisite '" + id(from) + "' finishes earlier in week " + start + " on the same track";
            } else {
                why = "waiting for prerequisite '" + id(from) + "' finishing in week " + s.finish[from];
            }
        } else {
            String range = weeks(earliest, start - 1);
            String ready = from < 0 ? "" : " (prerequisite '" + id(from) + "' done in week " + s.finish[from] + ")";
            why = blocked(v, earliest, start - 1, range) + ready;
        }
        return "starts week " + start + ": " + why + order(v);
    }

    private String blocked(int v, int a, int b, String range) {
        if (p.rigid[v]) {
            if (s.waitedParallel[v]) {
                return "at most " + maxParallel + " skills in progress at once in " + range;
            }
            StringBuilder load = new StringBuilder();
            for (int l = p.loadOff[v]; l < p.loadOff[v + 1]; l++) {
                if (load.length() > 0) {
                    load.append(" + ");
                }
                load.append(Hours.format(p.loadHours[l])).append(" h on ").append(ProblemBuilder.trackName(p.cap, p.loadTrack[l]));
            }
            return "fixed-pace block needs " + load + " every week for " + p.rigidWeeks[v]
                    + " week(s); no such run of weeks with room starts in " + range;
        }
        int t = p.track[v];
        if (p.cap.allZero(t, a, b)) {
            return range + " " + (b > a ? "have" : "has") + " no hours on " + ProblemBuilder.trackName(p.cap, t);
        }
        if (s.fullCount(t, a, b) == b - a + 1) {
            return p.cap.pool ? "capacity full in " + range
                    : "capacity of track " + p.cap.ids[t] + " full in " + range;
        }
        return "at most " + maxParallel + " skills in progress at once in " + range;
    }

    private SkillId id(int v) {
        return p.roadmap.skill(p.doc[v]).id();
    }

    static String weeks(int a, int b) {
        return a == b ? "week " + a : "weeks " + a + "-" + b;
    }
}
