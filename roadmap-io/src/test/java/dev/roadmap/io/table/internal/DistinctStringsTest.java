package dev.roadmap.io.table.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
            for (int expected : new int[] {-1, 0, 1, size, 2 * size + 1, 3 * size}) {   // -1: the table that grows from its default size
                keepsTheFirstValue(random, size, expected < 0 ? new DistinctStrings() : new DistinctStrings(expected));
            }
        }
    }

    private static void keepsTheFirstValue(Random random, int size, DistinctStrings index) {
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

    @Test
    void findsAnAsciiPartAsGetFindsItsLowerCaseCopy() {
        Random random = new Random(24);
        String alphabet = "aAbBzZ09-_.,; `Kk";
        DistinctStrings index = new DistinctStrings();
        index.putIfAbsent("\u212a", 0);   // the Kelvin sign is no "k": only what lower-cases to the key counts
        for (int k = 1; k < 3_000; k++) {
            index.putIfAbsent(word(random, alphabet).toLowerCase(Locale.ROOT), k);
        }
        index.putIfAbsent("`z", 3_000);   // "a[" hashes as "`z": a hash met must still compare the text
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            String text = word(random, alphabet) + word(random, alphabet);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            int expected = index.get(text.substring(from, to).toLowerCase(Locale.ROOT));
            assertThat(index.getAsciiLowerCase(text, from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(expected);
            found += expected >= 0 ? 1 : 0;
        }
        assertThat(index.getAsciiLowerCase("xA[", 1, 3)).isEqualTo(-1);
        assertThat(index.getAsciiLowerCase("x`Z", 1, 3)).isEqualTo(index.get("`z")).isNotNegative();
        assertThat(found).isGreaterThan(10_000);
    }

    private static String word(Random random, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(4); k >= 0; k--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
