package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link DistinctInts} keeps what a {@code LinkedHashSet<Integer>} keeps, in the same order, short or long. */
class DistinctIntsTest {
    @Test
    void agreesWithALinkedHashSet() {
        Random random = new Random(19);
        for (int round = 0; round < 3_000; round++) {
            DistinctInts ints = new DistinctInts();
            Set<Integer> set = new LinkedHashSet<>();
            int range = 1 + random.nextInt(60);
            for (int k = random.nextInt(3 * DistinctInts.LINEAR); k > 0; k--) {
                int v = random.nextInt(range) - 5;
                assertThat(ints.add(v)).isEqualTo(set.add(v));
                int probe = random.nextInt(range) - 5;
                assertThat(ints.contains(probe)).isEqualTo(set.contains(probe));
            }
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < ints.size(); i++) {
                kept.add(ints.get(i));
            }
            assertThat(kept).containsExactlyElementsOf(set);
        }
    }
}
