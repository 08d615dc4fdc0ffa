package dev.roadmap.scheduler.internal;

/** The scheduler's name for the shared stable int sort ({@link dev.roadmap.core.primitive.IntSort}). */
final class IntSort {

    /** Compares two ints. */
    @FunctionalInterface
    interface IntComparator extends dev.roadmap.core.primitive.IntSort.IntComparator {
    }

    private IntSort() {
    }

    static void sort(int[] a, IntComparator c) {
        dev.roadmap.core.primitive.IntSort.sort(a, c);
    }
}
