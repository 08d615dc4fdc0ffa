package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * Body rows read from the parsed text ({@link BodyRow#fromSource}, {@link TableSourceRows}) against
 * the definition they replace, every cell read from its inline nodes ({@link BodyRow#fromNodes}):
 * the same row positions, cell texts, link-only flags and cell positions, and for each cell read
 * from the source, the title, description and resources the nodes would give. Over seeded random
 * tables parsed by the importer's own parser, with the tables the importer puts together after the
 * parse (from paragraphs of several lines and from HTML).
 */
class TableSourceRowsTest {
    @Test
    void rowsReadFromTheSourceAreTheRowsReadFromTheNodes() {
        Random random = new Random(20261206);
        int[] counts = new int[4];   // cells from the source, cells from their nodes, rows with no cell from the source, bodies
        for (int n = 0; n < 4_000; n++) {
            String doc = RandomTables.document(random);
            String text = Preprocess.run(doc).text();
            Node root = MarkdownReading.PARSER.parse(text);
            ParagraphTables.split(root, text, MarkdownReading.FRAGMENT_PARSER);
            HtmlTables.convert(root, MarkdownReading.FRAGMENT_PARSER);
            for (TableBlock table : tables(root)) {
                compare(table, text, doc, counts);
            }
        }
        assertThat(counts[0]).as("cells read from the source").isGreaterThan(20_000);
        assertThat(counts[1]).as("cells read from their nodes").isGreaterThan(5_000);
        assertThat(counts[2]).as("rows read from their nodes alone (nested tables among them)").isGreaterThan(1_000);
        assertThat(counts[3]).as("table bodies compared").isGreaterThan(5_000);
    }

    @Test
    void plainCellsAndTheirColumns() {
        String text = "| A | B | C |\n|---|---|---|\n|  x  y |`c`|\n| a \\| b | *e* | |\n";
        Node root = MarkdownReading.PARSER.parse(text);
        Node body = tables(root).get(0).getLastChild();
        List<BodyRow> rows = new ArrayList<>();
        assertThat(BodyRow.fromSource(body, 3, text, rows)).isTrue();
        assertThat(rows.get(0).texts()).containsExactly("x y", "c", "");
        assertThat(rows.get(0).node(0)).isNull();
        assertThat(rows.get(0).node(1)).isNotNull();
        assertThat(rows.get(0).position(0)).containsExactly(3, 2);
        assertThat(rows.get(0).position(2)).containsExactly(3, 1);   // a missing cell stands at the row
        assertThat(rows.get(1).texts()).containsExactly("a | b", "e", "");
        assertThat(rows.get(1).node(0)).isNotNull();   // an escaped pipe: the content is not the source
        assertThat(rows.get(1).node(2)).isNull();
        assertThat(rows.get(1).position(2)).containsExactly(4, 17);
    }

    private static void compare(TableBlock table, String text, String doc, int[] counts) {
        int columns = 0;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                for (Node cell = part.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    columns++;
                }
            } else if (part instanceof TableBody body) {
                int[] tablePos = Inlines.position(table, new int[] {1, 1});
                List<BodyRow> expected = new ArrayList<>();
                BodyRow.fromNodes(body, tablePos, expected);
                List<BodyRow> actual = new ArrayList<>();
                assertThat(BodyRow.fromSource(body, columns, text, actual)).as(doc).isTrue();
                counts[3]++;
                assertThat(actual).as(doc).hasSameSizeAs(expected);
                for (int r = 0; r < actual.size(); r++) {
                    compareRow(actual.get(r), expected.get(r), doc, counts);
                }
            }
        }
    }

    private static void compareRow(BodyRow actual, BodyRow expected, String doc, int[] counts) {
        assertThat(actual.pos()).as(doc).containsExactly(expected.pos());
        assertThat(actual.texts()).as(doc).isEqualTo(expected.texts());
        assertThat(actual.cells()).as(doc).isEqualTo(expected.cells());
        boolean fromSource = false;
        for (int c = 0; c < actual.texts().size(); c++) {
            assertThat(actual.position(c)).as(doc + " cell " + c).containsExactly(expected.position(c));
            if (actual.node(c) != null) {
                counts[1]++;
                continue;
            }
            counts[0]++;
            fromSource = true;
            Draft fromNode = new Draft(1, 1);
            TableTitles.read(expected.node(c), fromNode, expected.texts().get(c));
            TableTitles.links(expected.node(c), "Link", fromNode);
            assertThat(fromNode.title).as(doc).isEqualTo(actual.texts().get(c));
            assertThat(fromNode.description).as(doc).isEmpty();
            assertThat(fromNode.resources).as(doc).isEmpty();
        }
        counts[2] += fromSource ? 0 : 1;
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
