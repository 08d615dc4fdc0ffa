package dev.roadmap.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PrerequisiteGraph#redundantEdges}, {@link PrerequisiteGraph#transitiveReduction()} and the
 * {@code redundant-prerequisite} notices agree with a brute-force oracle (transitive closure by
 * Floyd-Warshall) on small random DAGs, sparse to complete. Dense DAGs of 5-15 skills are where a
 * search with a fixed-size stack used to drop work (issue 17).
 */
class RedundancyOracleTest {
    private static final int CASES = 1500;

    @Test
    void redundantEdgesAndReductionMatchTheFloydWarshallOracle() {
        Random random = new Random(17);
        for (int c = 0; c < CASES; c++) {
            int n = 2 + random.nextInt(14);
            double density = c % 3 == 0 ? 0.7 + 0.3 * random.nextDouble() : random.nextDouble();
            boolean[][] requires = randomDag(n, density, random);
            Roadmap roadmap = roadmap(requires, random);
            Set<String> expected = oracleRedundant(requires);
            PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap);

            PrerequisiteGraph.RedundantEdges found = graph.redundantEdges(Long.MAX_VALUE);
            assertThat(found.complete()).isTrue();
            assertThat(names(found.edges())).as("case %d", c).isEqualTo(expected);
            Set<String> kept = names(graph.transitiveReduction());
            assertThat(kept).as("case %d", c).isEqualTo(oracleKept(requires, expected));
            Set<String> noticed = new HashSet<>();
            for (Diagnostic d : Validator.standard().validate(roadmap).withCode("redundant-prerequisite")) {
                noticed.add(d.message());
            }
            assertThat(noticed).as("case %d", c).hasSize(expected.size());
        }
    }

    @Test
    void aSearchStoppedByItsBudgetSaysItIsIncompleteAndReportsOnlyRealRedundancy() {
        Random random = new Random(5);
        for (int c = 0; c < 200; c++) {
            int n = 5 + random.nextInt(11);
            boolean[][] requires = randomDag(n, 0.9, random);
            Set<String> expected = oracleRedundant(requires);
            PrerequisiteGraph graph = PrerequisiteGraph.of(roadmap(requires, random));
            PrerequisiteGraph.RedundantEdges partial = graph.redundantEdges(1 + random.nextInt(20));
            assertThat(expected).containsAll(names(partial.edges()));
            if (!partial.complete()) {
                continue;
            }
            assertThat(names(partial.edges())).isEqualTo(expected);
        }
        boolean[][] chainWithShortcut = new boolean[4][4];
        chainWithShortcut[1][0] = chainWithShortcut[2][1] = chainWithShortcut[3][2] = chainWithShortcut[3][0] = true;
        assertThat(PrerequisiteGraph.of(roadmap(chainWithShortcut, random)).redundantEdges(1).complete()).isFalse();
    }

    /** requires[i][j]: skill i requires skill j, only for j &lt; i, so the graph is acyclic. */
    private static boolean[][] randomDag(int n, double density, Random random) {
        boolean[][] requires = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                requires[i][j] = random.nextDouble() < density;
            }
        }
        return requires;
    }

    /** The skills in shuffled document order, each listing its prerequisites in shuffled order. */
    private static Roadmap roadmap(boolean[][] requires, Random random) {
        int n = requires.length;
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> prerequisites = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (requires[i][j]) {
                    prerequisites.add("s" + j);
                }
            }
            Collections.shuffle(prerequisites, random);
            Skill.Builder s = Skill.builder(SkillId.of("s" + i)).effort(Effort.ofHours(1));
            prerequisites.forEach(s::requires);
            skills.add(s.build());
        }
        Collections.shuffle(skills, random);
        Roadmap.Builder b = Roadmap.builder("random");
        skills.forEach(b::addSkill);
        return b.build();
    }

    /** Edge j -> i is redundant when i requires some k that transitively requires j. */
    private static Set<String> oracleRedundant(boolean[][] requires) {
        int n = requires.length;
        boolean[][] reach = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            reach[i] = requires[i].clone();
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        Set<String> redundant = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n && requires[i][j]; k++) {
                    if (k != j && requires[i][k] && reach[k][j]) {
                        redundant.add("s" + j + ">s" + i);
                        break;
                    }
                }
            }
        }
        return redundant;
    }

    private static Set<String> oracleKept(boolean[][] requires, Set<String> redundant) {
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < requires.length; i++) {
            for (int j = 0; j < requires.length; j++) {
                if (requires[i][j] && !redundant.contains("s" + j + ">s" + i)) {
                    kept.add("s" + j + ">s" + i);
                }
            }
        }
        return kept;
    }

    private static Set<String> names(List<PrerequisiteEdge> edges) {
        Set<String> out = new HashSet<>();
        for (PrerequisiteEdge e : edges) {
            out.add(e.prerequisite() + ">" + e.dependent());
        }
        return out;
    }
}
