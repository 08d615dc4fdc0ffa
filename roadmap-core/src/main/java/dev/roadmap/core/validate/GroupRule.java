package dev.roadmap.core.validate;

import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceKey;
import dev.roadmap.core.SourceMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Group parents exist and groups do not contain themselves. */
final class GroupRule {
    private GroupRule() {
    }

    static List<Diagnostic> check(Roadmap roadmap) {
        List<Diagnostic> out = new ArrayList<>();
        SourceMap map = roadmap.sourceMap();
        Map<String, String> parent = new HashMap<>();
        for (Group g : roadmap.groups()) {
            parent.putIfAbsent(g.id(), g.parent());
        }
        List<Group> groups = roadmap.groups();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.parent().isEmpty()) {
                continue;
            }
            if (!parent.containsKey(g.parent())) {
                out.add(Diagnostic.error("unknown-group-parent", "group '" + g.id() + "' has unknown parent '"
                        + g.parent() + "'", map.locate(SourceKey.group(i).child("parent"))));
                continue;
            }
            Set<String> seen = new HashSet<>();
            String p = g.id();
            while (!p.isEmpty() && seen.add(p)) {
                p = parent.getOrDefault(p, "");
            }
            if (p.equals(g.id())) {
                out.add(Diagnostic.error("group-cycle", "group '" + g.id() + "' contains itself through its parents",
                        map.locate(SourceKey.group(i).child("parent"))));
            }
        }
        return out;
    }
}
