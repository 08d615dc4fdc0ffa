package dev.roadmap.io.markdown.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Reads a parsed document into skill drafts, sections (future groups) and prose hints. */
final class DocumentReader {
    /** What the document yields before assembly. */
    record Result(Section root, List<Draft> drafts, String title, String description,
                  Optional<ProseHints.PaceHint> pace, int[] paceAt, Optional<ProseHints.TotalHint> total, int[] totalAt) {
    }

    private DocumentReader() {
    }

    /**
     * @param document the parsed document
     * @param hints    the pace and total stated in its paragraphs and headings (all offered, in document order)
     * @param ctx      the reading context
     * @return what the document yields
     */
    static Result read(Node document, StatedHints hints, ReadContext ctx) {
        return read(sections(document), hints, ctx);
    }

    /**
     * @param root  the document's sections ({@link #sections}, or built by {@link DocumentWalk} as it passed the top-level blocks)
     * @param hints the pace and total stated in its paragraphs and headings (all offered, in document order)
     * @param ctx   the reading context
     * @return what the document yields
     */
    static Result read(Section root, StatedHints hints, ReadContext ctx) {
        List<Section> all = root.preOrder();
        Section first = titleSection(root, all);
        String title = title(root, first, ctx);
        String description = description(first != null && first.title ? first : root);
        List<Draft> drafts = readUnits(root, all, ctx);
        Optional<ProseHints.TotalHint> total = hints.total;
        int[] totalAt = hints.totalAt;
        if (total.isEmpty() && hints.plainTotal.isPresent() && (drafts.isEmpty() || hints.plainTotalAt[0] < drafts.get(0).line)) {
            total = hints.plainTotal;
            totalAt = hints.plainTotalAt;
        }
        return new Result(root, drafts, title, description, hints.pace, hints.paceAt, total, totalAt);
    }

    /** Marks table-of-contents headings; the first other heading, marked as the title when it is the only H1 with nothing before it. */
    private static Section titleSection(Section root, List<Section> all) {
        Section first = null;
        long h1 = 0;
        for (Section s : all) {
            s.toc = s.tocHeading;
            if (s.heading != null && !s.toc) {
                h1 += s.level == 1 ? 1 : 0;
                if (first == null && !Texts.stripSymbols(OutlineReader.firstLine(s.text)).isEmpty()) {
                    first = s;
                }
            }
        }
        if (first != null) {
            first.title = first.level == 1 && h1 == 1 && !hasProseBefore(root, first);
        }
        return first;
    }

    /** Front matter title, else an HTML banner heading, else the first heading that is no table of contents. */
    private static String title(Section root, Section first, ReadContext ctx) {
        if (!ctx.frontMatterTitle.isEmpty()) {
            return ctx.frontMatterTitle;
        }
        String htmlTitle = htmlHeading(root);
        if (!htmlTitle.isEmpty()) {
            return htmlTitle;
        }
        return first == null || hasProseBefore(root, first) ? "" : Texts.stripSymbols(OutlineReader.firstLine(first.text));
    }

    /** The first paragraph (or quote) under the title, unless it states the pace or total. */
    private static String description(Section section) {
        for (Node b : section.blocks) {
            Node p = b instanceof BlockQuote q ? q.getFirstChild() : b;
            if (p instanceof Paragraph para) {
                String t = Texts.collapse(Inlines.text(para));
                return ProseHints.pace(t).isEmpty() && ProseHints.total(t).isEmpty() ? t : "";
            }
        }
        return "";
    }

    /** Tables, then the outline conventions, then (when those found nothing) the structure; sorted, with their meaning marked. */
    private static List<Draft> readUnits(Section root, List<Section> all, ReadContext ctx) {
        List<Draft> drafts = new ArrayList<>();
        for (Section s : all) {
            for (int i = 0; s.tables && i < s.blocks.size(); i++) {   // the blocks of a section without tables are not visited again
                if (s.blocks.get(i) instanceof TableBlock t) {
                    List<Draft> rows = TableReader.read(t, s, ctx);
                    if (!rows.isEmpty()) {
                        ctx.used.add(t);
                    }
                    s.tableDrafts.addAll(rows);
                    drafts.addAll(rows);
                }
            }
        }
        if (!drafts.isEmpty()) {
            attach(all, drafts);
        }
        OutlineReader outline = new OutlineReader(ctx, drafts);
        outline.readSection(root, 0);
        if (drafts.isEmpty()) {
            structure(root, ctx, drafts, outline);
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> d.line).thenComparingInt(d -> d.column));
        OptionMarkers.markMeaning(root, drafts, ctx);
        return drafts;
    }

    /**
     * When no effort, table or option marker names a unit, the structure does: checklists first,
     * then bold-term lists, list-item and link headings, prose courses, list and heading trees.
     */
    private static void structure(Section root, ReadContext ctx, List<Draft> drafts, OutlineReader outline) {
        StructureReader structure = new StructureReader(ctx, drafts);
        if (structure.readChecklists(root)) {
            return;
        }
        outline.readBoldItems(root, 0);
        if (drafts.isEmpty() && !structure.readOutline(root) && !structure.readProseCourses(root)) {
            structure.readTrees(root);
        }
    }

    /** A centred HTML banner's {@code <h1>}..{@code <h3>} before the first Markdown heading names the document. */
    private static String htmlHeading(Section root) {
        for (Node b : root.blocks) {
            if (!(b instanceof org.commonmark.node.HtmlBlock html)) {
                continue;
            }
            String lit = html.getLiteral();
            String lower = lit.toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!--")) {
                continue;
            }
            for (String tag : List.of("<h1", "<h2", "<h3")) {
                int at = lower.indexOf(tag);
                int open = at < 0 ? -1 : lower.indexOf('>', at);
                int close = open < 0 ? -1 : lower.indexOf("</h", open);
                if (close > open) {
                    String text = Texts.collapse(stripTags(lit.substring(open + 1, close)));
                    if (!Texts.stripSymbols(text).isEmpty()) {
                        return Texts.stripSymbols(text);
                    }
                }
            }
        }
        return "";
    }

    private static String stripTags(String html) {
        StringBuilder b = new StringBuilder();
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Text before the first heading (badges, images and HTML aside) means the heading is not the document's title. */
    private static boolean hasProseBefore(Section root, Section first) {
        if (first.parent != root) {
            return true;
        }
        for (Node b : root.blocks) {
            if (b instanceof Paragraph p && !Texts.stripSymbols(Texts.collapse(Inlines.text(p))).isEmpty()) {
                return true;
            }
            if (b instanceof ListBlock || b instanceof TableBlock || b instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    /** @return the document's sections: its top-level blocks, each under the heading above it */
    static Section sections(Node document) {
        Sections tree = new Sections();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            tree.accept(n);
        }
        return tree.root;
    }

    /**
     * Builds the section tree from a document's top-level blocks, given one by one in document order;
     * with {@link EarlySkills}, hands it each section as it closes (once the walk has passed all of it).
     */
    static final class Sections implements java.util.function.Consumer<Node> {
        final Section root = new Section(null, 0, "", 1, 1, null);
        private Section current = root;
        private final EarlySkills early;

        /** Sections alone. */
        Sections() {
            this(null);
        }

        /** @param early reads the skill sections as they close, or null */
        Sections(EarlySkills early) {
            this.early = early;
        }

        @Override
        public void accept(Node n) {
            if (n instanceof Heading h && !isSeparatorHeading(h)) {
                while (current.level >= h.getLevel()) {
                    close(current);
                    current = current.parent;
                }
                int[] pos = Inlines.position(h, new int[] {1, 1});
                Section s = new Section(h, h.getLevel(), Texts.collapse(Inlines.text(h)), pos[0], pos[1], current);
                current.children.add(s);
                current = s;
            } else {
                if (n instanceof TableBlock) {
                    current.tables = true;
                    if (early != null) {
                        early.stop();
                    }
                }
                current.blocks.add(n);
            }
        }

        /**
         * Closes the sections still open at the document's end and settles the early reading.
         *
         * @param keep whether the tree the walk saw is the one to read (false: the rewriting passes change it)
         * @return the root
         */
        Section finish(boolean keep) {
            if (early != null) {
                if (!keep) {
                    early.stop();
                }
                for (; current != root; current = current.parent) {
                    close(current);
                }
                early.settle();
            }
            return root;
        }

        private void close(Section s) {
            if (early != null) {
                early.close(s);
            }
        }
    }

    /**
     * A setext heading whose text opens with a rule of "=" (a "====" separator line directly above
     * a sentence) is a separator in a plain-text document, not a heading.
     */
    static boolean isSeparatorHeading(Heading h) {
        return isRule(Inlines.text(h));
    }

    /** @return whether the text's first line, stripped, is three or more of "=" and "-" (read in place, no copy) */
    static boolean isRule(String text) {
        int end = text.indexOf('\n');
        end = end < 0 ? text.length() : end;
        int i = 0;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < end && (text.charAt(i) == '=' || text.charAt(i) == '-')) {
            i++;
        }
        int rule = i - start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return rule >= 3 && i == end;
    }

    /** Attaches sections to table rows: by the row's id in code, by "Skill N" numbering, or by title. */
    private static void attach(List<Section> all, List<Draft> rows) {
        for (Section s : all) {
            if (s.heading == null || !s.tableDrafts.isEmpty() || s.title || hasTableBelow(s)) {
                continue;
            }
            String h = Texts.stripSymbols(s.text).toLowerCase(Locale.ROOT);
            Draft match = null;
            for (Draft d : rows) {
                if (d.docId != null && (h.contains("`" + d.docId.toLowerCase(Locale.ROOT) + "`")
                        || h.endsWith("(" + d.docId.toLowerCase(Locale.ROOT) + ")"))) {
                    match = d;
                    break;
                }
            }
            if (match == null) {
                int n = numbered(h);
                for (Draft d : rows) {
                    if (n > 0 && d.number == n) {
                        match = d;
                        break;
                    }
                }
            }
            if (match == null) {
                for (Draft d : rows) {
                    String t = d.title.toLowerCase(Locale.ROOT);
                    if (!t.isEmpty() && (h.equals(t) || Texts.trimSeparators(stripNumber(h)).equals(t))) {
                        match = d;
                        break;
                    }
                }
            }
            if (match != null && !isAncestorAttached(s)) {
                s.attached = match;
            }
        }
    }

    private static boolean hasTableBelow(Section s) {
        for (Section d : s.preOrder()) {
            if (!d.tableDrafts.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestorAttached(Section s) {
        for (Section p = s.parent; p != null; p = p.parent) {
            if (p.attached != null) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> NUMBER_WORDS = List.of("skill", "step", "stage", "module", "topic", "part",
            "навык", "шаг", "этап", "модуль", "тема", "часть", "技能", "步骤", "阶段", "模块", "主题");

    /** "Skill 3 — X", "Навык 3. X", "3. X", "3) X": the number, else -1. */
    static int numbered(String lower) {
        int i = 0;
        for (String w : NUMBER_WORDS) {
            if (lower.startsWith(w)) {
                i = w.length();
                while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '#')) {
                    i++;
                }
                break;
            }
        }
        int s = i;
        while (i < lower.length() && Character.isDigit(lower.charAt(i)) && i - s < 5) {
            i++;
        }
        if (i == s) {
            return -1;
        }
        boolean worded = s > 0;
        boolean punct = i < lower.length() && (lower.charAt(i) == '.' || lower.charAt(i) == ')');
        return worded || punct ? Integer.parseInt(lower.substring(s, i)) : -1;
    }

    private static String stripNumber(String h) {
        int i = 0;
        while (i < h.length() && (Character.isDigit(h.charAt(i)) || h.charAt(i) == '.' || h.charAt(i) == ')')) {
            i++;
        }
        return h.substring(i);
    }

    /** @return the document's paragraphs and headings outside tables, in document order */
    static List<Node> textBlocks(Node document) {
        List<Node> out = new ArrayList<>();
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Paragraph || n instanceof Heading) {
                out.add(n);
                continue;
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                if (!(c instanceof TableBlock)) {
                    stack.push(c);
                }
            }
        }
        return out;
    }
}
