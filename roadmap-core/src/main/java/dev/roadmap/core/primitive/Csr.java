package dev.roadmap.core.primitive;

import java.util.Arrays;

/**
 * Compressed sparse rows: the edges out of vertex {@code v} are {@code targets[offsets[v] ..
 * offsets[v + 1])}. Support, not API. Stateless.
 */
public final class Csr {
    private Csr() {
    }

    /**
     * Reverses every edge of a graph held in compressed sparse rows, in linear time and memory.
     * Within each row of the result, sources appear in increasing order.
     *
     * @param offsets {@code n + 1} row offsets
     * @param targets the edge targets, each in {@code [0, n)}
     * @return {@code {offsets, targets}} of the reversed graph (fresh arrays)
     */
    public static int[][] transpose(int[] offsets, int[] targets) {
        int n = offsets.length - 1;
        int edges = offsets[n];
        int[] inOffsets = new int[n + 1];
        for (int k = 0; k < edges; k++) {
            inOffsets[targets[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            inOffsets[i + 1] += inOffsets[i];
        }
        int[] inTargets = new int[edges];
        int[] fill = Arrays.copyOf(inOffsets, n);
        for (int v = 0; v < n; v++) {
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                inTargets[fill[targets[k]]++] = v;
            }
        }
        return new int[][] {inOffsets, inTargets};
    }
}
