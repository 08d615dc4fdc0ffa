package dev.roadmap.core.plan;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The immutable, ordered capacity map of a {@link PlanWeek}: a handful of tracks in two arrays.
 * {@link PlanWeek} copies any other map into one and keeps one of these as it is, so that the
 * weeks of a plan with the same capacity can share a single map (pass one week's
 * {@link PlanWeek#capacity()} to the next) instead of holding a hash map each.
 */
final class WeekCapacity extends AbstractMap<String, Double> {
    private final String[] tracks;
    private final Double[] hours;
    private final Set<Map.Entry<String, Double>> entries;

    private WeekCapacity(String[] tracks, Double[] hours) {
        this.tracks = tracks;
        this.hours = hours;
        this.entries = new ArrayEntries<>(tracks, i -> hours[i]);
    }

    /** @return the map itself when it is one of these, else an ordered immutable copy */
    static Map<String, Double> of(Map<String, Double> capacity) {
        if (capacity instanceof WeekCapacity) {
            return capacity;
        }
        String[] tracks = new String[capacity.size()];
        Double[] hours = new Double[tracks.length];
        int i = 0;
        for (Map.Entry<String, Double> e : capacity.entrySet()) {
            tracks[i] = e.getKey();
            hours[i++] = e.getValue();
        }
        return new WeekCapacity(tracks, hours);
    }

    @Override
    public int size() {
        return tracks.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int i = find(key);
        return i < 0 ? null : hours[i];
    }

    private int find(Object key) {
        for (int i = 0; i < tracks.length; i++) {
            if (java.util.Objects.equals(tracks[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return entries;
    }
}
