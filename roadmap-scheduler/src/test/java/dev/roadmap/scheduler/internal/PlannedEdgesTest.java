package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.primitive.Csr;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlannedEdges} cuts the planned skills' dependents out of the structure's dependents rows; they
 * must be exactly the transpose of the planned requires rows (the definition it replaces), on seeded
 * random graphs with any set of planned skills.
 */
class PlannedEdgesTest {
    @Test
    void dependentsAreTheTransposeOfThePlannedRequires() {
        Random rnd = new Random(20261206);
        for (int round = 0; round < 1_000; round++) {
            int n = rnd.nextInt(60);
            // requires rows of a DAG whose topological order is a random one: the skill at place i of the order
            // requires some skills placed before it
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                int j = rnd.nextInt(i + 1);
                order[i] = order[j];
                order[j] = i;
            }
            int[] place = new int[n];
            for (int i = 0; i < n; i++) {
                place[order[i]] = i;
            }
            int[] off = new int[n + 1];
            int[] tgt = new int[n * 4];
            int e = 0;
            for (int s = 0; s < n; s++) {
                off[s] = e;
                int before = place[s];
                int k = before == 0 ? 0 : rnd.nextInt(Math.min(before, 4) + 1);
                for (int j = 0; j < k; j++) {
                    tgt[e++] = order[rnd.nextInt(before)];
                }
            }
            off[n] = e;
            int[][] rows = {off, java.util.Arrays.copyOf(tgt, e)};
            int[] activeOf = new int[n];
            int m = 0;
            double planned = rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                activeOf[i] = rnd.nextDouble() < planned ? m++ : -1;
            }
            PlannedEdges edges = new PlannedEdges(activeOf, m, rows, Csr.transpose(rows[0], rows[1]), order);
            int[][] expected = Csr.transpose(edges.reqOff, edges.reqTgt);
            assertThat(edges.depOff).as("round %d", round).isEqualTo(expected[0]);
            assertThat(edges.depTgt).as("round %d", round).isEqualTo(expected[1]);
        }
    }
}
