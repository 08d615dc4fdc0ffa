package dev.roadmap.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for people, the same on every platform and locale: rounded half-up to at most a few
 * decimals, without trailing zeros or a trailing point, never in exponent notation
 * ({@code 6}, {@code 2.5}, {@code 1.33}). Two styles are used: {@link #hours} (two decimals: efforts,
 * loads and capacities) and {@link #oneDecimal} (weeks and other derived figures).
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * @param hours a number of hours
     * @return it with at most two decimals: {@code 6}, {@code 2.5}, {@code 1.33}
     */
    public static String hours(double hours) {
        return format(hours, 2);
    }

    /**
     * @param value a number
     * @return it with at most one decimal: {@code 4}, {@code 2.5}
     */
    public static String oneDecimal(double value) {
        return format(value, 1);
    }

    /**
     * @param value       a number; NaN and infinities are written as {@link Double#toString(double)} does
     * @param maxDecimals the most decimals to keep, at least 0
     * @return the number rounded half-up, without trailing zeros; {@code -0} is {@code 0}
     */
    public static String format(double value, int maxDecimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (maxDecimals < 0) {
            throw new IllegalArgumentException("maxDecimals must be at least 0, got " + maxDecimals);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }
}
