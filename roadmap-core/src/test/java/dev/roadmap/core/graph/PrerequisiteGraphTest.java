package dev.roadmap.core.graph;

import static dev.roadmap.core.TestRoadmaps.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.TestRoadmaps;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PrerequisiteGraphTest {

    private static final Roadmap DIAMOND = TestRoadmaps.of("a", "b:a", "c:a", "d:b,c", "e", "f:d,a");

    @Test
    void topologicalOrderPutsPrerequisitesFirstAndBreaksTiesByDocumentOrder() {
        assertThat(strings(PrerequisiteGraph.of(DIAMOND).topologicalIds())).containsExactly("a", "b", "c", "d", "e", "f");
        Roadmap reversed = TestRoadmaps.of("z:y", "y:x", "x");
        assertThat(strings(PrerequisiteGraph.of(reversed).topologicalIds())).containsExactly("x", "y", "z");
    }

    @Test
    void ancestorsOfTargetAreEverythingNeededInLearningOrder() {
        PrerequisiteGraph g = PrerequisiteGraph.of(DIAMOND);
        assertThat(strings(g.ancestorsOf(SkillId.of("d")))).containsExactly("a", "b", "c", "d");
        assertThat(strings(g.ancestorsOf(SkillId.of("e")))).containsExactly("e");
    }

    @Test
    void dependentsAndDescendants() {
        PrerequisiteGraph g = PrerequisiteGraph.of(DIAMOND);
        assertThat(strings(g.dependentsOf(SkillId.of("a")))).containsExactly("b", "c", "f");
        assertThat(strings(g.descendantsOf(SkillId.of("b")))).containsExactly("d", "f");
    }

    @Test
    void layersGroupSkillsByLongestPrerequisiteChain() {
        List<List<SkillId>> layers = PrerequisiteGraph.of(DIAMOND).layers();
        assertThat(layers).hasSize(4);
        assertThat(strings(layers.get(0))).containsExactly("a", "e");
        assertThat(strings(layers.get(1))).containsExactly("b", "c");
        assertThat(strings(layers.get(2))).containsExactly("d");
        assertThat(strings(layers.get(3))).containsExactly("f");
    }

    @Test
    void criticalPathFollowsTheHeaviestChain() {
        Roadmap r = TestRoadmaps.of("a=5", "b=20:a", "c=1:a", "d=2:b,c", "e=25");
        CriticalPath p = PrerequisiteGraph.of(r).criticalPath(i -> r.skill(i).effort().orElseThrow().minHours());
        assertThat(strings(p.skills())).containsExactly("a", "b", "d");
        assertThat(p.length()).isEqualTo(27);
    }

    @Test
    void redundantEdgesAreThoseImpliedByOthers() {
        PrerequisiteGraph g = PrerequisiteGraph.of(DIAMOND);
        assertThat(g.redundantEdges(Long.MAX_VALUE).edges())
                .containsExactly(new PrerequisiteEdge(SkillId.of("a"), SkillId.of("f"), PrerequisiteEdge.Kind.REQUIRES));
        assertThat(g.transitiveReduction()).hasSize(g.edgeCount() - 1)
                .doesNotContain(new PrerequisiteEdge(SkillId.of("a"), SkillId.of("f"), PrerequisiteEdge.Kind.REQUIRES));
    }

    @Test
    void redundantSearchReportsWhenItRunsOutOfBudget() {
        assertThat(PrerequisiteGraph.of(DIAMOND).redundantEdges(1).complete()).isFalse();
    }

    @Test
    void reportsCycleInRequiresOrderStartingAtFirstSkillAndLocatedAtClosingEntry() {
        Roadmap r = TestRoadmaps.of("a:b", "b:c", "c:a", "d:a");
        PrerequisiteGraph g = PrerequisiteGraph.of(r);
        assertThat(g.isAcyclic()).isFalse();
        List<CycleException> cycles = g.cycles();
        assertThat(cycles).hasSize(1);
        CycleException c = cycles.get(0);
        assertThat(strings(c.cycle())).containsExactly("a", "b", "c");
        assertThat(c.getMessage()).isEqualTo("test.json:3:20: prerequisite cycle: a -> b -> c -> a (each skill requires the next)");
        assertThatThrownBy(g::topologicalOrder).isInstanceOf(CycleException.class);
    }

    @Test
    void reportsOneCyclePerStronglyConnectedGroup() {
        Roadmap r = TestRoadmaps.of("a:b", "b:a", "x", "p:q", "q:r", "r:p,x");
        List<CycleException> cycles = PrerequisiteGraph.of(r).cycles();
        assertThat(cycles).extracting(c -> strings(c.cycle()))
                .containsExactly(List.of("a", "b"), List.of("p", "q", "r"));
    }

    @Test
    void unknownAndSelfPrerequisitesAreLeftOutOfTheGraph() {
        Roadmap r = TestRoadmaps.of("a:a,ghost", "b:a,a");
        PrerequisiteGraph g = PrerequisiteGraph.of(r);
        assertThat(g.isAcyclic()).isTrue();
        assertThat(g.edgeCount()).isEqualTo(1);
    }

    @Test
    void jgraphtViewIsReadOnlyAndHoldsBothEdgeKinds() {
        Roadmap base = TestRoadmaps.of("a", "b:a");
        Roadmap r = base.toBuilder().setSkills(List.of(base.skill(0),
                base.skill(1).toBuilder().recommends(SkillId.of("a")).build())).build();
        Graph<SkillId, PrerequisiteEdge> view = PrerequisiteGraph.of(r).asGraph();
        assertThat(view.vertexSet()).hasSize(2);
        assertThat(view.edgeSet()).extracting(PrerequisiteEdge::kind)
                .containsExactlyInAnyOrder(PrerequisiteEdge.Kind.REQUIRES, PrerequisiteEdge.Kind.RECOMMENDS);
        assertThatThrownBy(() -> view.addVertex(SkillId.of("z"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void graphIsMemoisedPerRoadmap() {
        assertThat(PrerequisiteGraph.of(DIAMOND)).isSameAs(PrerequisiteGraph.of(DIAMOND));
    }

    @Test
    void unknownTargetIsAnArgumentError() {
        assertThatThrownBy(() -> PrerequisiteGraph.of(DIAMOND).ancestorsOf(SkillId.of("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    @Timeout(20)
    void longChainNeedsNoRecursion() {
        int n = 200_000;
        String[] specs = new String[n];
        specs[0] = "s0";
        for (int i = 1; i < n; i++) {
            specs[i] = "s" + i + ":s" + (i - 1);
        }
        Roadmap r = TestRoadmaps.of(specs);
        PrerequisiteGraph g = PrerequisiteGraph.of(r);
        assertThat(g.topologicalOrder()).hasSize(n);
        assertThat(g.levels()[n - 1]).isEqualTo(n - 1);
        Roadmap cyclic = r.toBuilder().setSkills(replaceFirst(r, "s0:s" + (n - 1))).build();
        assertThat(PrerequisiteGraph.of(cyclic).cycles().get(0).cycle()).hasSize(n);
    }

    private static List<dev.roadmap.core.Skill> replaceFirst(Roadmap r, String spec) {
        List<dev.roadmap.core.Skill> skills = new java.util.ArrayList<>(r.skills());
        skills.set(0, TestRoadmaps.of(spec).skill(0));
        return skills;
    }

    @Test
    void randomDagsHaveValidTopologicalOrders() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(60);
            String[] specs = new String[n];
            for (int i = 0; i < n; i++) {
                StringBuilder s = new StringBuilder("n" + i + ":");
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(6) == 0) {
                        s.append("n").append(j).append(',');
                    }
                }
                specs[i] = s.toString().replaceAll(",$", "");
            }
            Roadmap r = TestRoadmaps.of(specs);
            int[] order = PrerequisiteGraph.of(r).topologicalOrder();
            int[] position = new int[n];
            for (int k = 0; k < n; k++) {
                position[order[k]] = k;
            }
            for (int v = 0; v < n; v++) {
                for (int p : PrerequisiteGraph.of(r).prerequisitesOf(v)) {
                    assertThat(position[p]).isLessThan(position[v]);
                }
            }
        }
    }

    @Test
    void aReadersResolutionGivesTheSameGraphAndAWrongOneIsRefused() {
        Roadmap r = TestRoadmaps.of("a", "b:a,ghost", "c:a,b,a", "d:d,c");
        PrerequisiteGraph resolved = PrerequisiteGraph.ofResolved(r, new int[] {0, -1, 0, 1, 0, 3, 2});
        PrerequisiteGraph usual = PrerequisiteGraph.of(TestRoadmaps.of("a", "b:a,ghost", "c:a,b,a", "d:d,c"));
        assertThat(PrerequisiteGraph.of(r)).isSameAs(resolved);
        assertThat(resolved.requiresRows()).isDeepEqualTo(usual.requiresRows());
        assertThat(resolved.skillsWithDanglingPrerequisites()).containsExactly(1, 3).isEqualTo(usual.skillsWithDanglingPrerequisites());

        Roadmap fresh = TestRoadmaps.of("a", "b:a,ghost");
        assertThatThrownBy(() -> PrerequisiteGraph.ofResolved(fresh, new int[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrerequisiteGraph.ofResolved(fresh, new int[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrerequisiteGraph.ofResolved(fresh, new int[] {0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrerequisiteGraph.ofResolved(fresh, new int[] {0, -1, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThat(PrerequisiteGraph.ofResolved(fresh, new int[] {0, -1}).edgeCount()).isEqualTo(1);
    }

    @Test
    void aRoadmapWithADuplicateIdIsResolvedTheUsualWay() {
        Roadmap r = TestRoadmaps.of("a", "b:a", "a:b");
        PrerequisiteGraph resolved = PrerequisiteGraph.ofResolved(r, new int[] {2, 1});
        assertThat(resolved.requiresRows()).isDeepEqualTo(PrerequisiteGraph.of(TestRoadmaps.of("a", "b:a", "a:b")).requiresRows());
        assertThat(resolved.hasDuplicateIds()).isTrue();
        assertThat(PrerequisiteGraph.of(TestRoadmaps.of("a", "b:a", "c:b", "b")).hasDuplicateIds()).isTrue();
        assertThat(PrerequisiteGraph.of(TestRoadmaps.of("a", "b:a")).hasDuplicateIds()).isFalse();
        assertThat(PrerequisiteGraph.ofResolved(TestRoadmaps.of("a", "b:a"), new int[] {0}).hasDuplicateIds()).isFalse();
    }
}
