package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.markdown.CoverageEntry;
import dev.roadmap.io.markdown.SkillProvenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * What the importer made of each part of the document: per skill the place it came from, and per
 * table, list or checklist that became nothing a {@code block-not-read} notice with the reason.
 * A document with text but no skills gets the error {@code no-learnable-units} at 1:1 that says what
 * was seen. One pass over the document's top-level blocks (with skills, over those of the sections not collected into a skill).
 */
final class Coverage {
    /** At most this many skipped tables are described one by one in the no-learnable-units error. */
    private static final int MAX_TABLES_NAMED = 5;

    private final ReadContext ctx;
    private final List<CoverageEntry> entries = new ArrayList<>();
    private final List<String> tableReasons = new ArrayList<>();
    private int headings;
    private int paragraphs;
    private int lists;
    private int items;
    private int boxes;
    private int tables;

    /** Whether the document gave no skills: only then does the summary need the item and box counts of used lists. */
    private final boolean empty;

    private Coverage(ReadContext ctx, boolean empty) {
        this.ctx = ctx;
        this.empty = empty;
    }

    /**
     * @param document the document
     * @param root     its sections, as read
     * @param report whether the entries are wanted; without, only the diagnostics are added
     * @return the coverage entries in document order (none without {@code report}); adds the notices
     *         and, for a document without units, the error to {@code ctx.diagnostics}
     */
    static List<CoverageEntry> of(Node document, Section root, ReadContext ctx, Roadmap roadmap, List<SkillProvenance> provenance,
                                  boolean report) {
        Coverage c = new Coverage(ctx, roadmap.size() == 0);
        for (SkillProvenance p : report ? provenance : List.<SkillProvenance>of()) {
            Skill s = roadmap.skill(p.index());
            c.entries.add(new CoverageEntry(p.location(), p.rule(), true, "skill '" + s.id() + "'" + contents(s)));
        }
        if (c.empty) {
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                c.visit(n);   // the summary counts every top-level block
            }
        } else {
            c.visitUncollected(root);
        }
        if (roadmap.size() == 0 && c.headings + c.paragraphs + c.lists + c.tables > 0) {
            ctx.diagnostics.add(Diagnostic.error("no-learnable-units", c.summary(), ctx.at(1, 1)));
        }
        if (!report) {
            return List.of();
        }
        c.entries.sort(Comparator.comparingInt((CoverageEntry e) -> e.location().line()).thenComparingInt(e -> e.location().column()));
        return c.entries;
    }

    /**
     * With skills, only the lists and tables left out are reported (the counts serve the summary of an
     * empty document alone): the blocks of the sections whose every block went into a skill are all
     * used and are not looked at again. The sections in pre-order give their blocks in document order.
     */
    private void visitUncollected(Section root) {
        for (Section s : root.preOrder()) {
            if (!s.collected) {
                for (Node b : s.blocks) {
                    visit(b);
                }
            }
        }
    }

    private void visit(Node n) {
        if (n instanceof Heading) {
            headings++;
        } else if (n instanceof Paragraph) {
            paragraphs++;
        } else if (n instanceof ListBlock list) {
            lists++;
            boolean used = ctx.used.contains(list);
            if (used && !empty) {
                return;   // neither reported nor counted in a summary
            }
            int[] counts = count(list);
            items += counts[0];
            boxes += counts[1];
            if (!used) {
                leftOut(list, counts);
            }
        } else if (n instanceof TableBlock table) {
            tables++;
            if (!ctx.used.contains(table)) {
                String refused = ctx.refusedTables.get(table);
                String reason = refused != null ? refused : "no column reads as skill titles (headers: " + headers(table) + ")";
                tableReasons.add("line " + OptionMarkers.lineOf(table, true) + ": " + reason);
                if (refused == null) {
                    report("table", table, reason);
                } else {
                    // the table reader has said why in its table-not-read notice: record it, do not say it twice
                    int[] pos = Inlines.position(table, new int[] {1, 1});
                    entries.add(new CoverageEntry(ctx.at(pos[0], pos[1]), "table", false, reason));
                }
            }
        }
    }

    private void leftOut(ListBlock list, int[] counts) {
        String kind = StructureReader.isToc(list) ? "contents" : counts[1] > 0 ? "checklist" : "list";
        String reason = switch (kind) {
            case "contents" -> "a table of contents (" + counts[0] + " links to this document's headings)";
            case "checklist" -> plural(counts[0], "item") + " (" + plural(counts[1], "check box") + ") outside any unit:"
                    + " the document's units are elsewhere";
            default -> plural(counts[0], "item") + ": none carries an effort or a check box, and no unit is above them";
        };
        report(kind, list, reason);
    }

    private void report(String kind, Node block, String reason) {
        int[] pos = Inlines.position(block, new int[] {1, 1});
        entries.add(new CoverageEntry(ctx.at(pos[0], pos[1]), kind, false, reason));
        ctx.notice("block-not-read", "this " + (kind.equals("contents") ? "list" : kind) + " became no skills: " + reason, pos[0], pos[1]);
    }

    /** @return {items, check boxes} of a list and its nested lists */
    private static int[] count(ListBlock list) {
        int[] out = new int[2];
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(list);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof ListItem item) {
                out[0]++;
                out[1] += StructureReader.isTask(item) ? 1 : 0;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock || c instanceof ListItem) {
                    stack.push(c);
                }
            }
        }
        return out;
    }

    private static String headers(TableBlock table) {
        List<String> names = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead && part.getFirstChild() != null) {
                for (Node cell = part.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    names.add(Texts.collapse(Inlines.text(cell)));
                }
            }
        }
        return String.join(" | ", names);
    }

    private String summary() {
        StringBuilder b = new StringBuilder("no learnable units found: saw ");
        b.append(plural(headings, "heading")).append(", ").append(plural(paragraphs, "paragraph")).append(", ")
                .append(plural(lists, "list")).append(" (").append(plural(items, "item")).append(", ")
                .append(plural(boxes, "check box")).append("), ").append(plural(tables, "table"));
        for (int i = 0; i < Math.min(MAX_TABLES_NAMED, tableReasons.size()); i++) {
            b.append(i == 0 ? "; skipped tables: " : "; ").append(tableReasons.get(i));
        }
        b.append(". A unit is a table row with a title column, a heading or list item with an effort ('(2 weeks)', 'Day 3'),"
                + " a checklist, a list-item heading or a linked course name (docs/markdown-import.md)");
        return b.toString();
    }

    private static String contents(Skill s) {
        List<String> parts = new ArrayList<>();
        if (!s.topics().isEmpty()) {
            parts.add(plural(s.topics().size(), "topic"));
        }
        if (!s.resources().isEmpty()) {
            parts.add(plural(s.resources().size(), "resource"));
        }
        if (s.optional()) {
            parts.add("optional");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("x") ? "es" : "s");
    }
}
