package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.io.table.TableCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * Body rows as the table reader reads them ({@link BodyRow#read}: a plain cell, one text node or
 * nothing, from its literal alone) against the definition, every cell read from its inline nodes
 * ({@link TableReader#cellText}, {@link TableTitles#linksOnly}, the cell's node position): the same
 * row positions, cell texts, link-only flags and cell positions, and for each plain cell the title,
 * description and resources its node gives. Over seeded random tables parsed by the importer's own
 * parser, with the tables the importer puts together after the parse (from paragraphs of several
 * lines and from HTML).
 */
class BodyRowTest {
    @Test
    void rowsReadAsTheReaderReadsThemAreTheRowsReadFromTheNodes() {
        Random random = new Random(20261206);
        int[] counts = new int[4];   // plain cells, cells read from their nodes, rows without a plain cell, bodies
        for (int n = 0; n < 4_000; n++) {
            String doc = RandomTables.document(random);
            String text = Preprocess.run(doc).text();
            Node root = MarkdownReading.PARSER.parse(text);
            ParagraphTables.split(root, text, MarkdownReading.FRAGMENT_PARSER);
            HtmlTables.convert(root, MarkdownReading.FRAGMENT_PARSER);
            for (TableBlock table : tables(root)) {
                compare(table, doc, counts);
            }
        }
        assertThat(counts[0]).as("plain cells").isGreaterThan(20_000);
        assertThat(counts[1]).as("cells read from their nodes").isGreaterThan(5_000);
        assertThat(counts[2]).as("rows without a plain cell").isGreaterThan(100);
        assertThat(counts[3]).as("table bodies compared").isGreaterThan(5_000);
    }

    @Test
    void plainCellsAndTheirColumns() {
        String text = "| A | B | C |\n|---|---|---|\n|  x  y |`c`|\n| a \\| b | *e* | |\n";
        Node root = MarkdownReading.PARSER.parse(text);
        Node body = tables(root).get(0).getLastChild();
        List<BodyRow> rows = new ArrayList<>();
        BodyRow.read(body, new int[] {1, 1}, rows);
        assertThat(rows.get(0).pos()).containsExactly(3, 1);
        assertThat(rows.get(0).texts()).containsExactly("x y", "c", "");
        assertThat(rows.get(0).node(0)).isNull();
        assertThat(rows.get(0).node(1)).isNotNull();
        assertThat(rows.get(0).position(0)).containsExactly(3, 2);
        assertThat(rows.get(0).position(2)).containsExactly(3, 1);   // a missing cell stands at the row
        assertThat(rows.get(1).texts()).containsExactly("a | b", "e", "");
        assertThat(rows.get(1).node(0)).isNull();   // an escaped pipe: the parser's text node holds the pipe
        assertThat(rows.get(1).node(1)).isNotNull();
        assertThat(rows.get(1).node(2)).isNull();
        assertThat(rows.get(1).position(2)).containsExactly(4, 17);
    }

    private static void compare(TableBlock table, String doc, int[] counts) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableBody body) {
                int[] tablePos = Inlines.position(table, new int[] {1, 1});
                List<BodyRow> actual = new ArrayList<>();
                BodyRow.read(body, tablePos, actual);
                counts[3]++;
                int r = 0;
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        assertThat(r).as(doc).isLessThan(actual.size());
                        compareRow(actual.get(r++), row, tablePos, doc, counts);
                    }
                }
                assertThat(actual).as(doc).hasSize(r);
            }
        }
    }

    /** The definition: every cell read from its inline nodes. */
    private static void compareRow(BodyRow actual, Node row, int[] tablePos, String doc, int[] counts) {
        int[] pos = Inlines.position(row, tablePos);
        assertThat(actual.pos()).as(doc).containsExactly(pos);
        int c = 0;
        boolean plain = false;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
            String text = TableReader.cellText(cell);
            assertThat(actual.texts().get(c)).as(doc).isEqualTo(text);
            assertThat(actual.cells().get(c)).as(doc).isEqualTo(new TableCell(text, TableTitles.linksOnly(cell)));
            assertThat(actual.position(c)).as(doc + " cell " + c).containsExactly(Inlines.position(cell, pos));
            if (actual.node(c) != null) {
                assertThat(actual.node(c)).isSameAs(cell);
                counts[1]++;
                continue;
            }
            counts[0]++;
            plain = true;
            Draft fromNode = new Draft(1, 1);
            TableTitles.read(cell, fromNode, text);
            TableTitles.links(cell, "Link", fromNode);
            assertThat(fromNode.title).as(doc).isEqualTo(actual.texts().get(c));
            assertThat(fromNode.description).as(doc).isEmpty();
            assertThat(fromNode.resources).as(doc).isEmpty();
        }
        assertThat(actual.texts()).as(doc).hasSize(c);
        counts[2] += plain ? 0 : 1;
    }

    private static List<TableBlock> tables(Node node) {
        List<TableBlock> out = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableBlock t) {
                out.add(t);
            } else {
                out.addAll(tables(c));
            }
        }
        return out;
    }
}
