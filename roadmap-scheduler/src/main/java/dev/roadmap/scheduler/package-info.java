/**
 * Schedulers that turn a roadmap into a week-by-week plan: {@link dev.roadmap.scheduler.WeekPackingScheduler}
 * (id {@code week-packing}). It refuses impossible plans with the SPI's
 * {@link dev.roadmap.spi.PlanningException} and its subclasses, and decides what to plan with
 * {@link dev.roadmap.spi.PlanningScope}, as every scheduler does.
 */
package dev.roadmap.scheduler;
