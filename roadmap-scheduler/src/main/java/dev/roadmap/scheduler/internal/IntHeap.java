package dev.roadmap.scheduler.internal;

import dev.roadmap.core.primitive.LongMinHeap;

/** A min-heap of ints (priority ranks): the shared {@link LongMinHeap} with int-typed access. */
final class IntHeap {
    private final LongMinHeap heap;

    IntHeap(int capacity) {
        heap = new LongMinHeap(capacity);
    }

    boolean isEmpty() {
        return heap.isEmpty();
    }

    int size() {
        return heap.size();
    }

    int peek() {
        return (int) heap.peek();
    }

    void add(int value) {
        heap.add(value);
    }

    int poll() {
        return (int) heap.poll();
    }
}
