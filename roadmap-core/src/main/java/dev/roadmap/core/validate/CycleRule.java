package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.graph.PrerequisiteGraph;
import java.util.List;

/** Hard prerequisites form no cycle; each cycle is reported once, in order, at the edge closing it. */
final class CycleRule {
    private CycleRule() {
    }

    static List<Diagnostic> check(Roadmap roadmap) {
        return PrerequisiteGraph.of(roadmap).cycles().stream().map(Diagnostic::of).toList();
    }
}
