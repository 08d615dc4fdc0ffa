package dev.roadmap.core.graph;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The read-only prerequisite graph of a roadmap, and the queries on it.
 *
 * <p>Skills are the vertices, by document index; {@code requires} edges go from the prerequisite
 * to the skill that needs it. Edges to unknown ids and self-edges are left out (validation
 * reports them). Edges are held in compressed sparse rows (two {@code int} arrays per direction),
 * so a graph of a million skills costs a few tens of megabytes and every query is a linear scan
 * without object traversal. {@link #asGraph()} offers the same graph as a read-only JGraphT
 * {@link Graph} view over those arrays, for use with JGraphT's algorithms.
 *
 * <p>Ties in every order are broken by document index, so results are deterministic.
 * Immutable and thread-safe; obtain it with {@link #of(Roadmap)}, which memoises per roadmap.
 *
 * <pre>{@code
 * PrerequisiteGraph g = PrerequisiteGraph.of(roadmap);
 * List<SkillId> path = g.ancestorsOf(SkillId.of("transformers"));   // everything needed, in order
 * }</pre>
 */
public final class PrerequisiteGraph {
    private final Roadmap roadmap;
    private final int n;
    private final Rows rows;
    private final int[] reqOffsets;
    private final int[] reqTargets;
    private final int[] depOffsets;
    private final int[] depTargets;
    private volatile Graph<SkillId, PrerequisiteEdge> jgraphtView;
    private volatile int[] topoCache;

    private PrerequisiteGraph(Roadmap roadmap) {
        this(roadmap, Rows.of(roadmap, Skill::requires));
    }

    private PrerequisiteGraph(Roadmap roadmap, Rows rows) {
        this.roadmap = roadmap;
        this.n = roadmap.size();
        this.rows = rows;
        this.reqOffsets = rows.outOffsets;
        this.reqTargets = rows.outTargets;
        this.depOffsets = rows.inOffsets;
        this.depTargets = rows.inTargets;
    }

    /**
     * @param roadmap a roadmap (possibly invalid)
     * @return its prerequisite graph, computed once per roadmap
     */
    public static PrerequisiteGraph of(Roadmap roadmap) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        return roadmap.derived(PrerequisiteGraph.class, PrerequisiteGraph::new);
    }

    /**
     * The graph of a roadmap whose reader resolved the {@code requires} entries as it read them
     * (an importer looks every id up once anyway), so that they need not be hashed again: at a
     * million skills that lookup is most of building the graph. The resolution is checked in
     * linear time, without hashing the entries; a roadmap in which two skills share an id is
     * resolved the usual way. Memoised like {@link #of(Roadmap)}: when the roadmap's graph exists
     * already, that one is returned.
     *
     * @param roadmap  the roadmap
     * @param resolved for each skill in document order, for each of its {@code requires} entries in
     *                 order, the document index of the skill with that id, or -1 when no skill has it
     * @return the roadmap's graph, the same as {@link #of(Roadmap)} would build
     * @throws IllegalArgumentException when {@code resolved} does not describe the roadmap's entries
     */
    public static PrerequisiteGraph ofResolved(Roadmap roadmap, int[] resolved) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(resolved, "resolved must not be null");
        return roadmap.derived(PrerequisiteGraph.class, r -> {
            Rows rows = Rows.ofResolved(r, resolved);
            return rows != null ? new PrerequisiteGraph(r, rows) : new PrerequisiteGraph(r);
        });
    }

    /** @return the roadmap this graph belongs to */
    public Roadmap roadmap() {
        return roadmap;
    }

    /** @return the number of vertices (skills) */
    public int vertexCount() {
        return n;
    }

    /** @return the number of distinct known {@code requires} edges */
    public int edgeCount() {
        return reqTargets.length;
    }

    /**
     * @param index a skill's document index
     * @return the document indices of its known hard prerequisites (a fresh array)
     */
    public int[] prerequisitesOf(int index) {
        return Arrays.copyOfRange(reqTargets, reqOffsets[index], reqOffsets[index + 1]);
    }

    /**
     * @param index a skill's document index
     * @return the document indices of the skills that directly require it (a fresh array)
     */
    public int[] dependentsOf(int index) {
        return Arrays.copyOfRange(depTargets, depOffsets[index], depOffsets[index + 1]);
    }

    /**
     * Copies the compressed rows of {@code requires} edges: for skill {@code i}, its prerequisites
     * are {@code targets[offsets[i] .. offsets[i+1])}. For schedulers and other hot loops.
     *
     * @return a fresh {@code int[][]{offsets, targets}}
     */
    public int[][] requiresRows() {
        return new int[][] {reqOffsets.clone(), reqTargets.clone()};
    }

    /**
     * @param id a skill id
     * @return the skills that directly require it, in document order
     */
    public List<SkillId> dependentsOf(SkillId id) {
        return ids(dependentsOf(indexOrThrow(id)));
    }

    /**
     * The skills with a {@code requires} entry that is no edge of this graph: an id no skill has,
     * or the skill's own id. Every entry of every other skill is an edge (repeats aside), so
     * validation looks only at these skills' entries to report {@code unknown-prerequisite} and
     * {@code self-dependency}.
     *
     * @return their document indices, ascending (a fresh array; empty for a sound roadmap)
     */
    public int[] skillsWithDanglingPrerequisites() {
        return rows.dangling.clone();
    }

    /** @return whether the hard prerequisites have no cycle */
    public boolean isAcyclic() {
        return topoOrNull() != null;
    }

    /**
     * A topological order of all skills: prerequisites first, ties by document order.
     *
     * @return document indices in learning order (a fresh array)
     * @throws CycleException when there is a cycle (the first one found is named)
     */
    public int[] topologicalOrder() {
        int[] order = topoOrNull();
        if (order == null) {
            throw cycles().get(0);
        }
        return order.clone();
    }

    /** @return the skills in a valid learning order, ties by document order */
    public List<SkillId> topologicalIds() {
        return ids(topologicalOrder());
    }

    private int[] topoOrNull() {
        int[] cached = topoCache;
        if (cached == null) {
            cached = Cycles.topologicalPrefix(rows);
            topoCache = cached;
        }
        return cached.length == n ? cached : null;
    }

    /**
     * Finds the prerequisite cycles: one per strongly connected group of skills that require
     * each other. Each cycle starts at its skill that comes first in the document, lists skills
     * each requiring the next, and is located at the {@code requires} entry that closes it.
     *
     * @return one exception per cycle, in document order of their first skill; empty when acyclic
     */
    public List<CycleException> cycles() {
        return isAcyclic() ? List.of() : Cycles.cycles(roadmap, rows);
    }

    /**
     * Everything needed to learn a target: the target and all its transitive hard prerequisites,
     * in a valid learning order (ties by document order).
     *
     * @param target the skill to reach
     * @return the skills in learning order, ending with the target
     * @throws IllegalArgumentException when the target is not a skill of the roadmap
     * @throws CycleException           when the needed skills contain a cycle
     */
    public List<SkillId> ancestorsOf(SkillId target) {
        BitSet needed = closure(new int[] {indexOrThrow(target)}, true);
        return ids(orderWithin(needed));
    }

    /**
     * @param id a skill id
     * @return every skill that transitively requires it, in learning order
     */
    public List<SkillId> descendantsOf(SkillId id) {
        int start = indexOrThrow(id);
        BitSet reached = closure(new int[] {start}, false);
        reached.clear(start);
        return ids(orderWithin(reached));
    }

    /**
     * @param starts     document indices to start from (included in the result)
     * @param upstream   true for prerequisites, false for dependents
     * @return the set of document indices reached
     */
    public BitSet closure(int[] starts, boolean upstream) {
        int[] off = upstream ? reqOffsets : depOffsets;
        int[] tgt = upstream ? reqTargets : depTargets;
        BitSet seen = new BitSet(n);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : starts) {
            if (!seen.get(s)) {
                seen.set(s);
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int k = off[v]; k < off[v + 1]; k++) {
                int w = tgt[k];
                if (!seen.get(w)) {
                    seen.set(w);
                    queue.add(w);
                }
            }
        }
        return seen;
    }

    private int[] orderWithin(BitSet subset) {
        int[] order = topoOrNull();
        if (order == null) {
            throw cycles().get(0);
        }
        int[] result = new int[subset.cardinality()];
        int c = 0;
        for (int v : order) {
            if (subset.get(v)) {
                result[c++] = v;
            }
        }
        return result;
    }

    /**
     * Topological layers: layer 0 holds skills without prerequisites, layer k the skills whose
     * longest chain of prerequisites has k links. Skills in one layer can be learned in parallel.
     *
     * @return the layers, each in document order
     * @throws CycleException when there is a cycle
     */
    public List<List<SkillId>> layers() {
        int[] level = levels();
        int max = -1;
        for (int l : level) {
            max = Math.max(max, l);
        }
        List<List<SkillId>> layers = new ArrayList<>();
        for (int l = 0; l <= max; l++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            layers.get(level[i]).add(roadmap.skill(i).id());
        }
        return layers.stream().map(List::copyOf).toList();
    }

    /**
     * @return for each document index, the number of links in its longest prerequisite chain
     * @throws CycleException when there is a cycle
     */
    public int[] levels() {
        int[] order = topologicalOrder();
        int[] level = new int[n];
        for (int v : order) {
            int l = 0;
            for (int k = reqOffsets[v]; k < reqOffsets[v + 1]; k++) {
                l = Math.max(l, level[reqTargets[k]] + 1);
            }
            level[v] = l;
        }
        return level;
    }

    /**
     * The heaviest chain of hard prerequisites.
     *
     * @param weight weight of each skill by document index (e.g. its effort hours)
     * @return the chain with the largest total weight (ties: the one ending first in learning order)
     * @throws CycleException when there is a cycle
     */
    public CriticalPath criticalPath(IntToDoubleFunction weight) {
        if (n == 0) {
            return new CriticalPath(List.of(), 0);
        }
        int[] order = topologicalOrder();
        double[] dist = new double[n];
        int[] prev = new int[n];
        int best = -1;
        for (int v : order) {
            double w = weight.applyAsDouble(v);
            double before = 0;
            int from = -1;
            for (int k = reqOffsets[v]; k < reqOffsets[v + 1]; k++) {
                int p = reqTargets[k];
                if (dist[p] > before || (dist[p] == before && from >= 0 && p < from)) {
                    before = dist[p];
                    from = p;
                }
            }
            dist[v] = before + w;
            prev[v] = from;
            if (best < 0 || dist[v] > dist[best]) {
                best = v;
            }
        }
        List<Integer> chain = new ArrayList<>();
        for (int v = best; v >= 0; v = prev[v]) {
            chain.add(v);
        }
        java.util.Collections.reverse(chain);
        return new CriticalPath(ids(chain.stream().mapToInt(Integer::intValue).toArray()), dist[best]);
    }

    /**
     * The {@code requires} edges implied by others (the complement of the transitive reduction):
     * {@code p -> v} is redundant when {@code v} also requires some {@code q} that itself
     * (transitively) requires {@code p}.
     *
     * <p>The search is pruned by topological level and bounded by {@code maxSteps} edge visits so
     * that huge catalogues cannot stall validation; {@link RedundantEdges#complete()} says whether
     * the answer is exhaustive (when it is false, the edges listed are redundant but others may be
     * missing). Memory is linear in the number of skills.
     *
     * @param maxSteps the most edge visits to spend
     * @return the redundant edges in document order of the dependent
     * @throws CycleException when there is a cycle
     */
    public RedundantEdges redundantEdges(long maxSteps) {
        return Reduction.find(roadmap, rows, levels(), maxSteps);
    }

    /**
     * The transitive reduction: the {@code requires} edges that are not implied by others.
     *
     * @return the edges of the reduced graph, in document order of the dependent
     * @throws CycleException when there is a cycle
     */
    public List<PrerequisiteEdge> transitiveReduction() {
        RedundantEdges redundant = redundantEdges(Long.MAX_VALUE);
        java.util.Set<PrerequisiteEdge> drop = new java.util.HashSet<>(redundant.edges());
        List<PrerequisiteEdge> kept = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            SkillId dependent = roadmap.skill(v).id();
            for (int k = reqOffsets[v]; k < reqOffsets[v + 1]; k++) {
                PrerequisiteEdge e = new PrerequisiteEdge(roadmap.skill(reqTargets[k]).id(), dependent,
                        PrerequisiteEdge.Kind.REQUIRES);
                if (!drop.contains(e)) {
                    kept.add(e);
                }
            }
        }
        return kept;
    }

    /**
     * The graph as a read-only JGraphT graph with {@link SkillId} vertices and both
     * {@code requires} and {@code recommends} edges (see {@link PrerequisiteEdge#kind()}), so that
     * JGraphT's algorithms run on the roadmap. It is a view over this graph's compressed rows: no
     * vertex or edge objects are stored, edges are made on demand and compare by value. (A roadmap
     * with duplicate skill ids, which validation rejects, gets a copy in a JGraphT
     * {@code DirectedPseudograph} instead, one vertex per distinct id.) Created on first call.
     *
     * @return an unmodifiable JGraphT graph; its mutators throw {@link UnsupportedOperationException}
     */
    public Graph<SkillId, PrerequisiteEdge> asGraph() {
        Graph<SkillId, PrerequisiteEdge> view = jgraphtView;
        if (view == null) {
            view = hasDuplicateIds() ? copy() : new CsrGraphView(roadmap, reqOffsets, reqTargets, depOffsets, depTargets);
            jgraphtView = view;
        }
        return view;
    }

    /**
     * Whether two skills of the roadmap share an id (validation reports it as {@code duplicate-id};
     * the first such skill is the one {@link Roadmap#indexOf} finds); the same as
     * {@link Roadmap#hasDuplicateIds()}.
     *
     * @return true when some skill's id is also an earlier skill's
     */
    public boolean hasDuplicateIds() {
        return roadmap.hasDuplicateIds();
    }

    /** The graph copied into a JGraphT {@code DirectedPseudograph}, one vertex per distinct id. */
    Graph<SkillId, PrerequisiteEdge> copy() {
        DirectedPseudograph<SkillId, PrerequisiteEdge> g = new DirectedPseudograph<>(PrerequisiteEdge.class);
        for (Skill s : roadmap.skills()) {
            g.addVertex(s.id());
        }
        for (int v = 0; v < n; v++) {
            Skill s = roadmap.skill(v);
            for (int k = reqOffsets[v]; k < reqOffsets[v + 1]; k++) {
                SkillId p = roadmap.skill(reqTargets[k]).id();
                g.addEdge(p, s.id(), new PrerequisiteEdge(p, s.id(), PrerequisiteEdge.Kind.REQUIRES));
            }
            for (SkillId r : s.recommends()) {
                if (roadmap.indexOf(r) >= 0 && !r.equals(s.id())) {
                    g.addEdge(r, s.id(), new PrerequisiteEdge(r, s.id(), PrerequisiteEdge.Kind.RECOMMENDS));
                }
            }
        }
        return new AsUnmodifiableGraph<>(g);
    }

    /**
     * @param id a skill id
     * @return its document index
     */
    public int indexOrThrow(SkillId id) {
        Objects.requireNonNull(id, "id must not be null");
        int i = roadmap.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("unknown skill '" + id + "'");
        }
        return i;
    }

    /**
     * @param id a skill id
     * @return its document index, if the skill exists
     */
    public Optional<Integer> indexOf(SkillId id) {
        int i = roadmap.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    private List<SkillId> ids(int[] indices) {
        List<SkillId> result = new ArrayList<>(indices.length);
        for (int i : indices) {
            result.add(roadmap.skill(i).id());
        }
        return List.copyOf(result);
    }

    /** Redundant edges found, and whether the search was exhaustive. */
    public record RedundantEdges(List<PrerequisiteEdge> edges, boolean complete) {
        /**
         * Copies the components.
         * @param edges the {@code edges} component
         * @param complete the {@code complete} component
         */
        public RedundantEdges {
            edges = List.copyOf(edges);
        }
    }
}
