package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentWalk} against what it replaces: commonmark-java's task-list extension (the tree the
 * importer read before), the recursive-free depth check that ran after the parse, and
 * {@link DocumentReader#textBlocks}; over seeded random documents.
 */
class DocumentWalkTest {
    private static final Parser WITH_EXTENSION = Parser.builder()
            .extensions(List.of(TablesExtension.create(), TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser TABLES_ONLY = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Test
    void marksTaskItemsAsTheExtensionDoesAndListsTheSameTextBlocks() {
        int tasks = 0;
        for (String doc : documents(20261206, 1500)) {
            Node expected = WITH_EXTENSION.parse(doc);
            Node actual = TABLES_ONLY.parse(doc);
            List<Node> textBlocks = new ArrayList<>();
            DocumentWalk walk = DocumentWalk.run(actual, "r.md", ReadLimits.defaults(), textBlocks::add);
            assertThat(dump(actual)).as(doc).isEqualTo(dump(expected));
            assertThat(textBlocks).as(doc).containsExactlyElementsOf(DocumentReader.textBlocks(actual));
            assertThat(walk.longParagraphs).as(doc).isEqualTo(hasLongParagraph(actual));
            assertThat(walk.topLevelHtml).as(doc).isEqualTo(hasTopLevelHtml(actual));
            tasks += dump(expected).contains("TaskListItemMarker") ? 1 : 0;
        }
        assertThat(tasks).as("documents with task items").isGreaterThan(250);
    }

    /** The extension's own pattern (TaskListItemPostProcessor in commonmark-java 0.24), the definition {@code taskText} replaces. */
    private static final Pattern TASK = Pattern.compile("^\\[([xX\\s])]\\s+(.*)");

    @Test
    void taskTextAgreesWithTheExtensionsPatternOnEveryShortString() {
        char[] alphabet = {'[', ']', 'x', 'X', 'a', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\u00A0'};
        Random random = new Random(11);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            if (random.nextBoolean()) {
                b.append('[').append(alphabet[random.nextInt(alphabet.length)]).append(']');   // a box, or nearly
            }
            for (int k = 0, n = random.nextInt(9); k < n; k++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            Matcher m = TASK.matcher(text);
            int rest = DocumentWalk.taskText(text);
            if (m.matches()) {
                matched++;
                assertThat(rest).as(text).isEqualTo(m.start(2));
            } else {
                assertThat(rest).as(text).isEqualTo(-1);
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }

    @Test
    void refusesTheFirstNodeTooDeepInDocumentOrder() {
        Random limit = new Random(8);
        int refused = 0;
        for (String doc : documents(7, 1000)) {
            int max = 2 + limit.nextInt(6);
            ReadLimits limits = ReadLimits.defaults().toBuilder().maxNestingDepth(max).build();
            Node expected = WITH_EXTENSION.parse(doc);
            Node tooDeep = firstDeeperThan(expected, max);
            if (tooDeep == null) {
                DocumentWalk.run(TABLES_ONLY.parse(doc), "d.md", limits, n -> { });
                continue;
            }
            refused++;
            int[] at = position(tooDeep);
            assertThatThrownBy(() -> DocumentWalk.run(TABLES_ONLY.parse(doc), "d.md", limits, n -> { })).as(doc)
                    .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                        assertThat(e.limitName()).isEqualTo("maxNestingDepth");
                        assertThat(e.location()).hasValueSatisfying(l -> {
                            assertThat(l.line()).isEqualTo(at[0]);
                            assertThat(l.column()).isEqualTo(at[1]);
                        });
                    });
        }
        assertThat(refused).isGreaterThan(100);
    }

    private static List<String> documents(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(RandomMarkdown.document(random));
        }
        return out;
    }

    /** The definition: the first node of the pre-order whose depth (the document's children at 1) exceeds {@code max}. */
    private static Node firstDeeperThan(Node node, int max) {
        return firstDeeperThan(node, 0, max);
    }

    static Node firstDeeperThan(Node node, int depth, int max) {
        if (depth > max) {
            return node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            Node found = firstDeeperThan(c, depth + 1, max);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static int[] position(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? new int[] {1, 1}
                : new int[] {Math.max(1, spans.get(0).getLineIndex() + 1), Math.max(1, spans.get(0).getColumnIndex() + 1)};
    }

    private static String dump(Node root) {
        StringBuilder b = new StringBuilder();
        dump(root, 0, b);
        return b.toString();
    }

    private static void dump(Node node, int depth, StringBuilder b) {
        b.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        if (node instanceof Text t) {
            b.append(" '").append(t.getLiteral()).append('\'');
        } else if (node instanceof TaskListItemMarker m) {
            b.append(m.isChecked() ? " [x]" : " [ ]");
        }
        for (SourceSpan s : node.getSourceSpans()) {
            b.append(' ').append(s.getLineIndex()).append(':').append(s.getColumnIndex()).append('+').append(s.getLength());
        }
        b.append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            dump(c, depth + 1, b);
        }
    }

    private static boolean hasLongParagraph(Node node) {
        List<Node> all = new ArrayList<>();
        collect(node, all);
        return all.stream().anyMatch(n -> n instanceof Paragraph && n.getSourceSpans().size() >= 3);
    }

    private static boolean hasTopLevelHtml(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
    }

    /** Inline pieces of which some run over a line's end without a line break node. */
    private static final String[] INLINE = {"word", "two words", "*emphasis*", "**strong\ntext**", "`code`", "`code\nspan`",
        "[link](/url)", "[link](\n/url)", "[link](/url\n\"title\")", "[link](/url \"a\ntitle\")", "[a\nlink](/url)",
        "![image](/img.png)", "![image\ntext](/img.png)", "<span\nclass=\"x\">", "<b>", "<https://example.org>", "&amp;",
        "&#10;", "\\", "\\\n", "  \n", "\n", "\n", "\n", "[ref]", "[a\nref][ref]", "_under\nscore_", "~~strike~~"};

    @Test
    void longParagraphsAreFoundAsByTheirSourceSpans() {
        Random random = new Random(20261207);
        int[] seen = new int[2];
        for (int i = 0; i < 6000; i++) {
            StringBuilder paragraph = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(7); k < n; k++) {
                paragraph.append(k > 0 && random.nextBoolean() ? " " : "").append(INLINE[random.nextInt(INLINE.length)]);
            }
            String prefix = switch (random.nextInt(4)) {
                case 0 -> "- ";
                case 1 -> "> ";
                case 2 -> "- [ ] ";
                default -> "";
            };
            String doc = "# Title\n\n" + prefix + paragraph.toString().strip() + "\n\n[ref]: /target\n";
            Node tree = TABLES_ONLY.parse(doc);
            boolean expected = hasLongParagraph(tree);
            assertThat(DocumentWalk.run(tree, "p.md", ReadLimits.defaults(), n -> { }).longParagraphs).as(doc).isEqualTo(expected);
            seen[expected ? 1 : 0]++;
        }
        assertThat(seen[0]).as("documents without a long paragraph").isGreaterThan(1000);
        assertThat(seen[1]).as("documents with a long paragraph").isGreaterThan(1000);
    }

    @Test
    void buildsTheSectionsOfTheTopLevelBlocksAsTheReaderDoes() {
        for (String doc : documents(20261208, 800)) {
            Node tree = TABLES_ONLY.parse(doc);
            DocumentReader.Sections sections = new DocumentReader.Sections();
            DocumentWalk.run(tree, "s.md", ReadLimits.defaults(), n -> { }, sections);
            assertThat(outline(sections.root)).as(doc).isEqualTo(outline(DocumentReader.sections(tree)));
        }
    }

    private static String outline(Section s) {
        StringBuilder b = new StringBuilder();
        for (Section d : s.preOrder()) {
            b.append(d.level).append(' ').append(d.text).append(' ').append(d.line).append(':').append(d.column)
                    .append(" under ").append(d.parent == null ? "-" : d.parent.text).append(" blocks");
            for (Node n : d.blocks) {
                b.append(' ').append(System.identityHashCode(n));
            }
            b.append(d.heading == null ? "" : " heading " + System.identityHashCode(d.heading)).append('\n');
        }
        return b.toString();
    }

    @Test
    void textBlocksAreParagraphsAndHeadingsInDocumentOrder() {
        Node doc = TABLES_ONLY.parse("# A\n\npara\n\n- item\n  > quoted\n\n| a |\n|---|\n| b |\n\n## B\n");
        List<Node> textBlocks = new ArrayList<>();
        DocumentWalk.run(doc, "t.md", ReadLimits.defaults(), textBlocks::add);
        assertThat(textBlocks).extracting(n -> n.getClass().getSimpleName() + ":" + ((Text) n.getFirstChild()).getLiteral())
                .containsExactly("Heading:A", "Paragraph:para", "Paragraph:item", "Paragraph:quoted", "Heading:B");
    }
}
