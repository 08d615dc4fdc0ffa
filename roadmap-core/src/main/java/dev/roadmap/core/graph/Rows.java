package dev.roadmap.core.graph;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.primitive.Csr;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One kind of edge of a roadmap in compressed sparse rows, both directions: for skill {@code v},
 * {@code outTargets[outOffsets[v] .. outOffsets[v+1])} are the skills it names (its prerequisites
 * or recommendations) and {@code in*} the skills that name it. Edges to unknown ids, self-edges and
 * repeats are left out. Immutable once built; the arrays are never handed out.
 */
final class Rows {
    final int[] outOffsets;
    final int[] outTargets;
    final int[] inOffsets;
    final int[] inTargets;

    private Rows(int[] outOffsets, int[] outTargets) {
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        int[][] in = Csr.transpose(outOffsets, outTargets);
        this.inOffsets = in[0];
        this.inTargets = in[1];
    }

    /**
     * @param roadmap a roadmap
     * @param named   the ids a skill names ({@code Skill::requires} or {@code Skill::recommends})
     * @return the rows of those edges
     */
    static Rows of(Roadmap roadmap, Function<Skill, List<SkillId>> named) {
        int n = roadmap.size();
        int[] offsets = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += named.apply(roadmap.skill(i)).size();
        }
        int[] targets = new int[count];
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        int e = 0;
        for (int v = 0; v < n; v++) {
            offsets[v] = e;
            for (SkillId id : named.apply(roadmap.skill(v))) {
                int j = roadmap.indexOf(id);
                if (j >= 0 && j != v && seen[j] != v) {
                    seen[j] = v;
                    targets[e++] = j;
                }
            }
        }
        offsets[n] = e;
        return new Rows(offsets, e == targets.length ? targets : Arrays.copyOf(targets, e));
    }

    /** @return the number of edges */
    int edgeCount() {
        return outTargets.length;
    }
}
