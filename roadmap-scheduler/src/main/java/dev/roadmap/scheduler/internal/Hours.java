package dev.roadmap.scheduler.internal;

import java.util.Locale;

/** Formats hours for messages: whole numbers without decimals, others with up to two. */
final class Hours {
    private Hours() {
    }

    static String format(double hours) {
        if (hours == Math.rint(hours) && Math.abs(hours) < 1e15) {
            return Long.toString((long) hours);
        }
        String s = String.format(Locale.ROOT, "%.2f", hours);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
