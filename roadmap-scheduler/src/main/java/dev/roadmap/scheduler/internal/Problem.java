package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import java.util.List;

/**
 * The skills to plan as primitive arrays, indexed {@code 0..m-1} in document order: what each
 * skill needs (hours on one track, or a fixed weekly load on several tracks for some weeks) and the
 * prerequisite edges among them in compressed sparse rows. Built once by {@link ProblemBuilder};
 * read by the packer, the lower bound and the assembler.
 */
final class Problem {
    final Roadmap roadmap;
    /** The id of every skill of the roadmap, by document index (shared: never changed). */
    final SkillId[] idsByDoc;
    final CapacityTable cap;
    final int m;
    /** Document index of each planned skill. */
    final int[] doc;
    final boolean[] rigid;
    /** Track index of a flexible skill; -1 for a rigid one. */
    final int[] track;
    /** Hours to plan: of a flexible skill, or in all for a rigid one. */
    final double[] hours;
    /** Weeks of a rigid skill; 0 for a flexible one. */
    final int[] rigidWeeks;
    /** Weekly loads of rigid skill v: tracks and hours at {@code loadOff[v] .. loadOff[v+1]}. */
    final int[] loadOff;
    final int[] loadTrack;
    final double[] loadHours;
    final int[] reqOff;
    final int[] reqTgt;
    final int[] depOff;
    final int[] depTgt;
    /** The week packer's working arrays, reused by the passes of this problem's one plan call; null until the first. */
    PackerScratch packerScratch;
    /**
     * Where the first pass takes a spare scratch from and the end of the search leaves this one, when
     * the plan calls of a re-planner chain share one ({@link ScratchSlot}); null to allocate per problem.
     */
    ScratchSlot scratchSlot;
    /** The window that set the last lower bound of the plan calls sharing it ({@link BoundHint}); null for none. */
    BoundHint boundHint;
    /** Planned skills in a topological order. */
    final int[] topo;
    /** Whether a planned skill has prerequisites that are done, skipped or left out. */
    final boolean[] hadClosedPrerequisite;
    final List<Unscheduled> unscheduled;
    final List<Diagnostic> diagnostics;
    /**
     * {@link Priorities#remainingPath} once the hours are final (after {@link Cents#roundFlexibleHours}):
     * the longest-path order, the bottleneck order, the rules and the guided pass all read it.
     */
    private double[] remainingPath;

    Problem(Roadmap roadmap, SkillId[] idsByDoc, CapacityTable cap, PlannedEdges edges, boolean[] rigid, int[] track,
            double[] hours, int[] rigidWeeks, int[] loadOff, int[] loadTrack, double[] loadHours,
            List<Unscheduled> unscheduled, List<Diagnostic> diagnostics) {
        this.roadmap = roadmap;
        this.idsByDoc = idsByDoc;
        this.cap = cap;
        this.m = edges.doc.length;
        this.doc = edges.doc;
        this.rigid = rigid;
        this.track = track;
        this.hours = hours;
        this.rigidWeeks = rigidWeeks;
        this.loadOff = loadOff;
        this.loadTrack = loadTrack;
        this.loadHours = loadHours;
        this.reqOff = edges.reqOff;
        this.reqTgt = edges.reqTgt;
        this.topo = edges.topo;
        this.hadClosedPrerequisite = edges.hadClosedPrerequisite;
        this.unscheduled = List.copyOf(unscheduled);
        this.diagnostics = List.copyOf(diagnostics);
        this.depOff = edges.depOff;
        this.depTgt = edges.depTgt;
    }

    /**
     * @return the longest remaining chain of work from each skill ({@link Priorities#remainingPath}),
     *         computed on the first call and shared; callers must not change it, nor the hours after it
     */
    double[] remainingPath() {
        if (remainingPath == null) {
            remainingPath = Priorities.remainingPath(this);
        }
        return remainingPath;
    }

    /** @return {@link #remainingPath()} when it was worked out already, else null */
    double[] remainingPathIfKnown() {
        return remainingPath;
    }

    /** Keeps {@link #remainingPath()} worked out by a caller along its own walk (the same numbers). */
    void remainingPath(double[] path) {
        remainingPath = path;
    }

    /** @return whether a prerequisite edge allows the dependent to start in the week the prerequisite finishes */
    boolean sameWeekAllowed(int prerequisite, int dependent) {
        return !rigid[prerequisite] && !rigid[dependent] && track[prerequisite] == track[dependent];
    }
}
