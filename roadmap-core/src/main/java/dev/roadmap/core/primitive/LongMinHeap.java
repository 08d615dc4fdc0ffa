package dev.roadmap.core.primitive;

import java.util.Arrays;

/**
 * A binary min-heap of {@code long}s without boxing; {@code int} priorities fit as they are, and
 * two keys can be packed into one {@code long} (high bits first). Support, not API.
 *
 * <p>Mutable and not thread-safe: one owner at a time.
 */
public final class LongMinHeap {
    private long[] heap;
    private int size;

    /** @param capacity the expected number of elements (it grows as needed) */
    public LongMinHeap(int capacity) {
        heap = new long[Math.max(4, capacity)];
    }

    /** Removes every element, keeping the storage for the next ones. */
    public void clear() {
        size = 0;
    }

    /** @return whether the heap holds nothing */
    public boolean isEmpty() {
        return size == 0;
    }

    /** @return the number of elements held */
    public int size() {
        return size;
    }

    /**
     * @return the smallest element, left in place
     * @throws java.util.NoSuchElementException when empty
     */
    public long peek() {
        requireNonEmpty();
        return heap[0];
    }

    /** @param value an element to add (duplicates are kept) */
    public void add(long value) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= value) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
    }

    /**
     * @return the smallest element, removed
     * @throws java.util.NoSuchElementException when empty
     */
    public long poll() {
        requireNonEmpty();
        long top = heap[0];
        long last = heap[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return top;
    }

    private void requireNonEmpty() {
        if (size == 0) {
            throw new java.util.NoSuchElementException("the heap is empty");
        }
    }
}
