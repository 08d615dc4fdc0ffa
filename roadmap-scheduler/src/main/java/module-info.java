/**
 * The {@code week-packing} scheduler. Its engine lives in the unexported
 * {@code dev.roadmap.scheduler.internal} package.
 */
module dev.roadmap.scheduler {
    requires transitive dev.roadmap.core;

    exports dev.roadmap.scheduler;

    provides dev.roadmap.spi.Scheduler with dev.roadmap.scheduler.WeekPackingScheduler;
}
