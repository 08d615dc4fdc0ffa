package dev.roadmap.core;

import dev.roadmap.core.text.Numbers;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
        hoursPerWeek = TrackHours.copyOf(hoursPerWeek, "weekly hours");
    }

    /** @return total hours over all weeks and tracks */
    public double totalHours() {
        return weeks * hoursPerWeek.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The pace in words, tracks in name order so the text does not depend on the map's order:
     * {@code "3 weeks at 2h coding, 4h math a week"} (the shared pool is the track {@code *}).
     *
     * @return the pace as diagrams and reports label it
     */
    public String describe() {
        String perWeek = hoursPerWeek.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Numbers.hours(e.getValue()) + "h " + e.getKey()).collect(Collectors.joining(", "));
        return weeks + (weeks == 1 ? " week" : " weeks") + " at " + perWeek + " a week";
    }
}
