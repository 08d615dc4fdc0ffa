package dev.roadmap.core.plan;

import dev.roadmap.core.SkillId;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A plan's explanations ({@link Plan#explanations()}) as an immutable map whose texts are written
 * when they are read: a scheduler that plans a million skills need not build a million strings
 * (and a hash map of them) for callers that never read them. Keys iterate in the given order; a
 * lookup by id builds an open-addressing index over the ids on first use. {@link Plan} keeps such a
 * map as it is instead of copying it.
 *
 * <p>Immutable and thread-safe, provided the text function is: it must be a pure function of the
 * position over data nobody changes, since it is called on every read of a value.
 *
 * <pre>{@code
 * List<SkillId> ids = List.of(SkillId.of("html"), SkillId.of("css"));
 * int[] startWeek = {1, 3};
 * Map<SkillId, String> why = LazyExplanations.of(ids, i -> "starts week " + startWeek[i]);
 * }</pre>
 */
public final class LazyExplanations extends AbstractMap<SkillId, String> {
    private final SkillId[] ids;
    private final IntFunction<String> text;
    /** Position plus one per slot, 0 for empty; built on the first lookup (racy, deterministic). */
    private volatile int[] index;
    private final Set<Map.Entry<SkillId, String>> entries;
    private final Set<SkillId> keys = new Keys();

    private LazyExplanations(SkillId[] ids, IntFunction<String> text) {
        this.ids = ids;
        this.text = text;
        this.entries = new ArrayEntries<>(ids, text);
    }

    /**
     * @param ids  the explained skills, distinct, in the map's order
     * @param text the explanation of the skill at each position of {@code ids}: pure and thread-safe
     * @return the map
     * @throws IllegalArgumentException when an id occurs twice (found on the first lookup by id)
     */
    public static LazyExplanations of(List<SkillId> ids, IntFunction<String> text) {
        SkillId[] copy = ids.toArray(new SkillId[0]);
        for (SkillId id : copy) {
            Objects.requireNonNull(id, "ids must not contain null");
        }
        return new LazyExplanations(copy, Objects.requireNonNull(text, "text must not be null"));
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof SkillId id && positionOf(id) >= 0;
    }

    @Override
    public String get(Object key) {
        int at = key instanceof SkillId id ? positionOf(id) : -1;
        return at < 0 ? null : text.apply(at);
    }

    @Override
    public Set<Map.Entry<SkillId, String>> entrySet() {
        return entries;
    }

    /** @return the ids in order; reading them writes no text */
    @Override
    public Set<SkillId> keySet() {
        return keys;
    }

    private int positionOf(SkillId id) {
        int[] table = index;
        if (table == null) {
            table = buildIndex();
            index = table;
        }
        int mask = table.length - 1;
        for (int s = spread(id.hashCode()) & mask; ; s = (s + 1) & mask) {
            int held = table[s];
            if (held == 0) {
                return -1;
            }
            if (ids[held - 1].equals(id)) {
                return held - 1;
            }
        }
    }

    private int[] buildIndex() {
        int capacity = Integer.highestOneBit(Math.max(4, ids.length) * 2 - 1) << 1;
        int[] table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < ids.length; i++) {
            int s = spread(ids[i].hashCode()) & mask;
            while (table[s] != 0) {
                if (ids[table[s] - 1].equals(ids[i])) {
                    throw new IllegalArgumentException("skill '" + ids[i] + "' is explained twice");
                }
                s = (s + 1) & mask;
            }
            table[s] = i + 1;
        }
        return table;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** The ids in order. */
    private final class Keys extends AbstractSet<SkillId> {
        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override
        public Iterator<SkillId> iterator() {
            return java.util.Arrays.asList(ids).iterator();
        }
    }
}
