package dev.roadmap.core.validate;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.graph.PrerequisiteGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every reference names something that exists: prerequisites, recommendations, tracks and groups.
 * A skill requiring itself is reported here too. The {@code requires} entries are resolved once, by
 * the roadmap's memoised {@link PrerequisiteGraph}; only the skills it finds dangling are looked at.
 */
final class ReferenceRule {
    private ReferenceRule() {
    }

    static List<Diagnostic> check(Roadmap roadmap) {
        List<Diagnostic> out = new ArrayList<>();
        SourceMap map = roadmap.sourceMap();
        Set<String> tracks = new HashSet<>();
        roadmap.tracks().forEach(t -> tracks.add(t.id()));
        Set<String> groups = new HashSet<>();
        roadmap.groups().forEach(g -> groups.add(g.id()));
        // the prerequisite graph resolved every requires entry once: only its dangling skills have
        // an entry to report, so the others are not looked up again
        int[] dangling = PrerequisiteGraph.of(roadmap).skillsWithDanglingPrerequisites();
        int nextDangling = 0;
        for (int i = 0; i < roadmap.size(); i++) {
            Skill s = roadmap.skill(i);
            boolean checkRequires = nextDangling < dangling.length && dangling[nextDangling] == i;
            if (checkRequires) {
                nextDangling++;
            }
            List<SkillId> requires = checkRequires ? s.requires() : List.of();
            for (int k = 0; k < requires.size(); k++) {
                SkillId p = requires.get(k);
                if (p.equals(s.id())) {
                    out.add(Diagnostic.error("self-dependency", "skill '" + s.id() + "' requires itself",
                            map.locate(SourceMap.keySkillEntry(i, "requires", k))).about(s.id()));
                } else if (roadmap.indexOf(p) < 0) {
                    out.add(Diagnostic.error("unknown-prerequisite", "skill '" + s.id()
                            + "' requires unknown skill '" + p + "'", map.locate(SourceMap.keySkillEntry(i, "requires", k))).about(s.id()));
                }
            }
            List<SkillId> recommends = s.recommends();
            for (int k = 0; k < recommends.size(); k++) {
                SkillId p = recommends.get(k);
                if (!p.equals(s.id()) && roadmap.indexOf(p) < 0) {
                    out.add(Diagnostic.warning("unknown-recommendation", "skill '" + s.id()
                            + "' recommends unknown skill '" + p + "'", map.locate(SourceMap.keySkillEntry(i, "recommends", k))).about(s.id()));
                }
            }
            if (!tracks.isEmpty()) {
                if (!s.track().isEmpty() && !tracks.contains(s.track())) {
                    out.add(Diagnostic.warning("unknown-track", "skill '" + s.id() + "' is on undeclared track '"
                            + s.track() + "'", map.locate(SourceMap.keySkillField(i, "track"))).about(s.id()));
                }
                if (s.rigidPace().isPresent()) {
                    for (String t : s.rigidPace().get().hoursPerWeek().keySet()) {
                        if (!t.equals("*") && !tracks.contains(t)) {
                            out.add(Diagnostic.warning("unknown-track", "skill '" + s.id()
                                    + "' has weekly hours on undeclared track '" + t + "'",
                                    map.locate(SourceMap.keySkillField(i, "pace"))).about(s.id()));
                        }
                    }
                }
            }
            if (!s.group().isEmpty() && !groups.contains(s.group())) {
                out.add(Diagnostic.warning("unknown-group", "skill '" + s.id() + "' is in undeclared group '"
                        + s.group() + "'", map.locate(SourceMap.keySkillField(i, "group"))).about(s.id()));
            }
        }
        return out;
    }
}
