/**
 * A learner's progress over time: a {@link dev.roadmap.core.progress.ProgressLog} of dated study
 * entries ({@code roadmap-progress/1}) and what it amounts to when applied to a roadmap
 * ({@link dev.roadmap.core.progress.Progress}): hours spent, topics ticked, status and remaining
 * effort per skill. Planning from progress is {@link dev.roadmap.core.plan.PlanOptions#progress()};
 * the standing against a baseline plan is {@link dev.roadmap.core.plan.ProgressReport}.
 */
package dev.roadmap.core.progress;
