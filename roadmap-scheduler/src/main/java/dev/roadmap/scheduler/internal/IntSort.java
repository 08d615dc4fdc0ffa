package dev.roadmap.scheduler.internal;

/** A stable merge sort of int arrays by a primitive comparator, for priority orders without boxing. */
final class IntSort {

    /** Compares two ints. */
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    static void sort(int[] a, IntComparator c) {
        int[] buf = new int[a.length];
        int[] src = a;
        int[] dst = buf;
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length);
                int hi = Math.min(lo + 2 * width, a.length);
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
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, a.length);
        }
    }
}
