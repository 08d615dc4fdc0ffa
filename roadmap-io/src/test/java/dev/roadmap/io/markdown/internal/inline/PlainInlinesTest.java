package dev.roadmap.io.markdown.internal.inline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.io.markdown.internal.gfm.GfmTables;
import dev.roadmap.io.markdown.internal.gfm.InlineStarts;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainInlines} against what it replaces, commonmark-java 0.24's own inline parser: the whole node
 * trees (types, every attribute, every source span) of seeded random documents ({@link InlineSoup}) and
 * of a small document around every UTF-16 code unit that {@link InlineStarts} lets through, parsed by
 * the importer's block configuration with and without the fast path.
 */
class PlainInlinesTest {
    private static final Parser COMMONMARK = builder().build();
    /** Blocks handed to the inline parser, those that took a fast path, those after a task marker, and links. */
    private final int[] counts = new int[4];
    private final Parser ours = builder().inlineParserFactory(context -> {
        PlainInlineParser parser = (PlainInlineParser) PlainInlines.factory().orElseThrow().create(context);
        return (InlineParser) (lines, block) -> {
            counts[0]++;
            boolean plain = parser.plain(lines.getLines());
            boolean link = lines.getLines().size() == 1 && PlainInlineParser.linkTextEnd(lines.getContent()) > 0;
            counts[1] += plain || link ? 1 : 0;
            counts[2] += plain && lines.getContent().startsWith("[") ? 1 : 0;
            counts[3] += plain || !link ? 0 : 1;
            parser.parse(lines, block);
        };
    }).build();

    private static Parser.Builder builder() {
        return Parser.builder().extensions(List.of(GfmTables.create())).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    @Test
    void commonmarksInlineParserCanBeCreatedOnTheClassPath() {
        assertThat(PlainInlines.factory()).isPresent();
        Parser installed = PlainInlines.install(builder()).build();
        String doc = "# Skill 12 (3-9 hours)\n\n- [x] Topic 2 of skill 12\n- [Reading 12](https://example.org/r/12)\n";
        assertThat(NodeTrees.dump(installed.parse(doc))).isEqualTo(NodeTrees.dump(COMMONMARK.parse(doc)));
    }

    @Test
    void buildsCommonmarksTreeForRandomDocuments() {
        Random random = new Random(20261206);
        for (int i = 0; i < 6000; i++) {
            String doc = InlineSoup.document(random);
            assertThat(NodeTrees.dump(ours.parse(doc))).as(doc).isEqualTo(NodeTrees.dump(COMMONMARK.parse(doc)));
        }
        System.out.println(counts[0] + " blocks, " + counts[1] + " of them plain, " + counts[2] + " after a task marker, "
                + counts[3] + " links");
        assertThat(counts[3]).as("links").isGreaterThan(1000);
        assertThat(counts[1]).as("plain blocks").isGreaterThan(10_000);
        assertThat(counts[2]).as("plain blocks after a task marker").isGreaterThan(1000);
        assertThat(counts[0] - counts[1]).as("blocks for commonmark's parser").isGreaterThan(12_000);
    }

    @Test
    void everyCharacterTheInlineParserPassesOverGivesTheSameTree() {
        String[] plain = IntStream.rangeClosed(0, Character.MAX_VALUE).filter(c -> !InlineStarts.starts((char) c))
                .mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);
        assertThat(plain).hasSize(Character.MAX_VALUE + 1 - 10);
        for (String s : plain) {
            String doc = "a" + s + "b\n" + s + s + "  \nx " + s + "\n\n# h" + s + "\n\n- [x] " + s + "\n\n" + s + "\n===\n";
            assertThat(NodeTrees.dump(ours.parse(doc))).as("U+%04X", (int) s.charAt(0)).isEqualTo(NodeTrees.dump(COMMONMARK.parse(doc)));
        }
    }

    @Test
    void aTaskMarkerStaysTextUnlessALinkFollowsOrADefinitionHasItsLabel() {
        assertThat(first(ours.parse("[x] read it"))).isInstanceOf(Text.class);
        assertThat(first(ours.parse("[x] read it\n\n[x]: /u"))).isInstanceOf(Link.class);
        assertThat(first(ours.parse("[X] read it\n\n[x]: /u"))).isInstanceOf(Link.class);
        assertThat(first(ours.parse("[x](/u) read it"))).isInstanceOf(Link.class);
        assertThat(first(ours.parse("[ ] read it\n\n[ ]: /u"))).isInstanceOf(Text.class);
        int before = counts[1];
        ours.parse("[x] read it\n\n[x]: /u");
        ours.parse("[x](/u) read it");
        assertThat(counts[1]).as("plain blocks").isEqualTo(before + 0);
        ours.parse("[X] read it\n\n[x]: /u 'not a definition");
        assertThat(counts[1]).as("plain blocks").isEqualTo(before + 2);
    }

    @Test
    void aLineOfOneSimpleInlineLinkIsBuiltDirectly() {
        assertThat(PlainInlineParser.linkTextEnd("[Reading 12](https://example.org/r/12)")).isEqualTo(11);
        assertThat(PlainInlineParser.linkTextEnd("[a](/b) ")).isEqualTo(-1);
        assertThat(PlainInlineParser.linkTextEnd("[a](/b)c)")).isEqualTo(-1);
        assertThat(PlainInlineParser.linkTextEnd("[a](/b c)")).isEqualTo(-1);
        assertThat(PlainInlineParser.linkTextEnd("[](/b)")).isEqualTo(-1);
        assertThat(PlainInlineParser.linkTextEnd("[a]()")).isEqualTo(-1);
        assertThat(PlainInlineParser.linkTextEnd("[*a*](/b)")).isEqualTo(-1);
        String doc = "- [Reading 12](https://example.org/r/12)\n- [a](/b)\n";
        assertThat(NodeTrees.dump(ours.parse(doc))).isEqualTo(NodeTrees.dump(COMMONMARK.parse(doc)));
        assertThat(counts[1]).isEqualTo(2);
    }

    @Test
    void nulWouldEndCommonmarksScanSoItIsNotPlain() {
        PlainInlineParser parser = new PlainInlineParser(null, null);   // no task marker: neither is asked
        assertThat(parser.plain(List.of(SourceLine.of("a b", null)))).isTrue();
        assertThat(parser.plain(List.of(SourceLine.of("a\0b", null)))).isFalse();
        assertThat(parser.plain(List.of(SourceLine.of("a", null), SourceLine.of("", null)))).isFalse();
    }

    private static Node first(Node document) {
        Node block = document.getFirstChild();
        assertThat(block).isInstanceOf(Paragraph.class);
        return block.getFirstChild();
    }
}
