/**
 * Schedulers that turn a roadmap into a week-by-week plan: {@link dev.roadmap.scheduler.WeekPackingScheduler}
 * (id {@code week-packing}) and the exceptions it refuses impossible plans with.
 */
package dev.roadmap.scheduler;
