package dev.roadmap.core.plan;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * The entry set of an immutable map kept as an array of keys: entries in key order, each value
 * made from its position when the entry is reached. Shared by {@link LazyExplanations} and
 * {@link WeekCapacity}; read-only (its iterators do not remove).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class ArrayEntries<K, V> extends AbstractSet<Map.Entry<K, V>> {
    private final K[] keys;
    private final IntFunction<V> value;

    ArrayEntries(K[] keys, IntFunction<V> value) {
        this.keys = keys;
        this.value = value;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < keys.length;
            }

            @Override
            public Map.Entry<K, V> next() {
                if (next >= keys.length) {
                    throw new NoSuchElementException();
                }
                int at = next++;
                return new AbstractMap.SimpleImmutableEntry<>(keys[at], value.apply(at));
            }
        };
    }
}
