package dev.roadmap.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Skill;
import dev.roadmap.io.markdown.MarkdownExporter;
import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.io.plan.PlanMarkdownExporter;
import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.ReadLimits;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The built-in {@code markdown} format (roadmap-io) passes the contract every format provider passes.
 * Every text is Markdown, so the only documents it refuses are those beyond the read limits (nesting,
 * string length): those are its malformed samples.
 */
class MarkdownFormatContractTest extends FormatContract {

    MarkdownFormatContractTest() {
        super(format("markdown").importer(new MarkdownImporter()).exporter(new MarkdownExporter())
                .planExporter(new PlanMarkdownExporter())
                .samples(new Sample("sample.md", new MarkdownExporter().writeToString(SampleRoadmaps.sample())),
                        new Sample("hostile.md", new MarkdownExporter().writeToString(SampleRoadmaps.hostile())),
                        new Sample("table.md", """
                                # Web basics

                                | Skill | Effort | Requires |
                                |---|---|---|
                                | HTML | 10h | |
                                | CSS | 2 weeks | HTML |
                                | JavaScript | 30-40h | HTML |
                                """),
                        new Sample("outline.md", """
                                # Data roadmap

                                ## SQL (12h)
                                - [x] SELECT and WHERE
                                - [ ] Joins

                                ## Pandas (20h)
                                - [ ] DataFrames
                                """))
                .malformed(new Sample("deep-list.md", nestedList(ReadLimits.DEFAULT_MAX_NESTING_DEPTH + 50)),
                        new Sample("deep-quote.md", ">".repeat(ReadLimits.DEFAULT_MAX_NESTING_DEPTH + 50) + " quoted\n"),
                        new Sample("long-cell.md", "| Skill | Effort |\n|---|---|\n| "
                                + "x".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1) + " | 1h |\n"))
                // The reader normalises what people type, so a hostile roadmap is written differently the second
                // time; from then on the export is stable.
                .exempt(Clause.STABLE_REEXPORT, "the Markdown reader turns runs of white space in a title (a tab) into one"
                        + " space and trims decoration (a trailing emoji) from headings, so the re-export of the hostile"
                        + " roadmap differs from the first export in those characters")
                .carried(r -> r.skills().stream().map(MarkdownFormatContractTest::carried).toList())
                .hostileTitles(MarkdownFormatContractTest::titlesAreTextNotMarkup));
    }

    private static String nestedList(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return b.toString();
    }

    /**
     * What a Markdown roadmap carries: per skill its id, title, effort and hard prerequisites (the
     * exporter's table columns). Not carried, by the format's design: the status (a table row has no
     * status column), and the kind of white space in titles (a title is one line of Markdown: the exporter
     * writes a line break as a space and the reader turns runs of white space, tabs included, into one
     * space; both sides are compared so).
     */
    private static List<Object> carried(Skill s) {
        return List.of(s.id(), s.title().replaceAll("\\s+", " "), s.isRigid() ? Optional.empty() : s.effort(), s.requires());
    }

    /** The hostile titles come back as text: markup in them is escaped, never rendered as structure. */
    static void titlesAreTextNotMarkup(String output) {
        Node document = Parser.builder().build().parse(output);
        String text = TextContentRenderer.builder().build().render(document);
        for (String title : SampleRoadmaps.HOSTILE_TITLES) {
            for (String line : title.split("[\n\t]")) {
                assertThat(text).as(title).contains(line.strip());
            }
        }
        assertThat(output).doesNotContain("<script>");
    }
}
