package dev.roadmap.scheduler.internal;

import dev.roadmap.core.plan.PlanOptions;

/**
 * Ranks the planned skills once, so the packer compares plain ints. Ties are broken by document
 * order, which makes every plan deterministic.
 */
final class Priorities {
    private Priorities() {
    }

    /**
     * @return the skills in priority order (rank to skill)
     */
    static int[] order(Problem p, PlanOptions.Priority priority) {
        switch (priority) {
            case DOCUMENT_ORDER, COHERENT -> {
                // skills are indexed in document order already
                int[] order = new int[p.m];
                for (int v = 0; v < p.m; v++) {
                    order[v] = v;
                }
                return order;
            }
            case SHORTEST_FIRST -> {
                return IntSort.ascending(p.hours);
            }
            case LONGEST_PATH -> {
                return IntSort.descending(p.remainingPath());
            }
            default -> throw new IllegalArgumentException("unknown priority " + priority);
        }
    }

    /**
     * The longest chain of work from each skill to the end of the plan. Each skill counts as the
     * weeks it takes alone at its track's usual hours (a rigid skill: its weeks), so a chain on a
     * track with few hours weighs more than the same hours on a busy one; with one shared pool this
     * is the chain's hours divided by a constant, i.e. the longest path by hours.
     */
    static double[] remainingPath(Problem p) {
        double[] tail = new double[p.m];
        for (int i = p.m - 1; i >= 0; i--) {
            int v = p.topo[i];
            double best = 0;
            for (int k = p.depOff[v]; k < p.depOff[v + 1]; k++) {
                best = Math.max(best, tail[p.depTgt[k]]);
            }
            double own;
            if (p.rigid[v]) {
                own = p.rigidWeeks[v];
            } else {
                double u = p.cap.usual[p.track[v]];
                own = u > 0 ? p.hours[v] / u : p.hours[v];
            }
            tail[v] = own + best;
        }
        return tail;
    }

    /** @return the inverse of an order: the rank of each skill */
    static int[] ranks(int[] order) {
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
