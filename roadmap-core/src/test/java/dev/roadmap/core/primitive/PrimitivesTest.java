package dev.roadmap.core.primitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrimitivesTest {

    @Test
    void heapPollsInAscendingOrderKeepingDuplicatesAndGrowing() {
        Random random = new Random(3);
        LongMinHeap heap = new LongMinHeap(1);
        long[] values = new long[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(50) - 25L + ((long) random.nextInt(3) << 40);
            heap.add(values[i]);
        }
        Arrays.sort(values);
        assertThat(heap.size()).isEqualTo(values.length);
        assertThat(heap.peek()).isEqualTo(values[0]);
        for (long v : values) {
            assertThat(heap.poll()).isEqualTo(v);
        }
        assertThat(heap.isEmpty()).isTrue();
        assertThatThrownBy(heap::poll).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void transposeReversesEveryEdgeWithSourcesInIncreasingOrder() {
        // 0 -> 2, 0 -> 1, 1 -> 2, 3 -> 0
        int[] offsets = {0, 2, 3, 3, 4};
        int[] targets = {2, 1, 2, 0};
        int[][] in = Csr.transpose(offsets, targets);
        assertThat(in[0]).containsExactly(0, 1, 2, 4, 4);
        assertThat(in[1]).containsExactly(3, 0, 0, 1);
        assertThat(Csr.transpose(new int[] {0}, new int[0])[1]).isEmpty();
    }

    @Test
    void sortIsStableAndAgreesWithTheJdk() {
        Random random = new Random(11);
        for (int n = 0; n < 70; n++) {
            int[] keys = new int[n];
            int[] a = new int[n];
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(5);
                a[i] = i;
                expected.add(i);
            }
            expected.sort(Comparator.comparingInt(i -> keys[i]));
            IntSort.sort(a, (x, y) -> Integer.compare(keys[x], keys[y]));
            assertThat(a).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
