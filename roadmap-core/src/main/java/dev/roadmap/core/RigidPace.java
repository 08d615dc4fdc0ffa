package dev.roadmap.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fixed pace of a rigid skill: it runs exactly {@code weeks} consecutive weeks, using the
 * given hours every week on each track, starting at a week boundary (a 6-week course at 4 h/week).
 *
 * @param weeks        number of consecutive weeks, {@code >= 1}
 * @param hoursPerWeek weekly hours per track id ({@code "*"} for the shared pool); not empty
 */
public record RigidPace(int weeks, Map<String, Double> hoursPerWeek) {

    /** Longest rigid block accepted, in weeks (about 20 years). */
    public static final int MAX_WEEKS = 1_000;

    /**
     * Validates and copies the components.
     * @param weeks number of consecutive weeks, {@code >= 1}
     * @param hoursPerWeek weekly hours per track id ({@code "*"} for the shared pool); not empty
     */
    public RigidPace {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be in [1, " + MAX_WEEKS + "], got " + weeks);
        }
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek must not be null");
        if (hoursPerWeek.isEmpty()) {
            throw new IllegalArgumentException("a rigid pace needs the weekly hours of at least one track");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        hoursPerWeek.forEach((k, v) -> {
            if (v == null || !(v >= 0) || v > 168) {
                throw new IllegalArgumentException("weekly hours of track " + k + " must be in [0, 168], got " + v);
            }
            copy.put(Objects.requireNonNull(k, "track id"), v);
        });
        hoursPerWeek = Collections.unmodifiableMap(copy);
    }

    /** @return total hours over all weeks and tracks */
    public double totalHours() {
        return weeks * hoursPerWeek.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
