package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.TableCell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One body row of a table as the table reader reads it: its position, each cell's text (as
 * {@link TableReader#cellText} makes it) and, for a cell read from its inline nodes, the node; a
 * plain cell read from the source ({@link TableSourceRows}) has no node and its column instead.
 *
 * @param pos      the row's 1-based line and column
 * @param texts    the cells' texts, one per header cell
 * @param cells    the cells as the column roles see them
 * @param nodes    per cell its node, or null for a plain cell read from the source
 * @param columnAt per cell read from the source its 1-based column, 0 when it has no source
 */
record BodyRow(int[] pos, List<String> texts, List<TableCell> cells, Node[] nodes, int[] columnAt) {
    /** @return the cell's node, or null for a plain cell read from the source */
    Node node(int c) {
        return nodes[c];
    }

    /** @return the 1-based line and column where the cell starts (padding included); the row's for a cell without source */
    int[] position(int c) {
        if (nodes[c] != null) {
            return Inlines.position(nodes[c], pos);
        }
        return columnAt[c] > 0 ? new int[] {pos[0], columnAt[c]} : pos;
    }

    /** Reads every row of the body from its nodes. */
    static void fromNodes(Node body, int[] tablePos, List<BodyRow> out) {
        fromNodes(body, tablePos, (Consumer<BodyRow>) out::add);
    }

    /** Reads every row of the body from its nodes, each handed on as it is made. */
    static void fromNodes(Node body, int[] tablePos, Consumer<BodyRow> out) {
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            if (row instanceof TableRow) {
                List<Node> nodes = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    nodes.add(cell);
                }
                String[] texts = new String[nodes.size()];
                out.accept(of(Inlines.position(row, tablePos), texts, nodes.toArray(new Node[0]), new int[nodes.size()]));
            }
        }
    }

    /**
     * Reads the body's rows from the source where {@link TableSourceRows} can, and the other cells from
     * their nodes: the body's source spans are its rows' (one each, in order), checked at the first and
     * the last row.
     *
     * @return false when the body's spans are not its rows' (then nothing sure was added)
     */
    static boolean fromSource(Node body, int columns, String text, List<BodyRow> out) {
        return fromSource(body, columns, text, (Consumer<BodyRow>) out::add);
    }

    /**
     * {@link #fromSource(Node, int, String, List)} handing each row on as it is made (its cells still in
     * the cache): when it answers false, the rows handed on so far are not sure.
     */
    static boolean fromSource(Node body, int columns, String text, Consumer<BodyRow> out) {
        List<SourceSpan> spans = body.getSourceSpans();
        if (spans.isEmpty() || !startsAt(body.getFirstChild(), spans.get(0))
                || !startsAt(body.getLastChild(), spans.get(spans.size() - 1))) {
            return false;
        }
        Node cursor = body.getFirstChild();
        int cursorIndex = 0;
        for (int r = 0; r < spans.size(); r++) {
            SourceSpan s = spans.get(r);
            String[] texts = new String[columns];
            int[] columnAt = new int[columns];
            boolean source = TableSourceRows.readable(text, s);
            if (source) {
                TableSourceRows.cut(text, s, columns, texts, columnAt);
            }
            Node[] nodes = new Node[columns];
            if (!source || Arrays.asList(texts).contains(null)) {
                for (; cursorIndex < r && cursor != null; cursorIndex++) {
                    cursor = cursor.getNext();
                }
                if (!(cursor instanceof TableRow) || !startsAt(cursor, s)) {
                    return false;
                }
                int c = 0;
                for (Node cell = cursor.getFirstChild(); cell != null && c < columns; cell = cell.getNext(), c++) {
                    nodes[c] = texts[c] == null ? cell : null;
                }
                if (c < columns) {
                    return false;   // the parser gives every row the header's cells; anything else is read from the nodes
                }
            }
            out.accept(of(new int[] {s.getLineIndex() + 1, s.getColumnIndex() + 1}, texts, nodes, columnAt));
        }
        return true;
    }

    /** @return whether the node's first source span is the span */
    private static boolean startsAt(Node node, SourceSpan span) {
        if (node == null) {
            return false;
        }
        List<SourceSpan> own = node.getSourceSpans();
        return !own.isEmpty() && own.get(0).equals(span);
    }

    /** The row with the texts of its node cells filled in. */
    private static BodyRow of(int[] pos, String[] texts, Node[] nodes, int[] columnAt) {
        List<TableCell> cells = new ArrayList<>(texts.length);
        for (int c = 0; c < texts.length; c++) {
            boolean linkOnly = false;
            if (nodes[c] != null) {
                texts[c] = TableReader.cellText(nodes[c]);
                linkOnly = TableTitles.linksOnly(nodes[c]);
            }
            cells.add(new TableCell(texts[c], linkOnly));
        }
        return new BodyRow(pos, Arrays.asList(texts), cells, nodes, columnAt);
    }
}
