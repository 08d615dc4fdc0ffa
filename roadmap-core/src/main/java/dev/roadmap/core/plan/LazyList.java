package dev.roadmap.core.plan;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An immutable list whose elements are made on their first read, by a pure function of the
 * position, and kept: the base of {@link LazyWeeks} and {@link LazySkills}. It equals (and hashes as)
 * any list of the same elements. Thread-safe provided the function is pure over data nobody changes:
 * two threads reading an element for the first time may both make it; they get equal immutable
 * elements, and either is kept.
 *
 * @param <T> the immutable element type
 */
abstract class LazyList<T> extends AbstractList<T> implements RandomAccess {
    private final IntFunction<T> element;
    private final Object[] made;

    LazyList(int size, IntFunction<T> element) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + size);
        }
        this.element = element;
        this.made = new Object[size];
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, made.length);
        @SuppressWarnings("unchecked")
        T e = (T) made[index];
        if (e == null) {
            e = Objects.requireNonNull(element.apply(index), "element function returned null");
            check(index, e);
            made[index] = e;
        }
        return e;
    }

    /**
     * Checks an element made for a position before it is kept.
     *
     * @param index   the position
     * @param element the element made for it
     */
    void check(int index, T element) {
    }

    @Override
    public int size() {
        return made.length;
    }
}
