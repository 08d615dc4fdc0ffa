package dev.roadmap.scheduler.internal;

import java.util.Arrays;

/** A growable array of doubles indexed from 0; unset slots read as 0. */
final class DoubleArray {
    private double[] values;
    private int size;

    DoubleArray(int capacity) {
        values = new double[Math.max(4, capacity)];
    }

    /** @param values the initial values, all set (taken, not copied) */
    DoubleArray(double[] values) {
        this.values = values;
        this.size = values.length;
    }

    double get(int i) {
        return i < values.length ? values[i] : 0;
    }

    void set(int i, double v) {
        ensure(i);
        values[i] = v;
        size = Math.max(size, i + 1);
    }

    void addAt(int i, double v) {
        ensure(i);
        values[i] += v;
        size = Math.max(size, i + 1);
    }

    void append(double v) {
        if (size < values.length) {
            values[size++] = v;
        } else {
            set(size, v);
        }
    }

    /** Sets every slot back to 0 and the size to 0, keeping the storage. */
    void clear() {
        Arrays.fill(values, 0, size, 0.0);
        size = 0;
    }

    int size() {
        return size;
    }

    /** @return a copy of the values {@code 0 .. size - 1} */
    double[] toArray() {
        return Arrays.copyOf(values, size);
    }

    private void ensure(int i) {
        if (i >= values.length) {
            values = Arrays.copyOf(values, Math.max(i + 1, values.length * 2));
        }
    }
}
