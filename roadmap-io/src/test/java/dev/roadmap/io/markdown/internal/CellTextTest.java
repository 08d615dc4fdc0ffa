package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** A cell's text as the table reader makes it is, when it has no line break, the title the cell's whole text collapses to. */
class CellTextTest {
    private static final String[] PARTS = {"Skill", " ", "  ", "1", "<br>", "<br/>", "\t", "é", "a", "`code`", "*em*", "**b**",
        "[l](https://x.org)", "&nbsp;", "\\|", "-", "中"};
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void aSingleLineCellTextIsTheCollapsedWholeText() {
        Random random = new Random(23);
        int[] compared = {0};
        for (int n = 0; n < 3_000; n++) {
            StringBuilder cell = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                cell.append(PARTS[random.nextInt(PARTS.length)]);
            }
            Node doc = PARSER.parse("| A | B |\n|---|---|\n| " + cell + " | x |\n");
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    if (node instanceof TableCell) {
                        String text = TableReader.cellText(node);
                        if (text.indexOf('\n') < 0) {
                            compared[0]++;
                            assertThat(text).as(cell.toString()).isEqualTo(Texts.collapse(Inlines.text(node)));
                        }
                    }
                    visitChildren(node);
                }
            });
        }
        assertThat(compared[0]).isGreaterThan(5_000);
    }
}
