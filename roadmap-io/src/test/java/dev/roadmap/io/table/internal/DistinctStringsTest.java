package dev.roadmap.io.table.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link DistinctStrings} counts what a {@code HashSet<String>} holds, through every growth of its table. */
class DistinctStringsTest {
    @Test
    void agreesWithAHashSet() {
        Random random = new Random(22);
        for (int round = 0; round < 200; round++) {
            DistinctStrings distinct = new DistinctStrings();
            Set<String> set = new HashSet<>();
            int range = 1 + random.nextInt(2_000);
            for (int k = random.nextInt(3_000); k > 0; k--) {
                // "Aa" and "BB" have the same hash code: equal hashes must still be told apart
                String s = random.nextInt(10) == 0 ? (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(20)
                        : "s" + random.nextInt(range);
                assertThat(distinct.add(s)).as(s).isEqualTo(set.add(s));
                assertThat(distinct.size()).isEqualTo(set.size());
            }
        }
    }
}
