package dev.roadmap.plugins.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LayeredLayoutTest {

    @Test
    void aLongEdgeGetsOneDummyPerLayerItCrosses() {
        // a -> b -> c -> d and a -> d: the long edge crosses layers 1 and 2
        LayeredLayout layout = LayeredLayout.of(new int[] {0, 1, 2, 3},
                List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {0, 3}), 4);

        int[] longEdge = layout.chains().get(3);
        assertThat(longEdge).hasSize(4).startsWith(0).endsWith(3);
        assertThat(layout.isDummy(longEdge[1])).isTrue();
        assertThat(layout.layerOf(longEdge[1])).isEqualTo(1);
        assertThat(layout.layerOf(longEdge[2])).isEqualTo(2);
        assertThat(layout.layer(1)).hasSize(2);
    }

    @Test
    void barycentreSweepsRemoveAnAvoidableCrossing() {
        // layer 0: a b, layer 1: c d; a -> d and b -> c cross in document order
        LayeredLayout layout = LayeredLayout.of(new int[] {0, 0, 1, 1}, List.of(new int[] {0, 3}, new int[] {1, 2}), 4);

        assertThat(layout.crossings()).isZero();
        assertThat(layout.position(3)).isLessThan(layout.position(2));
    }

    @Test
    void anUnavoidableCrossingIsCountedOnce() {
        // complete bipartite K2,2 always has exactly one crossing
        LayeredLayout layout = LayeredLayout.of(new int[] {0, 0, 1, 1},
                List.of(new int[] {0, 2}, new int[] {0, 3}, new int[] {1, 2}, new int[] {1, 3}), 4);

        assertThat(layout.crossings()).isEqualTo(1);
    }

    @Test
    void refusesAnEdgeThatDoesNotPointToAHigherLayer() {
        assertThatThrownBy(() -> LayeredLayout.of(new int[] {0, 0}, List.of(new int[] {0, 1}), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0->1");
    }

    @Test
    @Timeout(5)
    void laysOutThreeHundredVerticesQuicklyAndTheSameEveryTime() {
        int n = 300;
        Random random = new Random(42);
        int[] layer = new int[n];
        List<int[]> edges = new ArrayList<>();
        for (int v = 1; v < n; v++) {
            for (int k = 0; k < 2; k++) {
                int u = random.nextInt(v);
                edges.add(new int[] {u, v});
                layer[v] = Math.max(layer[v], layer[u] + 1);
            }
        }
        List<int[]> valid = edges.stream().filter(e -> layer[e[0]] < layer[e[1]]).toList();

        LayeredLayout first = LayeredLayout.of(layer, valid, 6);
        LayeredLayout second = LayeredLayout.of(layer, valid, 6);
        LayeredLayout unsorted = LayeredLayout.of(layer, valid, 0);

        assertThat(first.crossings()).isEqualTo(second.crossings()).isLessThan(unsorted.crossings());
        for (int l = 0; l < first.layerCount(); l++) {
            assertThat(first.layer(l)).isEqualTo(second.layer(l));
        }
    }

    @Test
    void aChainIsPlacedInAStraightLineBesideItsNeighbours() {
        // x -> a -> b and y -> c: the chain's vertices line up although its layers hold other vertices
        LayeredLayout layout = LayeredLayout.of(new int[] {0, 0, 1, 2, 1},
                List.of(new int[] {0, 2}, new int[] {2, 3}, new int[] {1, 4}), 4);

        double[] y = layout.coordinates(new double[] {30, 30, 30, 30, 30}, 4);

        assertThat(y[2]).isEqualTo(y[0]);
        assertThat(y[3]).isEqualTo(y[2]);
        assertThat(y[4]).isEqualTo(y[1]);
    }

    @Test
    void placesKeepTheOrderAndTheRoomEachVertexNeeds() {
        // three vertices all pulled towards one parent cannot overlap
        LayeredLayout layout = LayeredLayout.of(new int[] {0, 1, 1, 1},
                List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}), 4);

        double[] y = layout.coordinates(new double[] {30, 30, 12, 30}, 4);

        int[] layer = layout.layer(1);
        for (int i = 1; i < layer.length; i++) {
            double gap = y[layer[i]] - y[layer[i - 1]];
            assertThat(gap).as("half of 30 plus half of 12").isGreaterThanOrEqualTo(21 - 1e-9);
        }
        assertThat(java.util.Arrays.stream(y).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        // the parent sits level with the middle child
        assertThat(y[0]).isCloseTo(y[layer[1]], org.assertj.core.data.Offset.offset(1e-9));
    }
}
