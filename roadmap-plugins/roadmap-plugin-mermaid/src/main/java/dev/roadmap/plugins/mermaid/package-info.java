/**
 * Mermaid exports: {@link dev.roadmap.plugins.mermaid.MermaidExporter} ({@code mermaid}) draws a
 * roadmap's prerequisite graph as a flowchart with one subgraph per group, and
 * {@link dev.roadmap.plugins.mermaid.MermaidGanttExporter} ({@code mermaid-gantt}) draws a plan as a
 * Gantt chart with real dates. Both write every character Mermaid could read as syntax as an entity
 * code, so any title renders as written. Found through {@link java.util.ServiceLoader}; depends on
 * roadmap-core only.
 */
package dev.roadmap.plugins.mermaid;
