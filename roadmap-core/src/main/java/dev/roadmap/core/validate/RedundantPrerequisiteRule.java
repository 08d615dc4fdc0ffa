package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.graph.PrerequisiteEdge;
import dev.roadmap.core.graph.PrerequisiteGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes {@code requires} edges implied by others (not part of the transitive reduction). They are
 * harmless but clutter the roadmap. The search is bounded by {@link #MAX_STEPS} so that validation
 * of huge catalogues stays fast; when the bound is hit a notice says the check was partial.
 */
final class RedundantPrerequisiteRule {
    private RedundantPrerequisiteRule() {
    }

    /** Edge visits spent at most looking for redundant prerequisites. */
    static final long MAX_STEPS = 20_000_000L;

    static List<Diagnostic> check(Roadmap roadmap) {
        PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);
        if (!graph.isAcyclic()) {
            return List.of();
        }
        PrerequisiteGraph.RedundantEdges found = graph.redundantEdges(MAX_STEPS);
        List<Diagnostic> out = new ArrayList<>();
        SourceMap map = roadmap.sourceMap();
        for (PrerequisiteEdge e : found.edges()) {
            int v = roadmap.indexOf(e.dependent());
            int entry = roadmap.skill(v).requires().indexOf(e.prerequisite());
            out.add(Diagnostic.notice("redundant-prerequisite", "skill '" + e.dependent() + "' requires '"
                    + e.prerequisite() + "', which another of its prerequisites already requires",
                    map.locate(SourceMap.keySkillEntry(v, "requires", Math.max(entry, 0)))).about(e.dependent(), e.prerequisite()));
        }
        if (!found.complete()) {
            out.add(Diagnostic.notice("redundant-prerequisite-partial", "the search for redundant prerequisites stopped after "
                    + MAX_STEPS + " steps; some may be unreported", SourceLocation.unknown(roadmap.source())));
        }
        return out;
    }
}
