package dev.roadmap.core;

import java.util.Map;
import java.util.Objects;

/**
 * The author's assumed study pace: the weekly hours at which calendar efforts ("6 weeks")
 * were meant, and optionally suggested weekly hours per track.
 *
 * @param hoursPerWeek weekly hours, {@code > 0}
 * @param trackHours   suggested weekly hours per track id, in document order (may be empty)
 */
public record Pace(double hoursPerWeek, Map<String, Double> trackHours) {

    /**
     * Weekly hours assumed when a roadmap declares no pace: a typical part-time learner.
     * Calendar efforts in such a roadmap convert at this rate.
     */
    public static final double DEFAULT_HOURS_PER_WEEK = 10;

    /**
     * Validates and copies the components.
     * @param hoursPerWeek weekly hours, {@code > 0}
     * @param trackHours suggested weekly hours per track id, in document order (may be empty)
     */
    public Pace {
        if (!(hoursPerWeek > 0) || hoursPerWeek > 168) {
            throw new IllegalArgumentException("hoursPerWeek must be in (0, 168], got " + hoursPerWeek);
        }
        Objects.requireNonNull(trackHours, "trackHours must not be null");
        trackHours = TrackHours.copyOf(trackHours, "hours");
    }

    /**
     * @param hoursPerWeek weekly hours
     * @return a pace without per-track hours
     */
    public static Pace of(double hoursPerWeek) {
        return new Pace(hoursPerWeek, Map.of());
    }

    /** @return the pace assumed when a roadmap declares none */
    public static Pace defaultPace() {
        return of(DEFAULT_HOURS_PER_WEEK);
    }
}
