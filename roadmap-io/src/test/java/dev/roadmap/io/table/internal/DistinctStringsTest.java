package dev.roadmap.io.table.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link DistinctStrings} counts what a {@code HashSet<String>} holds, through every growth of its table. */
class DistinctStringsTest {
    @Test
    void agreesWithAHashSet() {
        Random random = new Random(22);
        for (int size : new int[] {0, 1, 7, 8, 9, 100, 1_000, 5_000}) {
            // "Aa" and "BB" have the same hash code: equal hashes must still be told apart
            List<String> input = IntStream.range(0, 2 * size)
                    .mapToObj(k -> k % 7 == 0 ? (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(20) : "s" + random.nextInt(size + 1))
                    .toList();
            DistinctStrings distinct = new DistinctStrings();
            Set<String> seen = new HashSet<>();
            input.forEach(s -> assertThat(distinct.add(s)).as(s).isEqualTo(seen.add(s)));
            assertThat(distinct.size()).isEqualTo(seen.size());
        }
    }

    @Test
    void keepsTheFirstValueAsAHashMap() {
        Random random = new Random(23);
        for (int size : new int[] {0, 1, 9, 100, 5_000}) {
            DistinctStrings index = new DistinctStrings();
            Map<String, Integer> map = new HashMap<>();
            for (int k = 0; k < 2 * size; k++) {
                String s = k % 5 == 0 ? (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(30) : "id-" + random.nextInt(size + 1);
                Integer before = map.putIfAbsent(s, k);
                assertThat(index.putIfAbsent(s, k)).as(s).isEqualTo(before == null ? -1 : before);
                String probe = "id-" + random.nextInt(2 * size + 2);
                assertThat(index.get(probe)).as(probe).isEqualTo(map.getOrDefault(probe, -1));
            }
            assertThat(index.size()).isEqualTo(map.size());
        }
    }
}
