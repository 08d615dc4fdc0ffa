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
