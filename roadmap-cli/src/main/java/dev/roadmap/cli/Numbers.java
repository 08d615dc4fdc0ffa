package dev.roadmap.cli;

import java.util.Locale;

/** Formats hours and weeks for people: whole numbers without decimals, others with one. */
final class Numbers {
    private Numbers() {
    }

    static String format(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String range(double min, double max) {
        String a = format(min);
        String b = format(max);
        return a.equals(b) ? a : a + "-" + b;
    }
}
