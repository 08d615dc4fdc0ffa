package dev.roadmap.scheduler.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.spi.InfeasiblePlanException;
import dev.roadmap.spi.PlanningScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a roadmap and plan options into a {@link Problem}: the {@link PlanningScope} decides which
 * skills to plan and how much of each (and refuses invalid requests); this class lays the planned
 * skills out as primitive arrays against the capacity table, and refuses (with an
 * {@code InfeasiblePlanException}) a skill whose track has no capacity or a fixed-pace load that
 * never fits. Linear in the size of the roadmap.
 */
final class ProblemBuilder {
    /** Most skills named in one error message; the rest are counted. */
    static final int MAX_NAMED = PlanningScope.MAX_NAMED;

    private final Roadmap roadmap;
    private final PlanningScope scope;
    private final int n;

    /** The prerequisite rows ({@code [offsets, targets]}) and topological order of the roadmap's graph. */
    private final int[][] rows;
    private final int[] order;
    private final SkillLayout layout;
    private final SkillLayout.Cache layouts;

    private ProblemBuilder(PlanningScope scope, int[][] rows, int[] order, SkillLayout layout, SkillLayout.Cache layouts) {
        this.roadmap = scope.roadmap();
        this.scope = scope;
        this.n = roadmap.size();
        this.rows = rows;
        this.order = order;
        this.layout = layout;
        this.layouts = layouts;
    }

    static Problem build(Roadmap roadmap, PlanOptions options) {
        PlanningScope scope = PlanningScope.of(roadmap, options); // refuses an invalid roadmap before its graph is read
        PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);
        return build(scope, graph.requiresRows(), graph.topologicalOrder(), new SkillLayout.Cache());
    }

    /**
     * Lays out a scope's planned skills against prepared prerequisite rows, as a re-planner does for a
     * roadmap whose structure (and so whose graph) did not change.
     *
     * @param rows    the roadmap's requires rows ({@code PrerequisiteGraph.requiresRows()})
     * @param order   its topological order of document indices
     * @param layouts the skill layouts of roadmaps of this structure
     */
    static Problem build(PlanningScope scope, int[][] rows, int[] order, SkillLayout.Cache layouts) {
        CapacityTable cap = layouts.capacity(scope.capacity());
        Problem problem = new ProblemBuilder(scope, rows, order, layouts.of(scope.roadmap(), cap), layouts).assemble(cap);
        problem.scratchSlot = layouts.scratch;
        problem.boundHint = layouts.boundHint;
        return problem;
    }

    private Problem assemble(CapacityTable cap) {
        int[] activeOf = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            activeOf[i] = scope.isPlanned(i) ? m++ : -1;
        }
        List<Unscheduled> unscheduled = scope.unscheduled();
        PlannedEdges edges = layouts.edges(activeOf, m, rows, order);
        int[] doc = edges.doc;
        boolean[] rigid = new boolean[m];
        int[] track = new int[m];
        double[] h = new double[m];
        int[] rigidWeeks = new int[m];
        int[] loadOff = new int[m + 1];
        IntArray loadTracks = new IntArray(4);
        DoubleArray loadAmounts = new DoubleArray(4);
        Map<String, List<SkillId>> missingTrack = new LinkedHashMap<>();
        List<String> overloaded = new ArrayList<>();
        List<SkillId> overloadedIds = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            loadOff[v] = loadTracks.size();
            if (layout.rigid[doc[v]]) {
                Skill s = roadmap.skill(doc[v]);
                rigid[v] = true;
                track[v] = -1;
                rigidWeeks[v] = scope.rigidWeeks(doc[v]);
                Map<Integer, Double> merged = new LinkedHashMap<>();
                for (Map.Entry<String, Double> e : s.rigidPace().get().hoursPerWeek().entrySet()) {
                    int t = trackOf(cap, e.getKey());
                    if (t < 0) {
                        missingTrack.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(s.id());
                    } else {
                        merged.merge(t, e.getValue(), Double::sum);
                    }
                }
                double total = 0;
                for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                    loadTracks.append(e.getKey());
                    loadAmounts.append(e.getValue());
                    total += e.getValue();
                    if (e.getValue() > WeekPacker.EPS && !cap.anyWeekHolds(e.getKey(), e.getValue())) {
                        overloaded.add("'" + s.id() + "' needs " + Hours.format(e.getValue()) + " h a week on "
                                + trackName(cap, e.getKey()) + ", which has " + Hours.format(cap.usual[e.getKey()]) + " h");
                        overloadedIds.add(s.id());
                    }
                }
                h[v] = total * rigidWeeks[v];
            } else {
                int t = layout.track[doc[v]];
                h[v] = scope.hours(doc[v]);
                if (t < 0 || (cap.usual[t] <= 0 && h[v] > 0)) {
                    missingTrack.computeIfAbsent(layout.trackKey[doc[v]], k -> new ArrayList<>()).add(layout.ids[doc[v]]);
                }
                track[v] = Math.max(t, 0);
            }
        }
        loadOff[m] = loadTracks.size();
        refuseUnplannable(cap, missingTrack, overloaded, overloadedIds);
        int[] loadTrack = loadTracks.toArray();
        double[] loadHours = loadAmounts.toArray();
        return new Problem(roadmap, layout.ids, cap, edges, rigid, track, h, rigidWeeks, loadOff, loadTrack, loadHours,
                unscheduled, scope.diagnostics());
    }

    /** A skill whose track has no hours, or a fixed-pace load no week can hold, makes the plan infeasible. */
    private static void refuseUnplannable(CapacityTable cap, Map<String, List<SkillId>> missingTrack, List<String> overloaded,
                                          List<SkillId> overloadedIds) {
        if (!missingTrack.isEmpty()) {
            List<SkillId> ids = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            missingTrack.forEach((t, skills) -> {
                ids.addAll(skills);
                parts.add(trackLabel(t) + " has no capacity but skill(s) " + names(skills) + " need it");
            });
            throw new InfeasiblePlanException(InfeasiblePlanException.NO_CAPACITY, String.join("; ", parts)
                    + " (capacity: " + cap.capacity.weekly() + ")", ids);
        }
        if (!overloaded.isEmpty()) {
            throw new InfeasiblePlanException(InfeasiblePlanException.RIGID_OVER_CAPACITY, "fixed-pace skill(s) exceed their "
                    + "track's capacity in every week: " + String.join("; ", overloaded.subList(0, Math.min(MAX_NAMED,
                    overloaded.size()))) + more(overloaded.size()), overloadedIds);
        }
    }

    private static int trackOf(CapacityTable cap, String trackId) {
        return cap.pool ? 0 : cap.index(trackId);
    }

    static String trackName(CapacityTable cap, int t) {
        return Capacity.POOL.equals(cap.ids[t]) ? "the shared pool" : "track " + cap.ids[t];
    }

    private static String trackLabel(String trackId) {
        return Capacity.POOL.equals(trackId) ? "the shared pool '*' (skills without a track)" : "track '" + trackId + "'";
    }

    private static String names(List<SkillId> ids) {
        return ids.stream().limit(MAX_NAMED).map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + more(ids.size());
    }

    private static String more(int size) {
        return size > MAX_NAMED ? " and " + (size - MAX_NAMED) + " more" : "";
    }
}
