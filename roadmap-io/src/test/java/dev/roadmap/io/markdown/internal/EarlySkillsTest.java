package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Pace;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link EarlySkills} against its definition: the document read with the skill sections taken as the
 * walk closed them gives the same drafts, the same blocks used, the same prerequisite flag and skill
 * count, as the document read by {@link OutlineReader#readSection}
 * alone over the sections built after the walk (a refused document: the same refusal); on seeded random
 * outlines, some with tight limits. And what lets {@link Coverage} pass over a section collected into
 * a skill: each of its blocks is used; and the table-of-contents test made as each section is.
 */
class EarlySkillsTest {
    private static final String[] TITLES = {"Python", "SQL basics", "Linear algebra", "Git", "Docker (optional)", "Rust",
        "Контейнеры", "算法", "Project 1: App", "Projects", "Resources", "Module 2", "Contents", "Skill 3 — Graphs",
        "Option A: Java", "Path B", "Electives"};
    private static final String[] EFFORTS = {" (2-4 hours)", " (3 weeks)", " — 5h", " (1 day)", " (2 недели)", " 10 小时",
        " (Week 3)", "", "", "", " (x hours)"};
    private static final String[] PARAGRAPHS = {"Prerequisites: Python, SQL", "Prerequisites: skill-1, skill-2",
        "Description: learn the basics", "Resources:", "Projects:", "**Resources:**", "**Projects**:", "Just some prose.",
        "[Reading](https://example.org/r)", "Alternative: [Another course](https://x.org/c)", "Choose one of the following",
        "Everything below this point is optional", "Pace: 10 hours per week", "Total: 12 weeks", "Option A: the long road",
        "Requires: Git", "Topics:", "Описание: основы", "choose a subset of courses based on interest", "line one\nline two",
        "Prerequisites：数学"};
    private static final String[] ITEMS = {"[x] Topic", "[ ] Another topic", "[X] Done thing", "Plain point",
        "[Link](https://example.org/l)", "**Bold term** — explained", "Prerequisites: Rust", "Item with effort (3 hours)",
        "[ ] [Linked task](https://t.org)", "(x) pseudo box", "[] empty box", "Option B: other (2h)", "Sample project: a CLI",
        "`code` item", "item *em* here"};

    @Test
    void readsEachSkillSectionAsReadSectionDoes() {
        Random random = new Random(20261206);
        int[] seen = new int[4];   // sections read early (and kept), documents whose early reading was undone, sections collected, tocs
        for (int i = 0; i < 1500; i++) {
            String doc = document(random);
            ReadLimits limits = i % 4 != 0 ? ReadLimits.defaults() : ReadLimits.defaults().toBuilder()
                    .maxSkills(1 + random.nextInt(8)).maxTopicsPerSkill(1 + random.nextInt(5)).maxNestingDepth(4 + random.nextInt(8)).build();
            String expected = read(doc, limits, false, seen);
            assertThat(read(doc, limits, true, seen)).as(doc).isEqualTo(expected);
        }
        assertThat(seen[0]).as("sections read early").isGreaterThan(600);
        assertThat(seen[1]).as("documents whose early reading was undone").isGreaterThan(100);
        assertThat(seen[2]).as("sections collected into a skill").isGreaterThan(1000);
        assertThat(seen[3]).as("table-of-contents headings").isGreaterThan(100);
    }

    /** The importer's steps up to the reading of the drafts, with or without the early reading; its outcome described. */
    private static String read(String doc, ReadLimits limits, boolean early, int[] seen) {
        Node document = MarkdownReading.PARSER.parse(doc);
        ReadContext ctx = new ReadContext("o.md", limits, doc, Pace.DEFAULT_HOURS_PER_WEEK);
        StatedHints hints = new StatedHints(ctx);
        EarlySkills skills = new EarlySkills(ctx);
        DocumentReader.Sections sections = early ? new DocumentReader.Sections(skills) : new DocumentReader.Sections();
        StringBuilder b = new StringBuilder();
        try {
            DocumentWalk walk = DocumentWalk.run(document, "o.md", limits, hints::offer, sections);
            // the rewriting passes are left out: the sections of a walk that would see them must come back as if never read
            Section root = sections.finish(!walk.longParagraphs && !walk.topLevelHtml);
            if (early) {
                int kept = 0;
                for (Section s : root.preOrder()) {
                    kept += s.early != null ? 1 : 0;
                }
                seen[0] += kept;
                seen[1] += skills.undone() > 0 ? 1 : 0;
            }
            DocumentReader.Result r = DocumentReader.read(root, hints, ctx);
            for (Section s : root.preOrder()) {
                // what lets Coverage skip a collected section: each of its blocks is used
                assertThat(!s.collected || s.blocks.stream().allMatch(ctx.used::contains)).as("section at %d of %s", s.line, doc).isTrue();
                seen[2] += s.collected ? 1 : 0;
                // the table-of-contents test made as the section was, against its definition on the section's text
                assertThat(s.toc).as("toc at %d of %s", s.line, doc).isEqualTo(s.heading != null && Phrases.isTocHeading(s.text));
                seen[3] += s.toc ? 1 : 0;
            }
            for (Draft d : r.drafts()) {
                b.append(describe(d)).append('\n');
            }
        } catch (LimitExceededException e) {
            return "refused: " + e.getMessage();   // the import ends here: nothing else of the context is seen
        }
        List<String> used = new ArrayList<>();
        for (Node n : ctx.used) {
            List<SourceSpan> spans = n.getSourceSpans();
            used.add(n.getClass().getSimpleName() + (spans.isEmpty() ? "" : "@" + spans.get(0).getLineIndex() + ":" + spans.get(0).getColumnIndex()));
        }
        used.sort(null);
        return b.append("used ").append(used).append("\nexplicit ").append(ctx.explicitPrerequisites).append(" skills ").append(ctx.skills)
                .append("\ndiagnostics ").append(ctx.diagnostics).toString();
    }

    private static String describe(Draft d) {
        return String.join(" | ", d.line + ":" + d.column, d.title, d.description, d.notation, d.rule, d.detail, String.valueOf(d.docId),
                String.valueOf(d.number), d.home == null ? "-" : d.home.line + " " + d.home.text, d.topics.toString(),
                d.resources.toString(), d.projects.toString(), d.requires.toString(), d.recommends.toString(),
                d.optionKey + "/" + d.optionLabel + "/" + Arrays.toString(d.insteadOf), String.valueOf(d.menu),
                d.optional + "/" + d.done + "/" + d.effortLine + ":" + d.effortColumn,
                d.home == null || d.home.skill == null ? "-" : d.home.skill.title);
    }

    /** Seeded random outlines: heading trees with and without efforts, the conventions beneath them, now and then a table or HTML. */
    static String document(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(3) == 0) {
            b.append("# ").append(pick(r, TITLES)).append("\n\n").append(pick(r, PARAGRAPHS)).append("\n\n");
        }
        int level = 2;
        for (int k = 0, n = 1 + r.nextInt(25); k < n; k++) {
            int roll = r.nextInt(20);
            if (roll < 8) {
                level = Math.max(1, Math.min(6, level + r.nextInt(3) - 1 + (r.nextInt(6) == 0 ? -2 : 0)));
                b.append("#".repeat(level)).append(' ').append(pick(r, TITLES)).append(pick(r, EFFORTS)).append("\n\n");
            } else if (roll < 12) {
                b.append(pick(r, PARAGRAPHS)).append("\n\n");
            } else if (roll < 18) {
                list(r, b, "", 0);
                b.append('\n');
            } else if (roll == 18) {
                b.append(r.nextBoolean() ? "| Skill | Hours |\n|---|---|\n| A | 3 |\n\n" : "Heading\n=======\n\n");
            } else {
                b.append(r.nextInt(4) == 0 ? "<div>html</div>\n\n" : "> quoted " + pick(r, PARAGRAPHS) + "\n\n");
            }
        }
        return b.toString();
    }

    private static void list(Random r, StringBuilder b, String indent, int depth) {
        boolean ordered = r.nextInt(4) == 0;
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            b.append(indent).append(ordered ? (i + 1) + ". " : "- ").append(pick(r, ITEMS)).append(pick(r, EFFORTS)).append('\n');
            if (depth < 3 && r.nextInt(5) == 0) {
                list(r, b, indent + (ordered ? "   " : "  "), depth + 1);
            }
        }
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
