package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.List;
import java.util.function.Consumer;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Block;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The one pass over a freshly parsed tree, without recursion, that does what used to take three:
 * <ul>
 *   <li>refuses a tree that nests deeper than {@link ReadLimits#maxNestingDepth()} at its first node
 *       too deep in document order, before any recursive visitor can overflow the stack;</li>
 *   <li>marks task-list items exactly as commonmark-java's task-list extension does (its
 *       post-processor is a recursive visitor over every node of the document): a list item whose
 *       first child is a paragraph whose first child is a text matching the extension's pattern
 *       {@code ^\[([xX\s])]\s+(.*)} (see {@link #taskText}) gets a
 *       {@link TaskListItemMarker} as its first child and the text after the box;</li>
 *   <li>hands the paragraphs and headings, in document order, to a reader of their text (the prose
 *       hints: their text is read while the walk has the nodes at hand), and notes whether the rewriting passes ({@link ParagraphTables}, {@link HtmlTables}) can find
 *       anything: a paragraph of three lines or more, or an HTML block at the top level.</li>
 * </ul>
 * The markers are inserted as each list item is reached, before its children are visited, so the
 * depth check sees the tree the extension would have built. Inside a GFM table nothing but the depth
 * check applies; {@link TableDepth} does it without visiting the rows that cannot nest too deep.
 */
final class DocumentWalk {
    private final Consumer<Node> textBlocks;
    private final Consumer<Node> topLevel;
    /** Whether some paragraph has three source lines or more ({@link ParagraphTables} looks at no other). */
    boolean longParagraphs;
    /** Whether the document has an HTML block at the top level ({@link HtmlTables} looks at no other). */
    boolean topLevelHtml;
    /** The paragraph whose inline nodes the walk is passing (while no long paragraph is known), or null. */
    private Paragraph paragraph;
    /** The soft and hard line breaks among them. */
    private int lineBreaks;
    /** Whether one of them may hold a line's end without a line break node (code, HTML, link, image). */
    private boolean mayHideLines;

    private final Node document;
    private final String source;
    private final int max;
    /** The text the document was parsed from, or null: with it, a table whose every line is short enough is not walked row by row. */
    private final String text;

    private DocumentWalk(Consumer<Node> textBlocks, Consumer<Node> topLevel, Node document, String source, int max, String text) {
        this.text = text;
        this.textBlocks = textBlocks;
        this.topLevel = topLevel;
        this.document = document;
        this.source = source;
        this.max = max;
    }

    /**
     * @param document   the parsed document (changed: task-list markers are added)
     * @param source     the source name for the location of a refusal
     * @param limits     the limits
     * @param textBlocks gets each paragraph and heading, in document order, once the list item holding it is marked
     * @return what the walk saw
     * @throws LimitExceededException when the tree nests deeper than the limit
     */
    static DocumentWalk run(Node document, String source, ReadLimits limits, Consumer<Node> textBlocks) {
        return run(document, source, limits, textBlocks, n -> { });
    }

    /**
     * {@link #run(Node, String, ReadLimits, Consumer)} that also hands each top-level block, in
     * document order, to {@code topLevel} (which builds the sections while the walk has the blocks at hand).
     *
     * @param document   the parsed document (changed: task-list markers are added)
     * @param source     the source name for the location of a refusal
     * @param limits     the limits
     * @param textBlocks gets each paragraph and heading, in document order, once the list item holding it is marked
     * @param topLevel   gets each child of the document, in order, before anything inside it
     * @return what the walk saw
     * @throws LimitExceededException when the tree nests deeper than the limit
     */
    static DocumentWalk run(Node document, String source, ReadLimits limits, Consumer<Node> textBlocks, Consumer<Node> topLevel) {
        return run(document, null, source, limits, textBlocks, topLevel);
    }

    /**
     * {@link #run(Node, String, ReadLimits, Consumer, Consumer)} with the text the document was parsed
     * from: the same walk, which passes over a table whose lines are all short enough without its rows
     * ({@link TableDepth#linesFit}).
     *
     * @param document   the parsed document (changed: task-list markers are added)
     * @param text       the text it was parsed from (its source spans index it)
     * @param source     the source name for the location of a refusal
     * @param limits     the limits
     * @param textBlocks gets each paragraph and heading, in document order, once the list item holding it is marked
     * @param topLevel   gets each child of the document, in order, before anything inside it
     * @return what the walk saw
     * @throws LimitExceededException when the tree nests deeper than the limit
     */
    static DocumentWalk run(Node document, String text, String source, ReadLimits limits, Consumer<Node> textBlocks,
                            Consumer<Node> topLevel) {
        DocumentWalk walk = new DocumentWalk(textBlocks, topLevel, document, source, limits.maxNestingDepth(), text);
        walk.below(document, 0);
        walk.leaveParagraph();
        return walk;
    }

    /** Walks the nodes below {@code top} (at {@code topDepth}) in document order. */
    private void below(Node top, int topDepth) {
        Node node = top.getFirstChild();
        int depth = topDepth + 1;
        while (node != null) {
            if (depth > max) {
                throw tooDeep(node, source, max);
            }
            see(node, depth);
            if (node.getFirstChild() != null && !(node instanceof TableBlock && table(node, depth))) {
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

    /**
     * A GFM table's rows, of which only those that may nest too deep are walked (see {@link TableDepth});
     * nothing else of the walk applies inside a table.
     *
     * @return whether the table's nodes were checked (false: the walk must visit them)
     */
    private boolean table(Node table, int depth) {
        if (!TableDepth.rowsFit(depth, max)) {
            return false;
        }
        if (text != null && TableDepth.linesFit(table, depth, max, text)) {
            return true;   // no row can nest too deep: none is touched
        }
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!TableDepth.fits(row, depth + 2, max)) {
                    below(row, depth + 2);
                }
            }
        }
        return true;
    }

    private void see(Node node, int depth) {
        if (!(node instanceof Block)) {
            if (paragraph != null) {
                seeInline(node);
            }
            return;
        }
        leaveParagraph();
        if (depth == 1) {
            topLevel.accept(node);
        }
        if (node instanceof Paragraph p) {
            textBlocks.accept(p);
            if (!longParagraphs) {
                paragraph = p;
                lineBreaks = 0;
                mayHideLines = false;
            }
        } else if (node instanceof Heading) {
            textBlocks.accept(node);
        } else if (node instanceof ListItem item) {
            markTask(item);
        } else if (node instanceof HtmlBlock && node.getParent() == document) {
            topLevelHtml = true;
        }
    }

    /**
     * An inline node of the paragraph being passed: a line of a paragraph ends in a line break node
     * (soft or hard) unless it ends inside a code span, inline HTML, a link or an image (whose
     * destination or title may run over lines), or a node of another kind.
     */
    private void seeInline(Node node) {
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            lineBreaks++;
        } else if (!(node instanceof Text || node instanceof Emphasis || node instanceof StrongEmphasis)) {
            mayHideLines = true;
        }
    }

    /**
     * Decides, once its inline nodes are passed, whether the paragraph has three source lines or more:
     * its source spans (one per line) are looked at only when two line breaks or a node that may hide
     * one let it have that many.
     */
    private void leaveParagraph() {
        if (paragraph != null && (lineBreaks >= 2 || mayHideLines)) {
            longParagraphs |= paragraph.getSourceSpans().size() >= 3;
        }
        paragraph = null;
    }

    /** The task-list extension's rule for one list item, with {@link #taskText} in place of its pattern. */
    static void markTask(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof Text text)) {
            return;
        }
        String literal = text.getLiteral();
        int rest = taskText(literal);
        if (rest >= 0) {
            char box = literal.charAt(1);
            item.prependChild(new TaskListItemMarker(box == 'x' || box == 'X'));
            text.setLiteral(literal.substring(rest));
        }
    }

    /**
     * The extension's pattern {@code ^\[([xX\s])]\s+(.*)} (TaskListItemPostProcessor, commonmark-java
     * 0.24) by hand: "[", one of "xX" or a white space of the pattern ({@code [ \t\n\x0B\f\r]}), "]",
     * white space (as much as there is: the pattern's greedy {@code \s+}), then a rest without
     * line terminators ({@code .}); when the pattern matches, the rest is its second group.
     *
     * @param literal a text
     * @return where the second group starts, or -1 when the pattern does not match
     */
    static int taskText(String literal) {
        int n = literal.length();
        if (n < 4 || literal.charAt(0) != '[' || literal.charAt(2) != ']') {
            return -1;
        }
        char box = literal.charAt(1);
        if (box != 'x' && box != 'X' && !isPatternSpace(box) || !isPatternSpace(literal.charAt(3))) {
            return -1;
        }
        int rest = 4;
        while (rest < n && isPatternSpace(literal.charAt(rest))) {
            rest++;
        }
        for (int i = rest; i < n; i++) {
            char c = literal.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;   // "." matches no line terminator, and giving white space back to it cannot help
            }
        }
        return rest;
    }

    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static LimitExceededException tooDeep(Node node, String source, int max) {
        int line = 0;
        int column = 0;
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
            line = spans.get(0).getLineIndex() + 1;
            column = spans.get(0).getColumnIndex() + 1;
        }
        return new LimitExceededException("maxNestingDepth", max, "the document nests blocks deeper",
                SourceLocation.of(source, Math.max(line, 1), Math.max(column, 1)));
    }
}
