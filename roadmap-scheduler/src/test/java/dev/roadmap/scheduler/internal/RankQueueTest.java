package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankQueueTest {

    @Test
    void pollsTheLeastRankLikeAPriorityQueue() {
        Random rnd = new Random(11);
        for (int round = 0; round < 200; round++) {
            int universe = 1 + rnd.nextInt(round < 100 ? 300 : 300_000);
            RankQueue queue = new RankQueue(universe);
            PriorityQueue<Integer> expected = new PriorityQueue<>();
            boolean[] held = new boolean[universe];
            for (int op = 0; op < 2_000; op++) {
                if (expected.isEmpty() || rnd.nextInt(3) > 0) {
                    int rank = rnd.nextInt(universe);
                    if (!held[rank]) {
                        held[rank] = true;
                        queue.add(rank);
                        expected.add(rank);
                    }
                } else {
                    int least = expected.poll();
                    held[least] = false;
                    assertThat(queue.peek()).isEqualTo(least);
                    assertThat(queue.poll()).as("round %d op %d", round, op).isEqualTo(least);
                }
                assertThat(queue.isEmpty()).isEqualTo(expected.isEmpty());
            }
            while (!expected.isEmpty()) {
                assertThat(queue.poll()).isEqualTo(expected.poll());
            }
            assertThat(queue.isEmpty()).isTrue();
        }
    }

    @Test
    void handlesTheEdgesOfItsUniverseAndRefusesToPeekWhenEmpty() {
        RankQueue queue = new RankQueue(64 * 64 + 1);
        assertThatThrownBy(queue::peek).isInstanceOf(java.util.NoSuchElementException.class);
        queue.add(64 * 64);
        queue.add(0);
        queue.add(63);
        queue.add(64);
        assertThat(queue.poll()).isZero();
        assertThat(queue.poll()).isEqualTo(63);
        assertThat(queue.poll()).isEqualTo(64);
        assertThat(queue.poll()).isEqualTo(64 * 64);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void clearEmptiesTheQueueForReuse() {
        RankQueue queue = new RankQueue(5_000);
        queue.clear();
        for (int rank : new int[] {4_999, 7, 64 * 64, 300}) {
            queue.add(rank);
        }
        queue.clear();

        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.least()).isEqualTo(Integer.MAX_VALUE);
        queue.add(300);
        queue.add(12);
        assertThat(queue.poll()).isEqualTo(12);
        assertThat(queue.poll()).isEqualTo(300);
        assertThat(queue.isEmpty()).isTrue();
    }
}
