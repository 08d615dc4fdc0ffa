package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.graph.PrerequisiteGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Skill, track, group and choice ids must be unique. */
final class DuplicateIdRule {
    private DuplicateIdRule() {
    }

    static List<Diagnostic> check(Roadmap roadmap) {
        List<Diagnostic> out = new ArrayList<>();
        SourceMap map = roadmap.sourceMap();
        // the prerequisite graph knows (from a reader's checked resolution, or once computed)
        // whether any skill id repeats: only then are the skills looked up one by one
        boolean repeats = PrerequisiteGraph.of(roadmap).hasDuplicateIds();
        for (int i = 0; repeats && i < roadmap.size(); i++) {
            SkillId id = roadmap.skill(i).id();
            int previous = roadmap.indexOf(id);   // the first skill with the id (the roadmap's index)
            if (previous != i) {
                out.add(Diagnostic.error("duplicate-id", "duplicate skill id '" + id + "' (first defined at "
                        + map.locate(SourceMap.keySkill(previous)) + ")", map.locate(SourceMap.keySkill(i))).about(id));
            }
        }
        duplicates(roadmap.tracks().stream().map(t -> t.id()).toList(), "track", "tracks", map, out);
        duplicates(roadmap.groups().stream().map(g -> g.id()).toList(), "group", "groups", map, out);
        duplicates(roadmap.choices().stream().map(c -> c.id()).toList(), "choice", "choices", map, out);
        return out;
    }

    private static void duplicates(List<String> ids, String what, String key, SourceMap map, List<Diagnostic> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                out.add(Diagnostic.error("duplicate-id", "duplicate " + what + " id '" + ids.get(i) + "'",
                        map.locate(key + "/" + i)));
            }
        }
    }
}
