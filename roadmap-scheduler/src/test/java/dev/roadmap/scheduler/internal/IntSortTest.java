package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IntSortTest {

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    @Test
    void ordersByDoubleKeysLikeTheStableComparatorSort() {
        Random rnd = new Random(5);
        double[] pool = {0.0, -0.0, 1.5, -2.25, 1e-9, 7, Double.MAX_VALUE, -Double.MAX_VALUE, 3.0000001};
        for (int round = 0; round < 300; round++) {
            int n = rnd.nextInt(round < 200 ? 40 : 5_000);
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = rnd.nextBoolean() ? pool[rnd.nextInt(pool.length)] : rnd.nextInt(50) / 4.0 - 3;
            }
            int[] desc = identity(n);
            IntSort.sort(desc, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : Integer.compare(a, b));
            int[] asc = identity(n);
            IntSort.sort(asc, (a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b]) : Integer.compare(a, b));
            assertThat(IntSort.descending(key)).as("round %d", round).containsExactly(desc);
            assertThat(IntSort.ascending(key)).as("round %d", round).containsExactly(asc);
        }
    }

    @Test
    void ordersByLongKeysStably() {
        Random rnd = new Random(9);
        for (int round = 0; round < 200; round++) {
            int n = rnd.nextInt(round < 100 ? 40 : 3_000);
            long[] key = new long[n];
            for (int i = 0; i < n; i++) {
                key[i] = switch (rnd.nextInt(4)) {
                    case 0 -> rnd.nextLong();
                    case 1 -> rnd.nextInt(8) - 4;
                    case 2 -> ((long) rnd.nextInt(3) << 32) | rnd.nextInt(5);
                    default -> rnd.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                };
            }
            long[] copy = key.clone();
            int[] expected = identity(n);
            IntSort.sort(expected, (a, b) -> copy[a] != copy[b] ? Long.compare(copy[a], copy[b]) : Integer.compare(a, b));
            assertThat(IntSort.order(key)).as("round %d", round).containsExactly(expected);
        }
    }
}
