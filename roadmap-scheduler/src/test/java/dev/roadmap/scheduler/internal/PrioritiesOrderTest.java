package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Priorities#descending}'s bucket spread and merge sort give exactly the orders of the comparator
 * sorts they replace (higher keys first, {@code ==} deciding ties, then the index) on seeded random keys
 * with many ties, negative and positive zeros, continuous keys (the improvement stage's perturbed
 * orders), keys too far apart to spread and infinite ones, and sizes from empty to a few hundred.
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

    /** Keys of one shape per call: continuous, clustered, huge (their range overflows), or with infinities. */
    private static double[] shaped(Random rnd, int n, int shape) {
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            double x = rnd.nextDouble();
            k[i] = switch (shape) {
                case 0 -> x * 3 - 1;
                case 1 -> rnd.nextInt(3) * 1e6 + x * 1e-6;
                case 2 -> (rnd.nextBoolean() ? 1 : -1) * Double.MAX_VALUE * x;
                default -> x < 0.1 ? Double.POSITIVE_INFINITY : x < 0.2 ? Double.NEGATIVE_INFINITY : x;
            };
        }
        return k;
    }

    @Test
    void spreadKeysGiveTheComparatorOrders() {
        Random rnd = new Random(7);
        for (int round = 0; round < 800; round++) {
            int n = 30 + rnd.nextInt(400);
            int shape = round % 4;
            double[] first = shaped(rnd, n, shape);
            double[] second = rnd.nextBoolean() ? shaped(rnd, n, rnd.nextInt(4)) : keys(rnd, n);
            assertThat(Priorities.descending(first, second)).as("round %d", round).isEqualTo(comparatorOrder(first, second));
            assertThat(Priorities.descending(first, first)).as("round %d", round).isEqualTo(comparatorOrder(first, new double[n]));
        }
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
