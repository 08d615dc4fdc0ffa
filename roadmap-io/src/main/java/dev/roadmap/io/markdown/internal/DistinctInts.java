package dev.roadmap.io.markdown.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Distinct ints in the order first added, as a {@code LinkedHashSet<Integer>} keeps them, without a
 * boxed entry per int: a skill names a few prerequisites, so a short array searched in turn serves;
 * beyond {@link #LINEAR} ints a hash set answers {@link #contains}, so a long list stays linear. Mutable.
 */
final class DistinctInts {
    /** Most ints searched one by one. */
    static final int LINEAR = 16;

    private int[] values = new int[4];
    private int size;
    private Set<Integer> index;

    /** @return whether the value was new (and is now added last) */
    boolean add(int value) {
        if (contains(value)) {
            return false;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        if (index != null) {
            index.add(value);
        } else if (size > LINEAR) {
            index = new HashSet<>();
            for (int i = 0; i < size; i++) {
                index.add(values[i]);
            }
        }
        return true;
    }

    boolean contains(int value) {
        if (index != null) {
            return index.contains(value);
        }
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    /** @return the value added {@code i}-th */
    int get(int i) {
        return values[i];
    }
}
