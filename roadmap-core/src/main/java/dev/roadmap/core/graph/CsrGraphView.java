package dev.roadmap.core.graph;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT {@link Graph} over the compressed rows of a {@link PrerequisiteGraph}: no
 * vertex or edge objects are stored; {@link PrerequisiteEdge} records are made on demand (they
 * compare by value, so any two equal edges are the same edge). Vertices are the skills' ids and
 * are looked up through the roadmap's index. {@code recommends} edges, which the prerequisite
 * graph does not hold, get their own small rows here. Only for roadmaps whose skill ids are
 * distinct (the view over a roadmap with duplicate ids is a copy; see
 * {@link PrerequisiteGraph#asGraph()}). Immutable and thread-safe; every mutator throws
 * {@link UnsupportedOperationException}.
 */
final class CsrGraphView extends AbstractGraph<SkillId, PrerequisiteEdge> {
    private static final GraphType TYPE = new DefaultGraphType.Builder().directed().allowMultipleEdges(true)
            .allowSelfLoops(false).weighted(false).modifiable(false).build();

    private final Roadmap roadmap;
    private final int n;
    private final int[] reqOff;
    private final int[] reqTgt;
    private final int[] depOff;
    private final int[] depTgt;
    private final int[] recOff;
    private final int[] recTgt;
    private final int[] recInOff;
    private final int[] recInTgt;
    private final Set<SkillId> vertices = new VertexSet();
    private final Set<PrerequisiteEdge> edges = new EdgeSet();

    CsrGraphView(Roadmap roadmap, int[] reqOff, int[] reqTgt, int[] depOff, int[] depTgt) {
        this.roadmap = roadmap;
        this.n = roadmap.size();
        this.reqOff = reqOff;
        this.reqTgt = reqTgt;
        this.depOff = depOff;
        this.depTgt = depTgt;
        Rows recommends = Rows.of(roadmap, Skill::recommends);
        this.recOff = recommends.outOffsets;
        this.recTgt = recommends.outTargets;
        this.recInOff = recommends.inOffsets;
        this.recInTgt = recommends.inTargets;
    }

    private int index(Object vertex) {
        return vertex instanceof SkillId id ? roadmap.indexOf(id) : -1;
    }

    private int indexOrThrow(SkillId vertex) {
        int i = index(vertex);
        if (i < 0) {
            throw new IllegalArgumentException("no such vertex in graph: " + vertex);
        }
        return i;
    }

    private SkillId id(int index) {
        return roadmap.skill(index).id();
    }

    private static boolean contains(int[] off, int[] tgt, int row, int value) {
        for (int k = off[row]; k < off[row + 1]; k++) {
            if (tgt[k] == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<PrerequisiteEdge> getAllEdges(SkillId source, SkillId target) {
        int s = index(source);
        int t = index(target);
        if (s < 0 || t < 0) {
            return null;
        }
        List<PrerequisiteEdge> found = new ArrayList<>(2);
        if (contains(reqOff, reqTgt, t, s)) {
            found.add(new PrerequisiteEdge(source, target, PrerequisiteEdge.Kind.REQUIRES));
        }
        if (contains(recOff, recTgt, t, s)) {
            found.add(new PrerequisiteEdge(source, target, PrerequisiteEdge.Kind.RECOMMENDS));
        }
        return new ListSet(found);
    }

    @Override
    public PrerequisiteEdge getEdge(SkillId source, SkillId target) {
        Set<PrerequisiteEdge> all = getAllEdges(source, target);
        return all == null || all.isEmpty() ? null : all.iterator().next();
    }

    @Override
    public Supplier<SkillId> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<PrerequisiteEdge> getEdgeSupplier() {
        return null;
    }

    @Override
    public PrerequisiteEdge addEdge(SkillId source, SkillId target) {
        throw unmodifiable();
    }

    @Override
    public boolean addEdge(SkillId source, SkillId target, PrerequisiteEdge e) {
        throw unmodifiable();
    }

    @Override
    public SkillId addVertex() {
        throw unmodifiable();
    }

    @Override
    public boolean addVertex(SkillId v) {
        throw unmodifiable();
    }

    @Override
    public boolean containsEdge(PrerequisiteEdge e) {
        if (e == null) {
            return false;
        }
        int s = index(e.prerequisite());
        int t = index(e.dependent());
        if (s < 0 || t < 0) {
            return false;
        }
        return e.kind() == PrerequisiteEdge.Kind.REQUIRES ? contains(reqOff, reqTgt, t, s) : contains(recOff, recTgt, t, s);
    }

    @Override
    public boolean containsVertex(SkillId v) {
        return index(v) >= 0;
    }

    @Override
    public Set<PrerequisiteEdge> edgeSet() {
        return edges;
    }

    @Override
    public int degreeOf(SkillId vertex) {
        return inDegreeOf(vertex) + outDegreeOf(vertex);
    }

    @Override
    public Set<PrerequisiteEdge> edgesOf(SkillId vertex) {
        List<PrerequisiteEdge> all = new ArrayList<>(incomingEdgesOf(vertex));
        all.addAll(outgoingEdgesOf(vertex));
        return new ListSet(all);
    }

    @Override
    public int inDegreeOf(SkillId vertex) {
        int v = indexOrThrow(vertex);
        return reqOff[v + 1] - reqOff[v] + recOff[v + 1] - recOff[v];
    }

    @Override
    public Set<PrerequisiteEdge> incomingEdgesOf(SkillId vertex) {
        int v = indexOrThrow(vertex);
        List<PrerequisiteEdge> in = new ArrayList<>(inDegreeOf(vertex));
        addEdges(in, vertex, v, reqOff, reqTgt, true, PrerequisiteEdge.Kind.REQUIRES);
        addEdges(in, vertex, v, recOff, recTgt, true, PrerequisiteEdge.Kind.RECOMMENDS);
        return new ListSet(in);
    }

    @Override
    public int outDegreeOf(SkillId vertex) {
        int v = indexOrThrow(vertex);
        return depOff[v + 1] - depOff[v] + recInOff[v + 1] - recInOff[v];
    }

    @Override
    public Set<PrerequisiteEdge> outgoingEdgesOf(SkillId vertex) {
        int v = indexOrThrow(vertex);
        List<PrerequisiteEdge> out = new ArrayList<>(outDegreeOf(vertex));
        addEdges(out, vertex, v, depOff, depTgt, false, PrerequisiteEdge.Kind.REQUIRES);
        addEdges(out, vertex, v, recInOff, recInTgt, false, PrerequisiteEdge.Kind.RECOMMENDS);
        return new ListSet(out);
    }

    /** Adds the edges of one row: from each listed skill to {@code vertex} when incoming, else the other way. */
    private void addEdges(List<PrerequisiteEdge> into, SkillId vertex, int v, int[] off, int[] tgt, boolean incoming,
                          PrerequisiteEdge.Kind kind) {
        for (int k = off[v]; k < off[v + 1]; k++) {
            SkillId other = id(tgt[k]);
            into.add(incoming ? new PrerequisiteEdge(other, vertex, kind) : new PrerequisiteEdge(vertex, other, kind));
        }
    }

    @Override
    public PrerequisiteEdge removeEdge(SkillId source, SkillId target) {
        throw unmodifiable();
    }

    @Override
    public boolean removeEdge(PrerequisiteEdge e) {
        throw unmodifiable();
    }

    @Override
    public boolean removeVertex(SkillId v) {
        throw unmodifiable();
    }

    @Override
    public Set<SkillId> vertexSet() {
        return vertices;
    }

    @Override
    public SkillId getEdgeSource(PrerequisiteEdge e) {
        return e.prerequisite();
    }

    @Override
    public SkillId getEdgeTarget(PrerequisiteEdge e) {
        return e.dependent();
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(PrerequisiteEdge e) {
        return Graph.DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(PrerequisiteEdge e, double weight) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("the prerequisite graph view is read-only");
    }

    /** The skills' ids in document order. */
    private final class VertexSet extends AbstractSet<SkillId> {
        @Override
        public Iterator<SkillId> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < n;
                }

                @Override
                public SkillId next() {
                    if (next >= n) {
                        throw new NoSuchElementException();
                    }
                    return id(next++);
                }
            };
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public boolean contains(Object o) {
            return index(o) >= 0;
        }
    }

    /** Every edge, by dependent in document order: its requires, then its recommends. */
    private final class EdgeSet extends AbstractSet<PrerequisiteEdge> {
        @Override
        public Iterator<PrerequisiteEdge> iterator() {
            return new Iterator<>() {
                private int v;
                private int k = reqOff[0];
                private boolean recommends;

                private boolean advance() {
                    while (v < n) {
                        int[] off = recommends ? recOff : reqOff;
                        if (k < off[v + 1]) {
                            return true;
                        }
                        if (!recommends) {
                            recommends = true;
                            k = recOff[v];
                        } else {
                            recommends = false;
                            v++;
                            k = v < n ? reqOff[v] : 0;
                        }
                    }
                    return false;
                }

                @Override
                public boolean hasNext() {
                    return advance();
                }

                @Override
                public PrerequisiteEdge next() {
                    if (!advance()) {
                        throw new NoSuchElementException();
                    }
                    int[] tgt = recommends ? recTgt : reqTgt;
                    return new PrerequisiteEdge(id(tgt[k++]), id(v),
                            recommends ? PrerequisiteEdge.Kind.RECOMMENDS : PrerequisiteEdge.Kind.REQUIRES);
                }
            };
        }

        @Override
        public int size() {
            return reqTgt.length + recTgt.length;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof PrerequisiteEdge e && containsEdge(e);
        }
    }

    /** An unmodifiable set over a list known to hold no duplicates. */
    private static final class ListSet extends AbstractSet<PrerequisiteEdge> {
        private final List<PrerequisiteEdge> items;

        ListSet(List<PrerequisiteEdge> items) {
            this.items = items;
        }

        @Override
        public Iterator<PrerequisiteEdge> iterator() {
            Iterator<PrerequisiteEdge> it = items.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public PrerequisiteEdge next() {
                    return it.next();
                }
            };
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public boolean contains(Object o) {
            return items.contains(o);
        }
    }
}
