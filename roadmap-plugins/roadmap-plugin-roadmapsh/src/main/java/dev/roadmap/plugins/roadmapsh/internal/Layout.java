package dev.roadmap.plugins.roadmapsh.internal;

import dev.roadmap.core.validate.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * What a shape reader found: the roadmap title, learnable nodes and section boxes in document order,
 * the relations the edges (or legacy control names) state, and remarks. Mutable; one per import.
 */
public final class Layout {
    /** The roadmap's title, or "" when the document has none. */
    String title = "";
    /** Learnable nodes and sections, in document order. */
    final List<Node> nodes = new ArrayList<>();
    /** Topic-to-topic order edges (either direction; the assembler orients them by position). */
    final List<Relation> order = new ArrayList<>();
    /** Child-to-parent links (subtopic, to-do or checklist to its topic; legacy child to parent). */
    final List<Relation> parents = new ArrayList<>();
    /** Soft topic-to-topic links (dashed edges between topics). */
    final List<Relation> soft = new ArrayList<>();
    /** Topic-to-section links. */
    final List<Relation> sectionLinks = new ArrayList<>();
    /** What was noticed while reading. */
    final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * A relation between two node ids, with where it was stated.
     *
     * @param from the first node id (the child for parent links)
     * @param to   the second node id (the parent for parent links)
     * @param path the JSON path of the edge or control
     * @param at   its location
     */
    record Relation(String from, String to, String path, dev.roadmap.core.SourceLocation at) {
    }
}
