package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The walk's depth check inside tables ({@link TableDepth}) against its definition, the first node of
 * the pre-order deeper than the limit: seeded random tables, nested in quotes and lists, whose cells
 * nest inline markup (emphasis, links, images, autolinks) up to twelve levels deep, in rows short and
 * long, under limits around the tables' depths; both on the importer's tree and on the tables
 * extension's.
 */
class TableDepthTest {
    private static final Parser EXTENSION = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final String[] OPEN = {"*", "_", "**", "[", "![", "*[", "__"};
    private static final String[] CLOSE = {"*", "_", "**", "](u)", "](i.png)", "](u)*", "__"};

    @Test
    void refusesTheFirstNodeTooDeepInDocumentOrder() {
        Random random = new Random(20261206);
        int insideTables = 0;
        int passed = 0;
        int wholeTables = 0;
        for (int i = 0; i < 3000; i++) {
            String doc = document(random);
            int max = 1 + random.nextInt(random.nextBoolean() ? 12 : 60);
            for (Parser parser : List.of(MarkdownReading.PARSER, EXTENSION)) {
                for (String text : java.util.Arrays.asList(null, doc)) {   // with the text, short tables are passed over whole
                    Node tree = parser.parse(doc);
                    Node tooDeep = DocumentWalkTest.firstDeeperThan(tree, 0, max);
                    ReadLimits limits = ReadLimits.defaults().toBuilder().maxNestingDepth(max).build();
                    if (tooDeep == null) {
                        DocumentWalk.run(tree, text, "t.md", limits, n -> { }, n -> { });
                        passed++;
                        wholeTables += text != null && wholeTablesFit(tree, max, doc) ? 1 : 0;
                        continue;
                    }
                    insideTables += inTable(tooDeep) ? 1 : 0;
                    SourceSpan at = tooDeep.getSourceSpans().isEmpty() ? null : tooDeep.getSourceSpans().get(0);
                    assertThatThrownBy(() -> DocumentWalk.run(tree, text, "t.md", limits, n -> { }, n -> { })).as(max + "\n" + doc)
                            .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.location()).hasValueSatisfying(l -> {
                                assertThat(l.line()).isEqualTo(at == null ? 1 : Math.max(1, at.getLineIndex() + 1));
                                assertThat(l.column()).isEqualTo(at == null ? 1 : Math.max(1, at.getColumnIndex() + 1));
                            }));
                }
            }
        }
        assertThat(wholeTables).as("documents whose tables all fit by their lines").isGreaterThan(150);
        assertThat(insideTables).as("refusals inside tables").isGreaterThan(3000);
        assertThat(passed).as("documents within the limit").isGreaterThan(3000);
    }

    @Test
    void refusesAnEmphasisInACellOneLevelTooDeep() {
        String doc = "> - | a | b |\n>   |---|---|\n>   | *x* | y |\n";
        // quote 1, list 2, item 3, table 4, body 5, row 6, cell 7, emphasis 8, its text 9; the line is 16 long: from 24 on the row is passed over
        for (int max = 1; max <= 30; max++) {
            Node tree = MarkdownReading.PARSER.parse(doc);
            ReadLimits limits = ReadLimits.defaults().toBuilder().maxNestingDepth(max).build();
            if (max >= 9) {
                DocumentWalk.run(tree, "t.md", limits, n -> { });
            } else {
                assertThatThrownBy(() -> DocumentWalk.run(tree, "t.md", limits, n -> { })).isInstanceOf(LimitExceededException.class);
            }
        }
    }

    /** @return whether every table of the tree (at any depth) fits by its lines alone */
    private static boolean wholeTablesFit(Node node, int max, String text) {
        boolean all = true;
        int depth = 0;
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            depth++;
        }
        if (node instanceof TableBlock) {
            return TableDepth.linesFit(node, depth, max, text);
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            all &= wholeTablesFit(c, max, text);
        }
        return all;
    }

    private static String document(Random r) {
        StringBuilder b = new StringBuilder();
        for (int t = 0, tables = 1 + r.nextInt(3); t < tables; t++) {
            String prefix = "";
            for (int k = 0, n = r.nextInt(4); k < n; k++) {
                prefix += r.nextBoolean() ? "> " : "- ";
            }
            String rest = prefix.replace("- ", "  ");
            int columns = 1 + r.nextInt(3);
            b.append(prefix).append(row(r, columns)).append('\n');
            b.append(rest).append("|---".repeat(columns)).append("|\n");
            for (int k = 0, rows = r.nextInt(5); k < rows; k++) {
                b.append(rest).append(row(r, columns)).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String row(Random r, int columns) {
        StringBuilder b = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            b.append(' ').append(cell(r)).append(" |");
        }
        return b.toString();
    }

    private static String cell(Random r) {
        String text = r.nextInt(4) == 0 ? "w".repeat(1 + r.nextInt(80)) : "word";
        if (r.nextInt(3) == 0) {
            return r.nextBoolean() ? "<https://x.org>" : text;
        }
        if (r.nextBoolean()) {   // emphasis in emphasis, two delimiters a level: as deep as a row of its length gets
            int depth = r.nextInt(12);
            StringBuilder open = new StringBuilder();
            for (int k = 0; k < depth; k++) {
                open.append(k % 2 == 0 ? '*' : '_');
            }
            return open + "x" + open.reverse();
        }
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int k = 0, depth = r.nextInt(9); k < depth; k++) {
            int m = r.nextInt(OPEN.length);
            open.append(OPEN[m]);
            close.insert(0, CLOSE[m]);
        }
        return open + text + close;
    }

    private static boolean inTable(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableBlock) {
                return true;
            }
        }
        return false;
    }
}
