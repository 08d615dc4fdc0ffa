package dev.roadmap.core.graph;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The redundant {@code requires} edges of an acyclic graph (the complement of its transitive
 * reduction). For each skill {@code v} with two or more prerequisites, one depth-first search
 * walks upwards from the prerequisites of its prerequisites; a direct prerequisite of {@code v}
 * reached that way is implied by another and so redundant.
 *
 * <p>Each skill is pushed at most once per search (it is marked when pushed, not when popped), so
 * the explicit stack never holds more than the number of skills and nothing is ever dropped.
 * Skills on a lower topological level than every direct prerequisite of {@code v} are not
 * entered: they cannot be one nor lead to one. Memory is linear; time is bounded by the caller's
 * step budget, and a search stopped by it is reported as incomplete, never as complete.
 */
final class Reduction {
    private final Roadmap roadmap;
    private final Rows rows;
    private final int[] level;
    private final int[] mark;
    private final int[] visited;
    private final int[] stack;
    private final long maxSteps;
    private int stamp;
    private int sp;
    private long steps;

    private Reduction(Roadmap roadmap, Rows rows, int[] level, long maxSteps) {
        this.roadmap = roadmap;
        this.rows = rows;
        this.level = level;
        this.maxSteps = maxSteps;
        int n = level.length;
        this.mark = new int[n];
        this.visited = new int[n];
        this.stack = new int[Math.max(1, n)];
    }

    /**
     * @param level    each skill's topological level (see {@link PrerequisiteGraph#levels()})
     * @param maxSteps the most edge visits to spend
     * @return the redundant edges in document order of the dependent, then of the prerequisite
     */
    static PrerequisiteGraph.RedundantEdges find(Roadmap roadmap, Rows rows, int[] level, long maxSteps) {
        return new Reduction(roadmap, rows, level, maxSteps).run();
    }

    private PrerequisiteGraph.RedundantEdges run() {
        List<PrerequisiteEdge> result = new ArrayList<>();
        for (int v = 0; v < level.length; v++) {
            if (rows.outOffsets[v + 1] - rows.outOffsets[v] < 2) {
                continue;
            }
            BitSet redundant = redundantPrerequisitesOf(v);
            if (redundant == null) {
                return new PrerequisiteGraph.RedundantEdges(result, false);
            }
            SkillId dependent = roadmap.skill(v).id();
            for (int p = redundant.nextSetBit(0); p >= 0; p = redundant.nextSetBit(p + 1)) {
                result.add(new PrerequisiteEdge(roadmap.skill(p).id(), dependent, PrerequisiteEdge.Kind.REQUIRES));
            }
        }
        return new PrerequisiteGraph.RedundantEdges(result, true);
    }

    /** @return the direct prerequisites of {@code v} implied by others, or null when the budget ran out */
    private BitSet redundantPrerequisitesOf(int v) {
        stamp++;
        int minLevel = Integer.MAX_VALUE;
        for (int k = rows.outOffsets[v]; k < rows.outOffsets[v + 1]; k++) {
            mark[rows.outTargets[k]] = stamp;
            minLevel = Math.min(minLevel, level[rows.outTargets[k]]);
        }
        BitSet redundant = new BitSet();
        sp = 0;
        for (int k = rows.outOffsets[v]; k < rows.outOffsets[v + 1]; k++) {
            if (!pushPrerequisitesOf(rows.outTargets[k], minLevel, redundant)) {
                return null;
            }
        }
        while (sp > 0) {
            if (!pushPrerequisitesOf(stack[--sp], minLevel, redundant)) {
                return null;
            }
        }
        return redundant;
    }

    /** Pushes the unvisited prerequisites of {@code x}; false when the step budget ran out. */
    private boolean pushPrerequisitesOf(int x, int minLevel, BitSet redundant) {
        for (int k = rows.outOffsets[x]; k < rows.outOffsets[x + 1]; k++) {
            if (++steps > maxSteps) {
                return false;
            }
            int y = rows.outTargets[k];
            if (visited[y] == stamp || level[y] < minLevel) {
                continue;
            }
            visited[y] = stamp;
            if (mark[y] == stamp) {
                redundant.set(y);
            }
            stack[sp++] = y;
        }
        return true;
    }
}
