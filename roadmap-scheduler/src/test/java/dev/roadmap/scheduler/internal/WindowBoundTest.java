package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Capacity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The window bound's shortcuts (thresholds not swept when their totals cannot raise the bound, groups
 * whose week is not computed) are exact: on seeded random entries it equals the bound by its
 * definition, every threshold, track and release week tried.
 */
class WindowBoundTest {

    @Test
    void equalsTheMaximumOverEveryThresholdTrackAndReleaseWeek() {
        Random rnd = new Random(16);
        int raisedByALaterThreshold = 0;
        for (int round = 0; round < 2_000; round++) {
            CapacityTable cap = CapacityTable.of(capacity(rnd));
            int n = rnd.nextInt(round < 1_000 ? 12 : 120);
            int[] track = new int[n];
            int[] release = new int[n];
            int[] tail = new int[n];
            double[] hours = new double[n];
            for (int e = 0; e < n; e++) {
                track[e] = rnd.nextInt(cap.trackCount());
                release[e] = 1 + rnd.nextInt(rnd.nextBoolean() ? 6 : 40);
                tail[e] = rnd.nextInt(rnd.nextBoolean() ? 4 : 25);
                hours[e] = rnd.nextInt(4) == 0 ? rnd.nextInt(30) / 3.0 : rnd.nextInt(400) / 4.0;
            }
            int[] thresholds = thresholds(rnd, tail);
            int expected = byDefinition(cap, track, release, tail, hours, thresholds);
            if (expected > byDefinition(cap, track, release, tail, hours, new int[] {0})) {
                raisedByALaterThreshold++;
            }

            assertThat(WindowBound.of(cap, track, release, tail, hours, thresholds)).as("round %d", round).isEqualTo(expected);
            // from a bound already known (below, at or above this one): the larger of the two
            int atLeast = Math.max(0, expected + rnd.nextInt(7) - 3);
            assertThat(WindowBound.of(cap, track, release, tail, hours, thresholds, atLeast)).as("round %d from %d", round, atLeast)
                    .isEqualTo(Math.max(atLeast, expected));
        }
        // the shortcuts were exercised where they matter: tails that raise the bound
        assertThat(raisedByALaterThreshold).isGreaterThan(100);
    }

    /**
     * The counting sort of the entries, the threshold table and the distinct tails by marking give
     * what the radix sort, the binary search and the sort give, on small and on wide ranges (where
     * they fall back to those).
     */
    @Test
    void countingShortcutsEqualTheSortsAndSearchesTheyReplace() {
        Random rnd = new Random(17);
        for (int round = 0; round < 2_000; round++) {
            int n = rnd.nextInt(round < 1_000 ? 15 : 300);
            int range = rnd.nextBoolean() ? 1 + rnd.nextInt(8) : 1 + rnd.nextInt(round % 2 == 0 ? 2_000 : 100_000);
            int[] track = new int[n];
            int[] release = new int[n];
            int[] tail = new int[n];
            int tracks = 1 + rnd.nextInt(4);
            for (int e = 0; e < n; e++) {
                track[e] = rnd.nextInt(tracks);
                release[e] = 1 + rnd.nextInt(range);
                tail[e] = rnd.nextInt(range);
            }
            assertThat(WindowBound.byTrackThenLatestRelease(track, release)).as("round %d", round)
                    .isEqualTo(WindowBound.byKeys(track, release));
            TreeSet<Integer> all = new TreeSet<>();
            all.add(0);
            Arrays.stream(tail).forEach(all::add);
            assertThat(LowerBound.distinct(tail, n)).as("round %d", round)
                    .isEqualTo(all.stream().mapToInt(Integer::intValue).toArray());
            int[] thresholds = thresholds(rnd, tail);
            int[] reached = WindowBound.lastReached(thresholds, tail);
            for (int e = 0; e < n; e++) {
                assertThat(thresholds[reached[e]]).as("round %d", round).isLessThanOrEqualTo(tail[e]);
                assertThat(reached[e] + 1 == thresholds.length || thresholds[reached[e] + 1] > tail[e]).isTrue();
            }
        }
    }

    private static Capacity capacity(Random rnd) {
        Map<String, Double> weekly = new LinkedHashMap<>();
        int tracks = 1 + rnd.nextInt(3);
        for (int t = 0; t < tracks; t++) {
            weekly.put("t" + t, rnd.nextInt(5) == 0 ? rnd.nextInt(10) / 3.0 : 0.5 * rnd.nextInt(12));
        }
        Capacity capacity = Capacity.perTrack(weekly);
        for (int k = rnd.nextInt(4); k > 0; k--) {
            capacity = capacity.withWeekOverride(1 + rnd.nextInt(30), rnd.nextInt(15));
        }
        return capacity;
    }

    /** All distinct tails and 0, or an ascending sample of them starting at 0 (as the thinned sweep has it). */
    private static int[] thresholds(Random rnd, int[] tail) {
        TreeSet<Integer> all = new TreeSet<>();
        all.add(0);
        for (int b : tail) {
            if (rnd.nextInt(3) > 0) {
                all.add(b);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * For each threshold, track and release week e of an entry of that track whose tail reaches the
     * threshold: the hours of the entries of that track whose release is at least e and whose tail
     * reaches the threshold, summed in the sweep's order (latest release first, then by index) so that
     * the sums are the same numbers.
     */
    private static int byDefinition(CapacityTable cap, int[] track, int[] release, int[] tail, double[] hours, int[] thresholds) {
        Integer[] order = new Integer[track.length];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (a, b) -> release[a] != release[b] ? Integer.compare(release[b], release[a]) : Integer.compare(a, b));
        int best = 0;
        for (int b : thresholds) {
            for (int t = 0; t < cap.trackCount(); t++) {
                for (int group = 0; group < track.length; group++) {
                    if (track[group] != t || tail[group] < b) {
                        continue;
                    }
                    int from = release[group];
                    double sum = 0;
                    for (int e : order) {
                        if (track[e] == t && tail[e] >= b && release[e] >= from) {
                            sum += hours[e];
                        }
                    }
                    if (sum > 0) {
                        int week = cap.firstWeekReaching(t, cap.cumulative(t, from - 1L) + sum);
                        if (week != Integer.MAX_VALUE) {
                            best = Math.max(best, week + b);
                        }
                    }
                }
            }
        }
        return best;
    }
}
