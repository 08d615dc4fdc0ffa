/**
 * Progress logs on disk: the native {@code roadmap-progress/1} JSON ({@link dev.roadmap.io.progress.ProgressJsonImporter},
 * {@link dev.roadmap.io.progress.ProgressJsonWriter}), one entry point that sniffs every progress format
 * found ({@link dev.roadmap.io.progress.ProgressLogReader}), and the {@code roadmap-status/1} report
 * ({@link dev.roadmap.io.progress.StatusJsonWriter}) with the baseline plan reader it needs
 * ({@link dev.roadmap.io.progress.PlanJsonReader}).
 */
package dev.roadmap.io.progress;
