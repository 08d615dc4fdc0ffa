package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Priorities#descending}'s merge sort gives exactly the orders of the comparator sorts it
 * replaces (higher keys first, {@code ==} deciding ties, then the index) on seeded random keys with many
 * ties, negative and positive zeros, and sizes from empty to a few hundred.
 */
class PrioritiesOrderTest {
    private static double[] keys(Random rnd, int n) {
        double[] k = new double[n];
        int distinct = 1 + rnd.nextInt(Math.max(1, n));
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(10);
            k[i] = kind == 0 ? -0.0 : kind == 1 ? 0.0 : kind == 2 ? -rnd.nextInt(distinct) / 3.0
                    : rnd.nextInt(distinct) / 7.0 + (rnd.nextBoolean() ? 0 : rnd.nextDouble() * 1e-9);
        }
        return k;
    }

    private static int[] comparatorOrder(double[] first, double[] second) {
        int[] order = new int[first.length];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        IntSort.sort(order, (a, b) -> first[a] != first[b] ? Double.compare(first[b], first[a])
                : second[a] != second[b] ? Double.compare(second[b], second[a]) : Integer.compare(a, b));
        return order;
    }

    @Test
    void ordersEqualTheComparatorSorts() {
        Random rnd = new Random(20261206);
        for (int round = 0; round < 2_000; round++) {
            int n = round < 40 ? round : rnd.nextInt(400);
            double[] first = keys(rnd, n);
            double[] second = keys(rnd, n);
            assertThat(Priorities.descending(first, second)).as("round %d", round).isEqualTo(comparatorOrder(first, second));
            assertThat(Priorities.descending(first, first)).as("round %d", round).isEqualTo(comparatorOrder(first, new double[n]));
        }
    }

    @Test
    void zerosOfBothSignsTieAndIndicesBreakTies() {
        double[] zeros = {0.0, -0.0, 1.0, -0.0, 0.0};
        assertThat(Priorities.descending(zeros, zeros)).containsExactly(2, 0, 1, 3, 4);
        assertThat(Priorities.descending(new double[] {1, 1, 2, 2}, new double[] {0, 5, 1, 1})).containsExactly(2, 3, 1, 0);
    }
}
