package dev.roadmap.io.markdown.internal;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Which rows of a GFM table {@link DocumentWalk} may pass over without touching their cells: those that
 * cannot nest too deep. Nothing else of the walk applies inside a table: its head, body, rows and
 * cells are no blocks and hold no paragraph, heading or list item, only inline nodes.
 *
 * <p>A row at depth {@code r} holds cells at {@code r + 1}; a cell's inline nodes nest one level
 * per inline container above them (emphasis, strong emphasis, link, image, autolink), and each
 * container owns at least one delimiter character of its own in the cell's text ({@code * _ [ ] ! <}).
 * A row's deepest node is therefore at most at {@code r + 2 + s}, where {@code s} is the number of
 * characters of the cell texts, which is at most the length of the source line the row's span lies
 * in (a cell's text is that line's characters, less the container prefix, escapes and padding, plus
 * the spaces of a tab partly consumed by a container, which are no delimiters). A row whose bound is
 * within the limit is passed over; any other row is checked node by node, in document order, so the
 * refusal names the same node as a walk of every node would.
 */
final class TableDepth {
    private TableDepth() {
    }

    /**
     * @param tableDepth a table's depth (the document's children at 1)
     * @param max        the deepest nesting allowed
     * @return whether its sections and rows are within the limit (else every node of it needs a check)
     */
    static boolean rowsFit(int tableDepth, int max) {
        return tableDepth + 2 <= max;
    }

    /**
     * Whether every row of the table {@link #fits}, found from the text alone: each row's bound is the
     * length of the line its span lies in ({@code columnIndex + length}, the column counted from the
     * line's start), so when the longest of the table's lines (from the start of its first line to the end
     * of its last span, cut at line feeds: a line of the parser is at most that long) gives a row within
     * the limit, every row is within it, and the walk need not touch the rows. A table's sections hold
     * only rows, each with one span (the table parser's own).
     *
     * @param table      a GFM table
     * @param tableDepth its depth
     * @param max        the deepest nesting allowed
     * @param text       the text the table was parsed from
     * @return true when no node below a row of the table can be deeper than {@code max}; false when the rows must be looked at
     */
    static boolean linesFit(Node table, int tableDepth, int max, String text) {
        List<SourceSpan> spans = table.getSourceSpans();
        if (spans.isEmpty()) {
            return false;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        int from = first.getInputIndex() - first.getColumnIndex();
        int to = last.getInputIndex() + last.getLength();
        long room = (long) max - tableDepth - 4;   // a row at tableDepth + 2 fits when its line is at most this long
        if (from < 0 || to > text.length() || from > to || room < 0) {
            return false;
        }
        for (int start = from; start < to; ) {
            int end = text.indexOf('\n', start);
            end = end < 0 || end > to ? to : end;
            if (end - start > room) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * @param row      a table's row (any other node: false)
     * @param rowDepth its depth
     * @param max      the deepest nesting allowed
     * @return whether no node below the row can be deeper than {@code max}
     */
    static boolean fits(Node row, int rowDepth, int max) {
        if (!(row instanceof TableRow)) {
            return false;
        }
        List<SourceSpan> spans = row.getSourceSpans();
        if (spans.size() != 1 || spans.get(0) == null) {
            return false;
        }
        SourceSpan span = spans.get(0);
        return (long) rowDepth + 2 + span.getColumnIndex() + span.getLength() <= max;   // the length of the row's source line
    }
}
