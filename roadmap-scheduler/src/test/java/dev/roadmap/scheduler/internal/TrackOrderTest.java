package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The week packer's track order (tracks by the least rank waiting on them, ties by track id):
 * the three-track comparisons and the key counting for a handful of tracks against a plain sort of
 * the tracks by that definition.
 */
class TrackOrderTest {

    @Test
    void threeTracksAreOrderedAsTheSortByLeastRankThenTrack() {
        Random rnd = new Random(3);
        int[] got = new int[3];
        for (int round = 0; round < 20_000; round++) {
            // few distinct values so that ties are common; NONE (an empty track) among them
            int[] least = new int[3];
            for (int t = 0; t < 3; t++) {
                int k = rnd.nextInt(5);
                least[t] = k == 4 ? Integer.MAX_VALUE : k;
            }
            WeekPacker.orderOfThree(least[0], least[1], least[2], got);
            assertThat(got).as("least ranks %s", Arrays.toString(least)).containsExactly(bySort(least));
        }
    }

    @Test
    void keysOfAnyNumberOfTracksAreOrderedAsTheSort() {
        Random rnd = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            int[] least = new int[1 + rnd.nextInt(12)];
            int tracks = least.length;
            long[] keys = new long[tracks];
            for (int t = 0; t < tracks; t++) {
                least[t] = rnd.nextInt(4) == 0 ? Integer.MAX_VALUE : rnd.nextInt(2 * tracks);
                keys[t] = ((long) least[t] << 32) | t;
            }
            int[] got = new int[tracks];
            WeekPacker.orderByKeys(keys, tracks, got);
            assertThat(got).as("least ranks %s", Arrays.toString(least)).containsExactly(bySort(least));
        }
    }

    private static int[] bySort(int[] least) {
        Integer[] tracks = new Integer[least.length];
        for (int t = 0; t < tracks.length; t++) {
            tracks[t] = t;
        }
        Arrays.sort(tracks, Comparator.<Integer>comparingInt(t -> least[t]).thenComparingInt(t -> t));
        return Arrays.stream(tracks).mapToInt(Integer::intValue).toArray();
    }
}
