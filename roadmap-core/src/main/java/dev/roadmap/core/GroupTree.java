package dev.roadmap.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of a roadmap as a tree, with the skills of each, for writers that nest groups
 * (clusters, subgraphs, sections). Groups and skills are referred to by index: groups by their
 * position in {@link #groups()}, skills by their position in the roadmap.
 *
 * <p>It tolerates what an unvalidated roadmap may hold, so the tree is always well formed: a
 * repeated group id keeps its first definition, a skill naming an unknown group is ungrouped, and a
 * group whose parent chain loops or nests deeper than {@link #MAX_DEPTH} becomes a top-level group.
 * Immutable and thread-safe.
 *
 * <p>{@code GroupTree tree = GroupTree.of(roadmap); for (int g : tree.roots()) { ... tree.children(g) ... }}, or
 * {@link #walk} for a writer that nests: {@code tree.walk(this::open, this::skill, this::close)}.
 */
public final class GroupTree {
    /** Deepest nesting kept; deeper groups are placed at the top level. */
    public static final int MAX_DEPTH = 32;

    private final List<Group> groups;
    private final List<Integer> roots;
    private final List<List<Integer>> children;
    private final List<List<Integer>> skills;
    private final List<Integer> ungrouped;

    private GroupTree(List<Group> groups, List<Integer> roots, List<List<Integer>> children,
                      List<List<Integer>> skills, List<Integer> ungrouped) {
        this.groups = List.copyOf(groups);
        this.roots = List.copyOf(roots);
        this.children = children.stream().map(List::copyOf).toList();
        this.skills = skills.stream().map(List::copyOf).toList();
        this.ungrouped = List.copyOf(ungrouped);
    }

    /**
     * @param roadmap a roadmap, valid or not
     * @return its group tree
     */
    public static GroupTree of(Roadmap roadmap) {
        List<Group> groups = new ArrayList<>();
        List<List<Integer>> children = new ArrayList<>();
        List<List<Integer>> skills = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Group g : roadmap.groups()) {
            if (index.putIfAbsent(g.id(), groups.size()) == null) {
                groups.add(g);
                children.add(new ArrayList<>());
                skills.add(new ArrayList<>());
            }
        }
        List<Integer> roots = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int parent = parentOf(groups, index, g);
            (parent < 0 ? roots : children.get(parent)).add(g);
        }
        List<Integer> ungrouped = new ArrayList<>();
        for (int s = 0; s < roadmap.size(); s++) {
            Integer g = index.get(roadmap.skill(s).group());
            (g == null ? ungrouped : skills.get(g)).add(s);
        }
        return new GroupTree(groups, roots, children, skills, ungrouped);
    }

    /** @return the distinct groups, in document order (first definition of each id) */
    public List<Group> groups() {
        return groups;
    }

    /** @return indexes of the top-level groups, in document order */
    public List<Integer> roots() {
        return roots;
    }

    /**
     * @param group a group index
     * @return indexes of its child groups, in document order
     */
    public List<Integer> children(int group) {
        return children.get(group);
    }

    /**
     * @param group a group index
     * @return indexes of the skills directly in it, in document order
     */
    public List<Integer> skills(int group) {
        return skills.get(group);
    }

    /** @return indexes of the skills in no known group, in document order */
    public List<Integer> ungrouped() {
        return ungrouped;
    }

    /**
     * One step of a {@link #walk}: a group or a skill, by index, with its depth.
     *
     * @param <X> what the step may throw (a writer's {@link java.io.IOException})
     */
    @FunctionalInterface
    public interface Step<X extends Exception> {
        /**
         * @param index the group's or skill's index
         * @param depth 0 for a top-level group or an ungrouped skill, one more per enclosing group
         * @throws X when the step fails; the walk stops
         */
        void at(int index, int depth) throws X;
    }

    /**
     * Visits the tree in document order, depth first: each top-level group (entered, then its child
     * groups in turn, then its own skills, then left), then the ungrouped skills.
     *
     * @param enterGroup called when a group starts
     * @param skill      called for each skill, inside its group
     * @param leaveGroup called when a group ends, after all it holds
     * @param <X>        what the steps may throw
     * @throws X the first failure of a step
     */
    public <X extends Exception> void walk(Step<X> enterGroup, Step<X> skill, Step<X> leaveGroup) throws X {
        for (int g : roots) {
            walk(g, 0, enterGroup, skill, leaveGroup);
        }
        for (int s : ungrouped) {
            skill.at(s, 0);
        }
    }

    /** Recursion no deeper than {@link #MAX_DEPTH}: parent chains are cut there. */
    private <X extends Exception> void walk(int g, int depth, Step<X> enter, Step<X> skill, Step<X> leave) throws X {
        enter.at(g, depth);
        for (int child : children.get(g)) {
            walk(child, depth + 1, enter, skill, leave);
        }
        for (int s : skills.get(g)) {
            skill.at(s, depth + 1);
        }
        leave.at(g, depth);
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
