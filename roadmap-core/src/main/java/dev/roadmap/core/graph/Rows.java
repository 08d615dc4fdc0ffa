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
    /** The skills naming an unknown id or their own id (see {@link #of}), ascending. */
    final int[] dangling;

    private Rows(int[] outOffsets, int[] outTargets, int[] dangling) {
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.dangling = dangling;
        int[][] in = Csr.transpose(outOffsets, outTargets);
        this.inOffsets = in[0];
        this.inTargets = in[1];
    }

    /**
     * Resolves every named id once. A skill is <em>dangling</em> when one of its entries names no
     * skill or equals its own id (a later duplicate of its id included): exactly the skills whose
     * entries validation has to look at again, so it need not resolve every entry a second time.
     *
     * @param roadmap a roadmap
     * @param named   the ids a skill names ({@code Skill::requires} or {@code Skill::recommends})
     * @return the rows of those edges
     */
    static Rows of(Roadmap roadmap, Function<Skill, List<SkillId>> named) {
        int n = roadmap.size();
        Collector rows = new Collector(n, Math.max(16, n));
        for (int v = 0; v < n; v++) {
            Skill skill = roadmap.skill(v);
            List<SkillId> ids = named.apply(skill);
            rows.row(v, ids.size());
            for (int k = 0; k < ids.size(); k++) {
                SkillId id = ids.get(k);
                int j = roadmap.indexOf(id);
                rows.entry(v, j, j < 0 || j == v || id.equals(skill.id()));
            }
        }
        return rows.build();
    }

    /**
     * The rows of the {@code requires} edges from a reader's own resolution of the entries, checked
     * against the roadmap in linear time without hashing any entry: each skill's id is read once in
     * document order, no two skills may share an id ({@link Roadmap#hasDuplicateIds()}), and each entry must be the very id
     * (or an equal one) of the skill it is resolved to; an entry resolved to no skill is looked up.
     *
     * @param roadmap  a roadmap
     * @param resolved for each skill in document order, for each of its {@code requires} entries, the
     *                 document index of the skill with that id, or -1 when no skill has it
     * @return the rows, the same as {@code of(roadmap, Skill::requires)}; null when some id is held by
     *     two skills (the caller resolves the usual way then)
     * @throws IllegalArgumentException when {@code resolved} does not describe the roadmap's entries
     */
    static Rows ofResolved(Roadmap roadmap, int[] resolved) {
        if (roadmap.hasDuplicateIds()) {
            return null;
        }
        int n = roadmap.size();
        // the ids of the skills read so far: one pass over the skills (a large roadmap's skills are
        // scattered over the heap); an entry naming a later skill reads that skill's id
        SkillId[] idOf = new SkillId[n];
        Collector rows = new Collector(n, resolved.length);
        int r = 0;
        for (int v = 0; v < n; v++) {
            Skill skill = roadmap.skill(v);
            idOf[v] = skill.id();
            List<SkillId> ids = skill.requires();
            if (r + ids.size() > resolved.length) {
                throw new IllegalArgumentException("fewer resolved entries than requires entries");
            }
            rows.row(v, ids.size());
            for (int k = 0; k < ids.size(); k++) {
                int j = resolved[r++];
                SkillId id = ids.get(k);
                SkillId named = j < 0 || j >= n ? null : j <= v ? idOf[j] : roadmap.skill(j).id();
                if (j < -1 || j >= n || (j >= 0 ? named != id && !named.equals(id) : roadmap.indexOf(id) >= 0)) {
                    throw new IllegalArgumentException("entry " + k + " of skill '" + idOf[v] + "' is not resolved to " + j);
                }
                rows.entry(v, j, j < 0 || j == v);   // ids are distinct here: an entry equal to the own id resolves to v
            }
        }
        if (r != resolved.length) {
            throw new IllegalArgumentException("more resolved entries than requires entries");
        }
        return rows.build();
    }

    /** Collects rows skill by skill, leaving out unknown ids, self-edges and repeats. Not thread-safe. */
    private static final class Collector {
        private final int n;
        private final int[] offsets;
        private final int[] seen;
        private int[] targets;
        private int[] dangling = new int[0];
        private int danglingCount;
        private int edges;

        Collector(int n, int capacity) {
            this.n = n;
            this.offsets = new int[n + 1];
            this.seen = new int[n];
            Arrays.fill(seen, -1);
            this.targets = new int[capacity];
        }

        /** Starts skill {@code v}'s row, which has up to {@code entries} entries. */
        void row(int v, int entries) {
            offsets[v] = edges;
            if (edges + entries > targets.length) {
                targets = Arrays.copyOf(targets, Math.max(edges + entries, targets.length * 2));
            }
        }

        /**
         * @param v       the skill naming the entry
         * @param j       the skill it names, or -1
         * @param dangles whether the entry names no skill or {@code v}'s own id
         */
        void entry(int v, int j, boolean dangles) {
            if (dangles && (danglingCount == 0 || dangling[danglingCount - 1] != v)) {
                if (danglingCount == dangling.length) {
                    dangling = Arrays.copyOf(dangling, Math.max(8, danglingCount * 2));
                }
                dangling[danglingCount++] = v;
            }
            if (j >= 0 && j != v && seen[j] != v) {
                seen[j] = v;
                targets[edges++] = j;
            }
        }

        Rows build() {
            offsets[n] = edges;
            return new Rows(offsets, edges == targets.length ? targets : Arrays.copyOf(targets, edges),
                    Arrays.copyOf(dangling, danglingCount));
        }
    }

    /** @return the number of edges */
    int edgeCount() {
        return outTargets.length;
    }
}
