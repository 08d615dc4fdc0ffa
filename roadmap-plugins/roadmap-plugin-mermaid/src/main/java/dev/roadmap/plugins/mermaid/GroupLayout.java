package dev.roadmap.plugins.mermaid;

import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of a roadmap as a tree of subgraphs, with the skills of each. Tolerates what an
 * unvalidated roadmap may hold: a repeated group id keeps its first definition, a skill naming an
 * unknown group is ungrouped, and a parent chain that loops or nests deeper than {@link #MAX_DEPTH}
 * makes the group a top-level one, so the output always nests properly.
 */
final class GroupLayout {
    /** Deepest subgraph nesting written; deeper groups are drawn at the top level. */
    static final int MAX_DEPTH = 32;

    final List<Group> groups = new ArrayList<>();
    final List<Integer> roots = new ArrayList<>();
    final List<List<Integer>> children = new ArrayList<>();
    final List<List<Integer>> skills = new ArrayList<>();
    final List<Integer> ungrouped = new ArrayList<>();

    private GroupLayout() {
    }

    static GroupLayout of(Roadmap roadmap) {
        GroupLayout layout = new GroupLayout();
        Map<String, Integer> index = new HashMap<>();
        for (Group g : roadmap.groups()) {
            if (index.putIfAbsent(g.id(), layout.groups.size()) == null) {
                layout.groups.add(g);
                layout.children.add(new ArrayList<>());
                layout.skills.add(new ArrayList<>());
            }
        }
        for (int g = 0; g < layout.groups.size(); g++) {
            int parent = parentOf(layout.groups, index, g);
            (parent < 0 ? layout.roots : layout.children.get(parent)).add(g);
        }
        for (int s = 0; s < roadmap.size(); s++) {
            Integer g = index.get(roadmap.skill(s).group());
            (g == null ? layout.ungrouped : layout.skills.get(g)).add(s);
        }
        return layout;
    }

    /** @return the parent's index, or -1 when the group is top-level, its chain loops or is too deep */
    private static int parentOf(List<Group> groups, Map<String, Integer> index, int g) {
        Integer parent = index.get(groups.get(g).parent());
        if (parent == null) {
            return -1;
        }
        int current = parent;
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            Integer up = index.get(groups.get(current).parent());
            if (up == null) {
                return parent;
            }
            current = up;
        }
        return -1;
    }
}
