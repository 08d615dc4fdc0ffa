package dev.roadmap.io.markdown.internal;

import dev.roadmap.spi.LimitExceededException;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The nesting-depth check of {@link DocumentWalk} inside a GFM table, without touching the cells of
 * a row that cannot nest too deep. Nothing else of the walk applies inside a table: its head, body,
 * rows and cells are no blocks and hold no paragraph, heading or list item, only inline nodes.
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
     * @param table  a node the walk reached at {@code depth}
     * @param depth  its depth (the document's children at 1)
     * @param max    the deepest nesting allowed
     * @param source the source name for the location of a refusal
     * @return whether {@code table} is a GFM table whose nodes below it this checked (false: the walk must visit them)
     * @throws LimitExceededException at the first node in document order deeper than {@code max}
     */
    static boolean check(Node table, int depth, int max, String source) {
        if (!(table instanceof TableBlock) || depth + 4 > max) {
            return false;   // the sections, rows and cells of this table need a check of their own
        }
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow) || depth + 4 + lineLength(row) > max) {
                    checkBelow(row, depth + 2, max, source);
                }
            }
        }
        return true;
    }

    /** @return the length of the source line the row's one span lies in, or a length no limit allows */
    private static int lineLength(Node row) {
        List<SourceSpan> spans = row.getSourceSpans();
        if (spans.size() != 1 || spans.get(0) == null) {
            return Integer.MAX_VALUE / 2;
        }
        SourceSpan span = spans.get(0);
        return span.getColumnIndex() + span.getLength();
    }

    /** Checks the nodes below {@code top} (at {@code topDepth}, itself within the limit), in document order. */
    static void checkBelow(Node top, int topDepth, int max, String source) {
        Node node = top.getFirstChild();
        int depth = topDepth + 1;
        while (node != null) {
            if (depth > max) {
                throw DocumentWalk.tooDeep(node, source, max);
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != top && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == top ? null : node.getNext();
        }
    }
}
