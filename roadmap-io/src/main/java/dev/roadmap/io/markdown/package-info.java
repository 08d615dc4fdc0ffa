/**
 * The {@code markdown} format: {@link dev.roadmap.io.markdown.MarkdownImporter} reads tables and
 * outlines as people write them, {@link dev.roadmap.io.markdown.MarkdownExporter} writes roadmaps
 * back as tables and checklists. {@link dev.roadmap.io.markdown.MarkdownImporter#importDetailed}
 * also explains, per skill, which line and which convention made it a skill
 * ({@link dev.roadmap.io.markdown.MarkdownImport#explain()}, used by {@code roadmap info --explain}).
 * The conventions are documented in {@code docs/markdown-import.md}. All types are immutable and thread-safe.
 */
package dev.roadmap.io.markdown;
