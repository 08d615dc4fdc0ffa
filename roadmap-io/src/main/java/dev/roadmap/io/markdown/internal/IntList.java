package dev.roadmap.io.markdown.internal;

import java.util.Arrays;

/** Ints in the order added, duplicates kept, as an {@code ArrayList<Integer>} keeps them, without a box per int. Mutable. */
final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** @return the value added {@code i}-th */
    int get(int i) {
        return values[i];
    }

    /** @return the values, in order */
    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
