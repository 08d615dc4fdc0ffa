package dev.roadmap.plugins.html.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A Sugiyama-style layered drawing of a DAG, computed in three steps:
 * <ol>
 *   <li>layers are given (longest-path layering, {@code PrerequisiteGraph.levels()}), so every edge
 *       points from a lower to a higher layer;</li>
 *   <li>an edge spanning several layers is split by one dummy vertex per layer it crosses, so long
 *       edges take part in ordering and get a route that avoids the real vertices;</li>
 *   <li>the order within each layer is improved by barycentre sweeps (down, then up, {@code sweeps}
 *       times), keeping the order with the fewest crossings seen;</li>
 *   <li>{@link #coordinates} places the vertices along their layers near their neighbours.</li>
 * </ol>
 * Vertex {@code 0..n-1} are the real vertices, higher numbers dummies. Ties keep the previous order,
 * so the result is deterministic. Immutable once built.
 */
public final class LayeredLayout {
    private final int realCount;
    private final int[] layerOf;
    private final int[][] order;
    private final int[] position;
    private final List<int[]> chains;
    private final long crossings;
    private final List<List<Integer>> up;
    private final List<List<Integer>> down;

    private LayeredLayout(int realCount, int[] layerOf, int[][] order, List<int[]> chains, long crossings,
                          List<List<Integer>> up, List<List<Integer>> down) {
        this.realCount = realCount;
        this.layerOf = layerOf;
        this.order = order;
        this.chains = chains;
        this.crossings = crossings;
        this.up = up;
        this.down = down;
        this.position = new int[layerOf.length];
        for (int[] layer : order) {
            for (int i = 0; i < layer.length; i++) {
                position[layer[i]] = i;
            }
        }
    }

    /**
     * @param layer  the layer of each real vertex
     * @param edges  {@code {from, to}} pairs with {@code layer[from] < layer[to]}
     * @param sweeps how many down-and-up barycentre sweeps to run
     * @return the layout
     * @throws IllegalArgumentException when an edge does not point to a higher layer
     */
    public static LayeredLayout of(int[] layer, List<int[]> edges, int sweeps) {
        int n = layer.length;
        int layers = Arrays.stream(layer).max().orElse(-1) + 1;
        List<Integer> vertexLayer = new ArrayList<>();
        for (int l : layer) {
            vertexLayer.add(l);
        }
        List<int[]> chains = new ArrayList<>();
        for (int[] e : edges) {
            int from = e[0];
            int to = e[1];
            if (layer[from] >= layer[to]) {
                throw new IllegalArgumentException("edge " + from + "->" + to + " does not point to a higher layer");
            }
            int span = layer[to] - layer[from];
            int[] chain = new int[span + 1];
            chain[0] = from;
            for (int k = 1; k < span; k++) {
                chain[k] = vertexLayer.size();
                vertexLayer.add(layer[from] + k);
            }
            chain[span] = to;
            chains.add(chain);
        }
        int total = vertexLayer.size();
        int[] layerOf = new int[total];
        List<List<Integer>> up = new ArrayList<>();
        List<List<Integer>> down = new ArrayList<>();
        for (int v = 0; v < total; v++) {
            layerOf[v] = vertexLayer.get(v);
            up.add(new ArrayList<>());
            down.add(new ArrayList<>());
        }
        for (int[] chain : chains) {
            for (int k = 0; k + 1 < chain.length; k++) {
                down.get(chain[k]).add(chain[k + 1]);
                up.get(chain[k + 1]).add(chain[k]);
            }
        }
        // Initial order: real vertices in document order, then each dummy next to where its chain came from.
        int[][] order = new int[layers][];
        int[] counts = new int[layers];
        for (int v = 0; v < total; v++) {
            counts[layerOf[v]]++;
        }
        for (int l = 0; l < layers; l++) {
            order[l] = new int[counts[l]];
            counts[l] = 0;
        }
        for (int v = 0; v < total; v++) {
            order[layerOf[v]][counts[layerOf[v]]++] = v;
        }
        int[] pos = new int[total];
        refresh(order, pos);
        int[][] best = copy(order);
        long bestCrossings = crossings(order, pos, down);
        for (int s = 0; s < sweeps && bestCrossings > 0; s++) {
            for (int l = 1; l < layers; l++) {
                sortByBarycentre(order[l], up, pos);
                refresh(order, pos);
            }
            for (int l = layers - 2; l >= 0; l--) {
                sortByBarycentre(order[l], down, pos);
                refresh(order, pos);
            }
            long c = crossings(order, pos, down);
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(order);
            }
        }
        return new LayeredLayout(n, layerOf, best, List.copyOf(chains), bestCrossings, up, down);
    }

    private static void sortByBarycentre(int[] layer, List<List<Integer>> neighbours, int[] pos) {
        Integer[] boxed = new Integer[layer.length];
        double[] key = new double[pos.length];
        for (int i = 0; i < layer.length; i++) {
            int v = layer[i];
            boxed[i] = v;
            List<Integer> ns = neighbours.get(v);
            // A vertex without neighbours on that side keeps its place.
            key[v] = ns.isEmpty() ? pos[v] : ns.stream().mapToInt(u -> pos[u]).average().orElse(pos[v]);
        }
        Arrays.sort(boxed, Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> pos[v]));
        for (int i = 0; i < layer.length; i++) {
            layer[i] = boxed[i];
        }
    }

    private static void refresh(int[][] order, int[] pos) {
        for (int[] layer : order) {
            for (int i = 0; i < layer.length; i++) {
                pos[layer[i]] = i;
            }
        }
    }

    private static int[][] copy(int[][] order) {
        int[][] c = new int[order.length][];
        for (int i = 0; i < order.length; i++) {
            c[i] = order[i].clone();
        }
        return c;
    }

    /** Counts crossings between each pair of adjacent layers: inversions among edges sorted by source. */
    static long crossings(int[][] order, int[] pos, List<List<Integer>> down) {
        long total = 0;
        for (int l = 0; l + 1 < order.length; l++) {
            List<int[]> es = new ArrayList<>();
            for (int v : order[l]) {
                for (int w : down.get(v)) {
                    es.add(new int[] {pos[v], pos[w]});
                }
            }
            es.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
            int[] targets = es.stream().mapToInt(e -> e[1]).toArray();
            total += inversions(targets, order[l + 1].length);
        }
        return total;
    }

    /** Inversions of values in {@code [0, range)} with a Fenwick tree. */
    private static long inversions(int[] values, int range) {
        long[] tree = new long[range + 1];
        long inv = 0;
        for (int i = values.length - 1; i >= 0; i--) {
            for (int k = values[i]; k > 0; k -= k & -k) {
                inv += tree[k];
            }
            for (int k = values[i] + 1; k <= range; k += k & -k) {
                tree[k]++;
            }
        }
        return inv;
    }

    /**
     * Places the vertices along each layer: every vertex as close as it can be to the mean place of
     * its neighbours in the layer before (down passes) or after (up passes), keeping the order and at
     * least half of each pair's sizes apart. Each layer is solved exactly in the least-squares sense
     * (pool-adjacent-violators), so straight chains come out straight.
     *
     * @param size   the room each vertex needs along its layer, indexed by vertex
     * @param passes how many down-and-up passes to run
     * @return the centre of each vertex along its layer, the smallest starting at half its size
     */
    public double[] coordinates(double[] size, int passes) {
        int total = layerOf.length;
        double[] y = new double[total];
        for (int[] layer : order) {
            double cursor = 0;
            for (int v : layer) {
                y[v] = cursor + size[v] / 2;
                cursor += size[v];
            }
        }
        for (int p = 0; p < passes; p++) {
            for (int l = 1; l < order.length; l++) {
                align(order[l], up, y, size);
            }
            for (int l = order.length - 2; l >= 0; l--) {
                align(order[l], down, y, size);
            }
        }
        double min = Double.MAX_VALUE;
        for (int v = 0; v < total; v++) {
            min = Math.min(min, y[v] - size[v] / 2);
        }
        for (int v = 0; v < total; v++) {
            y[v] -= total == 0 ? 0 : min;
        }
        return y;
    }

    private static void align(int[] layer, List<List<Integer>> neighbours, double[] y, double[] size) {
        int k = layer.length;
        if (k == 0) {
            return;
        }
        // z = wanted place minus the room the vertices above need; z must not decrease down the layer
        double[] offset = new double[k];
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            int v = layer[i];
            offset[i] = i == 0 ? 0 : offset[i - 1] + (size[layer[i - 1]] + size[v]) / 2;
            List<Integer> ns = neighbours.get(v);
            double wanted = ns.isEmpty() ? y[v] : ns.stream().mapToDouble(u -> y[u]).average().orElse(y[v]);
            z[i] = wanted - offset[i];
        }
        double[] sum = new double[k];
        int[] count = new int[k];
        int blocks = 0;
        for (int i = 0; i < k; i++) {
            sum[blocks] = z[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            double value = sum[b] / count[b];
            for (int c = 0; c < count[b]; c++, i++) {
                y[layer[i]] = value + offset[i];
            }
        }
    }

    /** @return the number of vertices, real and dummy */
    public int vertexCount() {
        return layerOf.length;
    }

    /** @return the number of real vertices */
    public int realCount() {
        return realCount;
    }

    /** @return the number of layers */
    public int layerCount() {
        return order.length;
    }

    /**
     * @param l a layer
     * @return its vertices, top to bottom (a copy)
     */
    public int[] layer(int l) {
        return order[l].clone();
    }

    /**
     * @param v a vertex
     * @return its layer
     */
    public int layerOf(int v) {
        return layerOf[v];
    }

    /**
     * @param v a vertex
     * @return its index within its layer
     */
    public int position(int v) {
        return position[v];
    }

    /**
     * @param v a vertex
     * @return whether it is a dummy on a long edge
     */
    public boolean isDummy(int v) {
        return v >= realCount;
    }

    /** @return for each input edge, in input order, its vertices from source through dummies to target */
    public List<int[]> chains() {
        return chains;
    }

    /** @return the crossings between adjacent layers in the chosen order */
    public long crossings() {
        return crossings;
    }
}
