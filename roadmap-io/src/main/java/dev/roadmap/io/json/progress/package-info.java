/**
 * JSON documents about progress: the progress log {@code roadmap-progress/1}
 * ({@link dev.roadmap.io.json.progress.ProgressJsonImporter}, {@link dev.roadmap.io.json.progress.ProgressJsonWriter}),
 * the status report {@code roadmap-status/1} ({@link dev.roadmap.io.json.progress.StatusJsonWriter}) and
 * plans read back as baselines ({@link dev.roadmap.io.json.progress.PlanJsonReader}). See docs/progress.md.
 */
package dev.roadmap.io.json.progress;
