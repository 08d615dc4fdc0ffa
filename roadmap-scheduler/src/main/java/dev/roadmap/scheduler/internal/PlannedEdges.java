package dev.roadmap.scheduler.internal;

import java.util.Arrays;

/**
 * The planned skills of a problem and the prerequisite edges among them, by planned index
 * {@code 0..m-1} in document order: what depends only on which skills are planned and on the
 * roadmap's graph, not on their hours or the capacity. A re-plan that plans the same skills as the
 * previous plan of its re-planner's chain (a topic ticked, hours logged, the capacity changed) takes
 * them over ({@link SkillLayout.Cache#edges}). Immutable: nobody writes these arrays after they are made.
 */
final class PlannedEdges {
    /** Planned index of each skill by document index; -1 for a skill not planned. */
    final int[] activeOf;
    /** Document index of each planned skill. */
    final int[] doc;
    final int[] reqOff;
    final int[] reqTgt;
    final int[] depOff;
    final int[] depTgt;
    /** Planned skills in a topological order. */
    final int[] topo;
    /** Whether a planned skill has prerequisites that are not planned (done, skipped or left out). */
    final boolean[] hadClosedPrerequisite;

    /**
     * @param activeOf the planned index of each skill by document index, -1 for a skill not planned
     * @param m        how many skills are planned
     * @param rows     the roadmap's requires rows ({@code [offsets, targets]} by document index)
     * @param depRows  its dependents rows ({@code Csr.transpose} of {@code rows}: sources ascending), from
     *                 which the planned skills' rows are cut as the requires rows are, without a transpose
     * @param order    its topological order of document indices
     */
    PlannedEdges(int[] activeOf, int m, int[][] rows, int[][] depRows, int[] order) {
        this.activeOf = activeOf;
        int n = activeOf.length;
        doc = new int[m];
        int[] off = rows[0];
        int[] tgt = rows[1];
        // the planned skills' rows hold at most this many planned prerequisites
        int most = 0;
        for (int i = 0; i < n; i++) {
            if (activeOf[i] >= 0) {
                doc[activeOf[i]] = i;
                most += off[i + 1] - off[i];
            }
        }
        reqOff = new int[m + 1];
        int[] planned = new int[most];
        hadClosedPrerequisite = new boolean[m];
        int e = 0;
        for (int v = 0; v < m; v++) {
            reqOff[v] = e;
            for (int k = off[doc[v]]; k < off[doc[v] + 1]; k++) {
                int p = tgt[k];
                if (activeOf[p] >= 0) {
                    planned[e++] = activeOf[p];
                } else {
                    hadClosedPrerequisite[v] = true;
                }
            }
        }
        int count = e;
        reqTgt = count == most ? planned : Arrays.copyOf(planned, count);
        reqOff[m] = e;
        topo = new int[m];
        int c = 0;
        for (int i : order) {
            if (activeOf[i] >= 0) {
                topo[c++] = activeOf[i];
            }
        }
        // the planned dependents of each planned skill, ascending as a transpose of the planned rows has them
        int[] dOff = depRows[0];
        int[] dTgt = depRows[1];
        depOff = new int[m + 1];
        depTgt = new int[count];
        e = 0;
        for (int v = 0; v < m; v++) {
            depOff[v] = e;
            for (int k = dOff[doc[v]]; k < dOff[doc[v] + 1]; k++) {
                int d = activeOf[dTgt[k]];
                if (d >= 0) {
                    depTgt[e++] = d;
                }
            }
        }
        depOff[m] = e;
    }

    /** @return whether these are the edges of exactly these planned skills */
    boolean plans(int[] active) {
        return Arrays.equals(activeOf, active);
    }
}
