package dev.roadmap.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Weekly hours per track, as {@link Pace} and {@link RigidPace} hold them: checked and copied once. */
final class TrackHours {
    /** Most hours in a week. */
    static final double MAX = 168;

    private TrackHours() {
    }

    /**
     * @param hours weekly hours per track id
     * @param what  what the hours are, for the error ({@code "weekly hours"})
     * @return an unmodifiable copy in the same order
     * @throws IllegalArgumentException when an hour count is missing or outside [0, 168]
     */
    static Map<String, Double> copyOf(Map<String, Double> hours, String what) {
        Map<String, Double> copy = new LinkedHashMap<>();
        hours.forEach((k, v) -> {
            if (v == null || !(v >= 0) || v > MAX) {
                throw new IllegalArgumentException(what + " of track " + k + " must be in [0, 168], got " + v);
            }
            copy.put(Objects.requireNonNull(k, "track id"), v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
