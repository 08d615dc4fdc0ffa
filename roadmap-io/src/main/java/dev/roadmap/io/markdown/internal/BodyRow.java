package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.TableCell;
import dev.roadmap.io.table.internal.Collapsing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * One body row of a table as the table reader reads it: its position, each cell's node and text (as
 * {@link TableReader#cellText} makes it). A plain cell, one the parser made a single text node or
 * nothing of (the table parser does so for every cell without inline markup, from the cut it made
 * of the row, see {@code gfm.TableParser}), is read from that node's literal alone: its text is the
 * literal collapsed, it holds no link, and the reader takes its text as the title, which is what its
 * node gives; no line is scanned again and no cell is cut again.
 *
 * @param pos   the row's 1-based line and column
 * @param texts the cells' texts, one per cell of the row
 * @param cells the cells as the column roles see them
 * @param nodes the cells' nodes
 * @param plain per cell whether it is plain (its text all there is to it)
 */
record BodyRow(int[] pos, List<String> texts, List<TableCell> cells, Node[] nodes, boolean[] plain) {
    /** @return the cell's node, or null for a plain cell (its text all there is to it) */
    Node node(int c) {
        return plain[c] ? null : nodes[c];
    }

    /** @return the 1-based line and column where the cell starts (padding included); the row's for a cell without source */
    int[] position(int c) {
        return Inlines.position(nodes[c], pos);
    }

    /** Reads every row of the body. */
    static void read(Node body, int[] tablePos, List<BodyRow> out) {
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            if (row instanceof TableRow) {
                out.add(of(row, Inlines.position(row, tablePos)));
            }
        }
    }

    private static BodyRow of(Node row, int[] pos) {
        int n = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            n++;
        }
        Node[] nodes = new Node[n];
        String[] texts = new String[n];
        boolean[] plain = new boolean[n];
        List<TableCell> cells = new ArrayList<>(n);
        int c = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
            nodes[c] = cell;
            Node only = cell.getFirstChild();
            boolean linkOnly = false;
            if (only == null) {
                texts[c] = "";
                plain[c] = true;
            } else if (only instanceof Text t && only.getNext() == null && t.getLiteral().indexOf('\n') < 0) {
                texts[c] = Collapsing.collapse(t.getLiteral(), 0, t.getLiteral().length());
                plain[c] = true;
            } else {
                texts[c] = TableReader.cellText(cell);
                linkOnly = TableTitles.linksOnly(cell);
            }
            cells.add(new TableCell(texts[c], linkOnly));
        }
        return new BodyRow(pos, Arrays.asList(texts), cells, nodes, plain);
    }
}
