package dev.roadmap.scheduler.internal;

import java.util.Arrays;

/** A growable array of ints indexed from 0; unset slots read as 0. */
final class IntArray {
    private int[] values;
    private int size;

    IntArray(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    /** @param values the initial values, all set (taken, not copied) */
    IntArray(int[] values) {
        this.values = values;
        this.size = values.length;
    }

    int get(int i) {
        return i < values.length ? values[i] : 0;
    }

    void set(int i, int v) {
        if (i >= values.length) {
            values = Arrays.copyOf(values, Math.max(i + 1, values.length * 2));
        }
        values[i] = v;
        size = Math.max(size, i + 1);
    }

    void append(int v) {
        if (size < values.length) {
            values[size++] = v;
        } else {
            set(size, v);
        }
    }

    int size() {
        return size;
    }

    /** @return a copy of the values {@code 0 .. size - 1} */
    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
