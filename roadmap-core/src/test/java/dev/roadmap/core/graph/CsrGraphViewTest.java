package dev.roadmap.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.Test;

/** The JGraphT view over the compressed rows answers exactly as a copied JGraphT graph does. */
class CsrGraphViewTest {

    /** Random DAG-ish roadmap with recommends, repeated entries, self references and unknown ids. */
    private static Roadmap random(int n, long seed) {
        Random random = new Random(seed);
        Roadmap.Builder b = Roadmap.builder("random");
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i);
            int reqs = i == 0 ? 0 : random.nextInt(4);
            for (int k = 0; k < reqs; k++) {
                s.requires("s" + random.nextInt(i));
            }
            if (random.nextInt(5) == 0) {
                s.requires("s" + i);
            }
            if (random.nextInt(7) == 0) {
                s.requires("unknown" + i);
            }
            int recs = random.nextInt(3);
            for (int k = 0; k < recs; k++) {
                s.recommends(SkillId.of("s" + random.nextInt(n)));
            }
            if (random.nextInt(6) == 0 && i > 0) {
                s.recommends(SkillId.of("s" + (i - 1))).recommends(SkillId.of("s" + (i - 1)));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }

    @Test
    void answersEveryQueryLikeACopiedGraph() {
        for (long seed = 1; seed <= 5; seed++) {
            PrerequisiteGraph graph = PrerequisiteGraph.of(random(300, seed));
            Graph<SkillId, PrerequisiteEdge> view = graph.asGraph();
            Graph<SkillId, PrerequisiteEdge> copy = graph.copy();

            assertThat(view).isInstanceOf(CsrGraphView.class);
            assertThat(view.vertexSet()).containsExactlyElementsOf(copy.vertexSet());
            assertThat(view.edgeSet()).hasSameSizeAs(copy.edgeSet()).containsExactlyElementsOf(copy.edgeSet());
            for (SkillId v : copy.vertexSet()) {
                assertThat(view.incomingEdgesOf(v)).containsExactlyInAnyOrderElementsOf(copy.incomingEdgesOf(v));
                assertThat(view.outgoingEdgesOf(v)).containsExactlyInAnyOrderElementsOf(copy.outgoingEdgesOf(v));
                assertThat(view.edgesOf(v)).containsExactlyInAnyOrderElementsOf(copy.edgesOf(v));
                assertThat(view.inDegreeOf(v)).isEqualTo(copy.inDegreeOf(v));
                assertThat(view.outDegreeOf(v)).isEqualTo(copy.outDegreeOf(v));
                assertThat(view.degreeOf(v)).isEqualTo(copy.degreeOf(v));
            }
            List<SkillId> ids = new ArrayList<>(copy.vertexSet());
            Random random = new Random(seed);
            for (int k = 0; k < 2000; k++) {
                SkillId s = ids.get(random.nextInt(ids.size()));
                SkillId t = ids.get(random.nextInt(ids.size()));
                assertThat(new HashSet<>(view.getAllEdges(s, t))).isEqualTo(new HashSet<>(copy.getAllEdges(s, t)));
                assertThat(view.containsEdge(s, t)).isEqualTo(copy.containsEdge(s, t));
            }
            for (PrerequisiteEdge e : copy.edgeSet()) {
                assertThat(view.containsEdge(e)).isTrue();
                assertThat(view.getEdgeSource(e)).isEqualTo(copy.getEdgeSource(e));
                assertThat(view.getEdgeTarget(e)).isEqualTo(copy.getEdgeTarget(e));
            }
        }
    }

    @Test
    void unknownVerticesAndEdgesAreAbsent() {
        Graph<SkillId, PrerequisiteEdge> view = PrerequisiteGraph.of(random(20, 9)).asGraph();
        SkillId ghost = SkillId.of("ghost");

        assertThat(view.containsVertex(ghost)).isFalse();
        assertThat(view.vertexSet()).doesNotContain(ghost);
        assertThat(view.getAllEdges(ghost, SkillId.of("s1"))).isNull();
        assertThat(view.getEdge(ghost, SkillId.of("s1"))).isNull();
        assertThat(view.containsEdge(new PrerequisiteEdge(ghost, SkillId.of("s1"), PrerequisiteEdge.Kind.REQUIRES))).isFalse();
        assertThatThrownBy(() -> view.incomingEdgesOf(ghost)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isReadOnly() {
        Graph<SkillId, PrerequisiteEdge> view = PrerequisiteGraph.of(random(20, 3)).asGraph();
        PrerequisiteEdge any = view.edgeSet().iterator().next();

        assertThat(view.getType().isModifiable()).isFalse();
        assertThat(view.getType().isDirected()).isTrue();
        assertThatThrownBy(() -> view.addVertex(SkillId.of("z"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.removeEdge(any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.edgeSet().remove(any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.vertexSet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.setEdgeWeight(any, 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void jgraphtAlgorithmsRunOnTheView() {
        Roadmap r = Roadmap.builder("chain")
                .addSkill(Skill.builder("a", "A").build())
                .addSkill(Skill.builder("b", "B").requires("a").build())
                .addSkill(Skill.builder("c", "C").requires("b").recommends(SkillId.of("a")).build())
                .addSkill(Skill.builder("lonely", "L").build())
                .build();
        Graph<SkillId, PrerequisiteEdge> view = PrerequisiteGraph.of(r).asGraph();

        List<SkillId> order = new ArrayList<>();
        new TopologicalOrderIterator<>(view).forEachRemaining(order::add);
        assertThat(order.indexOf(SkillId.of("a"))).isLessThan(order.indexOf(SkillId.of("b")));
        assertThat(order.indexOf(SkillId.of("b"))).isLessThan(order.indexOf(SkillId.of("c")));
        assertThat(new CycleDetector<>(view).detectCycles()).isFalse();
        assertThat(new ConnectivityInspector<>(view).connectedSets()).hasSize(2);
        assertThat(new DijkstraShortestPath<>(view).getPath(SkillId.of("a"), SkillId.of("c")).getLength()).isEqualTo(1);
    }

    @Test
    void roadmapWithDuplicateIdsGetsACopy() {
        Roadmap r = Roadmap.builder("dup")
                .addSkill(Skill.builder("a", "A").build())
                .addSkill(Skill.builder("a", "A again").build())
                .addSkill(Skill.builder("b", "B").requires("a").build())
                .build();
        Graph<SkillId, PrerequisiteEdge> g = PrerequisiteGraph.of(r).asGraph();

        assertThat(g).isNotInstanceOf(CsrGraphView.class);
        assertThat(g.vertexSet()).containsExactly(SkillId.of("a"), SkillId.of("b"));
        assertThat(g.edgeSet()).containsExactly(new PrerequisiteEdge(SkillId.of("a"), SkillId.of("b"), PrerequisiteEdge.Kind.REQUIRES));
    }
}
