package dev.roadmap.scheduler.internal;

/**
 * The raw result of packing, as primitive arrays: per skill its weeks and why it could not start
 * earlier, and the flexible allocations in the order they were made (by week; an allocation's track
 * is its skill's). Rigid allocations follow from each rigid skill's start and loads.
 */
final class Schedule {
    int totalWeeks;
    int[] start;
    int[] finish;
    /** Order in which skills started (or were booked), for a stable output order. */
    int[] startSeq;
    /** Earliest week the prerequisites allowed. */
    int[] earliest;
    /** The prerequisite that set {@link #earliest}, or -1. */
    int[] earliestFrom;
    /** Whether a rigid skill waited for a free slot under {@code maxParallel}. */
    boolean[] waitedParallel;
    IntArray allocWeek;
    IntArray allocSkill;
    DoubleArray allocHours;
    /** How the order was chosen, for the explanations. */
    Origin origin = Origin.RANK;
    /** Guided pass: the week from which each skill was due (outranked reading order); else null. */
    int[] due;
    /** Cached coherence, measured when candidates are compared; null until then. */
    dev.roadmap.core.plan.PlanCoherence coherence;
    /** Per track: number of weeks {@code 1..w} without room left, at index {@code w}. */
    IntArray[] fullWeeks;

    /** How a schedule's order came about. */
    enum Origin {
        /** Longest path first, or a priority order of the improvement search. */
        RANK,
        /** Fewest hours first. */
        SHORTEST,
        /** Reading order, a skill taken ahead only when its prerequisites or track held the others back. */
        READING_ORDER,
        /** Reading order with skills taken ahead when due ({@link #due}). */
        GUIDED
    }

    /** @return how many of weeks {@code from..to} had no room left on track t */
    int fullCount(int t, int from, int to) {
        return fullWeeks[t].get(to) - fullWeeks[t].get(from - 1);
    }
}
