package dev.roadmap.core.primitive;

/** A stable merge sort of {@code int} arrays by a primitive comparator, without boxing. Support, not API. */
public final class IntSort {

    /** Compares two ints, as {@link java.util.Comparator} does. */
    @FunctionalInterface
    public interface IntComparator {
        /**
         * @param a one value
         * @param b another value
         * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
         */
        int compare(int a, int b);
    }

    private IntSort() {
    }

    /**
     * Sorts in place; equal elements keep their order. O(n log n) time, one buffer of n ints.
     *
     * @param a the values
     * @param c their order
     */
    public static void sort(int[] a, IntComparator c) {
        int[] buf = new int[a.length];
        int[] src = a;
        int[] dst = buf;
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                merge(src, dst, lo, Math.min(lo + width, a.length), Math.min(lo + 2 * width, a.length), c);
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, a.length);
        }
    }

    private static void merge(int[] src, int[] dst, int lo, int mid, int hi, IntComparator c) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            dst[k++] = c.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
        }
        while (i < mid) {
            dst[k++] = src[i++];
        }
        while (j < hi) {
            dst[k++] = src[j++];
        }
    }
}
