package dev.roadmap.core;

import dev.roadmap.core.text.Numbers;

/**
 * The work a flexible skill takes, as a range of hours. An open-ended effort ("ongoing") has
 * no upper bound: it is valid, never scheduled, and reported as such.
 *
 * @param minHours  lower bound in hours, {@code >= 0}
 * @param maxHours  upper bound in hours, {@code >= minHours}; {@link Double#POSITIVE_INFINITY}
 *                  exactly when {@code openEnded}
 * @param openEnded whether the effort has no upper bound
 */
public record Effort(double minHours, double maxHours, boolean openEnded) {

    /** Largest number of hours accepted for one skill (about 114 years of full-time work). */
    public static final double MAX_HOURS = 1_000_000;

    /** Whole-hour ranges up to this many hours have one shared instance each ({@link #shared}). */
    private static final int SHARED_HOURS = 48;
    /** The shared ranges {@code min-max h}, at {@code min * (SHARED_HOURS + 1) + max}; null where min > max. */
    private static final Effort[] SHARED = sharedRanges();
    private static final Effort ONGOING = new Effort(0, Double.POSITIVE_INFINITY, true);

    /**
     * Validates the components.
     * @param minHours lower bound in hours, {@code >= 0}
     * @param maxHours upper bound in hours, {@code >= minHours}; {@link Double#POSITIVE_INFINITY} exactly when {@code openEnded}
     * @param openEnded whether the effort has no upper bound
     */
    public Effort {
        if (!(minHours >= 0) || minHours > MAX_HOURS) {
            throw new IllegalArgumentException("minHours must be in [0, " + MAX_HOURS + "], got " + minHours);
        }
        if (openEnded) {
            if (maxHours != Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("an open-ended effort has maxHours = +Infinity");
            }
        } else if (!(maxHours >= minHours) || maxHours > MAX_HOURS) {
            throw new IllegalArgumentException("maxHours must be in [minHours, " + MAX_HOURS + "], got "
                    + maxHours + " with minHours " + minHours);
        }
    }

    /**
     * @param hours exact hours
     * @return a fixed effort
     */
    public static Effort ofHours(double hours) {
        return new Effort(hours, hours, false);
    }

    /**
     * @param minHours lower bound
     * @param maxHours upper bound
     * @return a range effort
     */
    public static Effort ofHours(double minHours, double maxHours) {
        return new Effort(minHours, maxHours, false);
    }

    /**
     * @param minHours the least it takes (0 when nothing is known)
     * @return an effort without upper bound
     */
    public static Effort openEnded(double minHours) {
        return new Effort(minHours, Double.POSITIVE_INFINITY, true);
    }

    /**
     * An equal effort, shared when it is a common one: whole-hour ranges up to
     * {@value #SHARED_HOURS} hours and "ongoing" exist once, so that a million skills need not hold a
     * million equal effort objects (efforts are values: nothing depends on their identity).
     *
     * @param effort an effort, or null
     * @return an equal effort (the same object when it is not a common one), or null
     */
    static Effort shared(Effort effort) {
        if (effort == null) {
            return null;
        }
        if (effort.openEnded) {
            return effort.equals(ONGOING) ? ONGOING : effort;
        }
        double min = effort.minHours;
        double max = effort.maxHours;
        // -0.0 is a different record component value than 0.0, so it is never replaced
        boolean noNegativeZero = (Double.doubleToRawLongBits(min) | Double.doubleToRawLongBits(max)) >= 0;
        if (max <= SHARED_HOURS && min == Math.rint(min) && max == Math.rint(max) && noNegativeZero) {
            return SHARED[(int) min * (SHARED_HOURS + 1) + (int) max];
        }
        return effort;
    }

    private static Effort[] sharedRanges() {
        Effort[] shared = new Effort[(SHARED_HOURS + 1) * (SHARED_HOURS + 1)];
        for (int min = 0; min <= SHARED_HOURS; min++) {
            for (int max = min; max <= SHARED_HOURS; max++) {
                shared[min * (SHARED_HOURS + 1) + max] = new Effort(min, max, false);
            }
        }
        return shared;
    }

    /** @return the midpoint of the range (the default estimate); {@code minHours} when open-ended */
    public double midHours() {
        return openEnded ? minHours : (minHours + maxHours) / 2;
    }

    /**
     * @param estimate which point of the range
     * @return the hours at that point; for open-ended efforts always {@code minHours}
     */
    public double hours(Estimate estimate) {
        return switch (estimate) {
            case LOW -> minHours;
            case MID -> midHours();
            case HIGH -> openEnded ? minHours : maxHours;
        };
    }

    /** @return a compact notation such as {@code 20-30h}, {@code 6h} or {@code ongoing} */
    public String toNotation() {
        if (openEnded) {
            return minHours == 0 ? "ongoing" : Numbers.hours(minHours) + "h+";
        }
        if (minHours == maxHours) {
            return Numbers.hours(minHours) + "h";
        }
        return Numbers.hours(minHours) + "-" + Numbers.hours(maxHours) + "h";
    }

    /** Which point of an effort range to plan with. */
    public enum Estimate {
        /** The lower bound. */
        LOW,
        /** The midpoint (default). */
        MID,
        /** The upper bound. */
        HIGH
    }
}
