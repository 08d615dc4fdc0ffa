package dev.roadmap.scheduler.internal;

/** The scheduler's name for the shared hour format ({@link dev.roadmap.core.text.Numbers#hours}). */
final class Hours {
    private Hours() {
    }

    static String format(double hours) {
        return dev.roadmap.core.text.Numbers.hours(hours);
    }
}
