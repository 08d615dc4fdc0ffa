package dev.roadmap.scheduler.internal;

/**
 * Sorting for the scheduler: the shared stable int sort ({@link dev.roadmap.core.primitive.IntSort})
 * by a comparator, and orders by primitive keys through a stable least-significant-digit radix
 * sort (a byte per pass, bytes that are the same in every key skipped without a pass), which needs no
 * comparator calls: {@code O(8 n)} at worst.
 */
final class IntSort {

    /** Compares two ints. */
    @FunctionalInterface
    interface IntComparator extends dev.roadmap.core.primitive.IntSort.IntComparator {
    }

    /** Below this many keys a plain insertion sort beats the radix passes. */
    private static final int SMALL = 32;

    private IntSort() {
    }

    static void sort(int[] a, IntComparator c) {
        dev.roadmap.core.primitive.IntSort.sort(a, c);
    }

    /** @return the indices {@code 0..n-1} by descending key, ties by index */
    static int[] descending(double[] key) {
        long[] k = new long[key.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = ~sortable(key[i]);
        }
        return order(k);
    }

    /** @return the indices {@code 0..n-1} by ascending key, ties by index */
    static int[] ascending(double[] key) {
        long[] k = new long[key.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = sortable(key[i]);
        }
        return order(k);
    }

    /**
     * @return a long whose signed order is the order of the doubles, as {@link Double#compare} but
     *         with {@code -0.0} equal to {@code 0.0} (as {@code ==} has it)
     */
    static long sortable(double d) {
        long bits = Double.doubleToLongBits(d + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * @param keys the keys, one per index (overwritten)
     * @return the indices {@code 0..n-1} by ascending (signed) key, ties by index
     */
    static int[] order(long[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            keys[i] ^= Long.MIN_VALUE;
        }
        if (n <= SMALL) {
            insertion(keys, idx);
            return idx;
        }
        // the bits in which some key differs from the first: a byte without any needs no pass
        long differ = 0;
        for (long k : keys) {
            differ |= k ^ keys[0];
        }
        long[] kb = new long[n];
        int[] ib = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            if (((differ >>> shift) & 0xff) == 0) {
                continue;
            }
            java.util.Arrays.fill(count, 0);
            for (long k : keys) {
                count[((int) (k >>> shift) & 0xff) + 1]++;
            }
            for (int d = 0; d < 256; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                int at = count[(int) (keys[i] >>> shift) & 0xff]++;
                kb[at] = keys[i];
                ib[at] = idx[i];
            }
            long[] tk = keys;
            keys = kb;
            kb = tk;
            int[] ti = idx;
            idx = ib;
            ib = ti;
        }
        return idx;
    }

    private static void insertion(long[] keys, int[] idx) {
        for (int i = 1; i < keys.length; i++) {
            long k = keys[i];
            int x = idx[i];
            int j = i - 1;
            while (j >= 0 && Long.compareUnsigned(keys[j], k) > 0) {
                keys[j + 1] = keys[j];
                idx[j + 1] = idx[j];
                j--;
            }
            keys[j + 1] = k;
            idx[j + 1] = x;
        }
    }
}
