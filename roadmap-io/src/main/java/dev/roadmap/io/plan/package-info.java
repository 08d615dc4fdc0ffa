/**
 * Human-readable plan exports: {@link dev.roadmap.io.plan.PlanTextExporter} (format {@code text}) and
 * {@link dev.roadmap.io.plan.PlanMarkdownExporter} (format {@code markdown}). Depends only on the core model.
 */
package dev.roadmap.io.plan;
