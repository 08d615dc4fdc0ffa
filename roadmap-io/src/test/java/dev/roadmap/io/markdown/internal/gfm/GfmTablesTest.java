package dev.roadmap.io.markdown.internal.gfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link GfmTables} against what it replaces, commonmark-java 0.24's tables extension: the whole node
 * trees (types, literals, the cells' header flag, alignment and width, every source span) of seeded
 * random documents of table-ish lines, and of a one-cell table around every UTF-16 code unit that
 * {@link InlineStarts} lets through as plain text.
 */
class GfmTablesTest {
    private static final Parser EXTENSION = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser OURS = Parser.builder().extensions(List.of(GfmTables.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Test
    void buildsTheExtensionsTreeForRandomTableDocuments() {
        Random random = new Random(20261206);
        int tables = 0;
        int plainCells = 0;
        int markupCells = 0;
        for (int i = 0; i < 6000; i++) {
            String doc = TableSoup.document(random);
            Node expected = EXTENSION.parse(doc);
            assertThat(dump(OURS.parse(doc))).as(doc).isEqualTo(dump(expected));
            int[] cells = cellKinds(expected, new int[3]);
            plainCells += cells[0];
            markupCells += cells[1];
            tables += cells[2];
        }
        assertThat(tables).as("tables").isGreaterThan(3000);
        assertThat(plainCells).as("cells of one plain text").isGreaterThan(10_000);
        assertThat(markupCells).as("cells with inline markup").isGreaterThan(10_000);
        System.out.println(tables + " tables, " + plainCells + " plain cells, " + markupCells + " other cells");
    }

    @Test
    void everyCharacterTheInlineParserPassesOverGivesTheSameCell() {
        int plain = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (InlineStarts.starts((char) c)) {
                continue;
            }
            plain++;
            String doc = "| a" + (char) c + "b | " + (char) c + " |\n|-|-|\n| " + (char) c + (char) c + " |\n";
            assertThat(dump(OURS.parse(doc))).as("U+%04X", c).isEqualTo(dump(EXTENSION.parse(doc)));
        }
        assertThat(plain).isEqualTo(Character.MAX_VALUE + 1 - 10);
    }

    @Test
    void theCharactersThatStartInlineMarkup() {
        StringBuilder starts = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (InlineStarts.starts(c)) {
                starts.append(c);
            }
        }
        assertThat(starts.toString()).isEqualTo("\n!&*<[\\]_`");
        assertThat(plain("a | b é 学习")).isTrue();
        assertThat(plain("a `b`")).isFalse();
    }

    /** Counts the cells of one text without markup ([0]), the other non-empty cells ([1]) and the tables ([2]). */
    private static int[] cellKinds(Node node, int[] counts) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            counts[2] += c instanceof TableBlock ? 1 : 0;
            if (c instanceof TableCell && c.getFirstChild() != null) {
                boolean plain = c.getFirstChild() == c.getLastChild() && c.getFirstChild() instanceof Text t
                        && plain(t.getLiteral());
                counts[plain ? 0 : 1]++;
            } else {
                cellKinds(c, counts);
            }
        }
        return counts;
    }

    private static boolean plain(String text) {
        return text.chars().noneMatch(c -> InlineStarts.starts((char) c));
    }

    static String dump(Node root) {
        StringBuilder b = new StringBuilder();
        dump(root, 0, b);
        return b.toString();
    }

    private static void dump(Node node, int depth, StringBuilder b) {
        b.append("  ".repeat(depth)).append(node);
        if (node instanceof TableCell cell) {
            b.append(cell.isHeader() ? " header " : " ").append(cell.getAlignment()).append(' ').append(cell.getWidth());
        } else if (node instanceof Heading h) {
            b.append(" level ").append(h.getLevel());
        }
        b.append(' ').append(node.getSourceSpans()).append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            dump(c, depth + 1, b);
        }
    }
}
