package dev.roadmap.core.graph;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.primitive.LongMinHeap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * Order and cycles of the {@code requires} edges: Kahn's topological order with ties by document
 * index, and the cycles named by strongly connected component (iterative Tarjan, so deep chains
 * do not overflow the call stack). Stateless; every method is linear in skills plus edges.
 */
final class Cycles {
    private Cycles() {
    }

    /**
     * @return the skills in learning order, ties by document index; shorter than the number of
     *     skills when a cycle blocks the rest
     */
    static int[] topologicalPrefix(Rows rows) {
        int n = rows.outOffsets.length - 1;
        int[] indeg = new int[n];
        LongMinHeap ready = new LongMinHeap(n);
        for (int i = 0; i < n; i++) {
            indeg[i] = rows.outOffsets[i + 1] - rows.outOffsets[i];
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int v = (int) ready.poll();
            order[count++] = v;
            for (int k = rows.inOffsets[v]; k < rows.inOffsets[v + 1]; k++) {
                if (--indeg[rows.inTargets[k]] == 0) {
                    ready.add(rows.inTargets[k]);
                }
            }
        }
        return count == n ? order : Arrays.copyOf(order, count);
    }

    /** @return one exception per strongly connected group of two or more skills, in document order */
    static List<CycleException> cycles(Roadmap roadmap, Rows rows) {
        int n = rows.outOffsets.length - 1;
        int[] comp = stronglyConnectedComponents(rows);
        int[] compSize = new int[n];
        for (int i = 0; i < n; i++) {
            compSize[comp[i]]++;
        }
        List<CycleException> result = new ArrayList<>();
        BitSet reported = new BitSet(n);
        for (int start = 0; start < n; start++) {
            int c = comp[start];
            if (compSize[c] >= 2 && !reported.get(c)) {
                reported.set(c);
                result.add(cycleFrom(roadmap, rows, start, comp));
            }
        }
        return result;
    }

    /** Walks hard prerequisites inside one component, always to the lowest index, until it repeats. */
    private static CycleException cycleFrom(Roadmap roadmap, Rows rows, int start, int[] comp) {
        int[] position = new int[comp.length];
        Arrays.fill(position, -1);
        List<Integer> walk = new ArrayList<>();
        int v = start;
        while (position[v] < 0) {
            position[v] = walk.size();
            walk.add(v);
            int next = Integer.MAX_VALUE;
            for (int k = rows.outOffsets[v]; k < rows.outOffsets[v + 1]; k++) {
                int p = rows.outTargets[k];
                if (comp[p] == comp[start] && p < next) {
                    next = p;
                }
            }
            v = next;
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(position[v], walk.size()));
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        int closing = cycle.get(cycle.size() - 1);
        SkillId first = roadmap.skill(cycle.get(0)).id();
        int entry = Math.max(0, roadmap.skill(closing).requires().indexOf(first));
        String key = SourceMap.keySkillEntry(closing, "requires", entry);
        List<SkillId> ids = cycle.stream().map(i -> roadmap.skill(i).id()).toList();
        return new CycleException(ids, roadmap.sourceMap().locate(key));
    }

    /** Iterative Tarjan over the requires edges; returns a component number per vertex. */
    private static int[] stronglyConnectedComponents(Rows rows) {
        return new Tarjan(rows).run();
    }

    /** The state of one run of Tarjan's algorithm, with an explicit call stack. */
    private static final class Tarjan {
        private final int[] off;
        private final int[] tgt;
        private final int[] index;
        private final int[] low;
        private final int[] comp;
        private final boolean[] onStack;
        private final int[] stack;
        private final int[] callV;
        private final int[] callK;
        private int sp;
        private int counter;
        private int compCount;

        Tarjan(Rows rows) {
            off = rows.outOffsets;
            tgt = rows.outTargets;
            int n = off.length - 1;
            index = new int[n];
            low = new int[n];
            comp = new int[n];
            Arrays.fill(index, -1);
            onStack = new boolean[n];
            stack = new int[n];
            callV = new int[n];
            callK = new int[n];
        }

        int[] run() {
            for (int root = 0; root < index.length; root++) {
                if (index[root] < 0) {
                    visitFrom(root);
                }
            }
            return comp;
        }

        private void visitFrom(int root) {
            int depth = 0;
            enter(root, 0);
            while (depth >= 0) {
                int v = callV[depth];
                if (callK[depth] < off[v + 1]) {
                    int w = tgt[callK[depth]++];
                    if (index[w] < 0) {
                        enter(w, ++depth);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    leave(v);
                    depth--;
                    if (depth >= 0) {
                        int parent = callV[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }

        private void enter(int v, int depth) {
            index[v] = low[v] = counter++;
            stack[sp++] = v;
            onStack[v] = true;
            callV[depth] = v;
            callK[depth] = off[v];
        }

        private void leave(int v) {
            if (low[v] != index[v]) {
                return;
            }
            int w;
            do {
                w = stack[--sp];
                onStack[w] = false;
                comp[w] = compCount;
            } while (w != v);
            compCount++;
        }
    }
}
