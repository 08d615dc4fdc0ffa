package dev.roadmap.io.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * GitHub renders simple HTML tables too. An HTML block holding one {@code <table>} whose first row
 * is of {@code <th>} header cells (the "HTML header" of many READMEs) is rewritten as a GFM table
 * (links {@code <a href>} as Markdown links, {@code <b>}/{@code <strong>} as bold, {@code <br>} kept,
 * other tags dropped, entities decoded by the parser), parsed, and put in the block's place; every
 * node of a row is located at that row's {@code <tr>}. Tables without a header row (contributor
 * grids of avatars) are left alone. A linear scan, no regular expressions.
 */
final class HtmlTables {
    /** Largest HTML block considered, in characters. */
    static final int MAX_BLOCK = 200_000;

    private HtmlTables() {
    }

    /** A table row: where its {@code <tr>} is, whether its cells are headers, the cells' Markdown. */
    private record Row(int line, int column, boolean header, List<String> cells) {
    }

    static void convert(Node document, Parser parser) {
        List<HtmlBlock> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock h && h.getLiteral().length() <= MAX_BLOCK
                    && h.getLiteral().toLowerCase(Locale.ROOT).contains("<table")) {
                blocks.add(h);
            }
        }
        for (HtmlBlock h : blocks) {
            List<SourceSpan> spans = h.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            List<Row> rows = rows(h.getLiteral(), spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
            if (rows.size() < 2 || !rows.get(0).header() || rows.stream().skip(1).anyMatch(Row::header)) {
                continue;
            }
            replace(h, rows, parser);
        }
    }

    private static void replace(HtmlBlock h, List<Row> rows, Parser parser) {
        int width = rows.get(0).cells().size();
        StringBuilder md = new StringBuilder();
        List<Row> lineOf = new ArrayList<>();
        appendRow(md, rows.get(0).cells(), width);
        lineOf.add(rows.get(0));
        md.append('|').append("---|".repeat(width)).append('\n');
        lineOf.add(rows.get(0));
        for (Row r : rows.subList(1, rows.size())) {
            appendRow(md, r.cells(), width);
            lineOf.add(r);
        }
        Node doc = parser.parse(md.toString());
        Node table = doc.getFirstChild();
        if (!(table instanceof TableBlock) || table.getNext() != null) {
            return;
        }
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(table);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            List<SourceSpan> moved = new ArrayList<>();
            for (SourceSpan s : n.getSourceSpans()) {
                Row r = lineOf.get(Math.min(s.getLineIndex(), lineOf.size() - 1));
                moved.add(SourceSpan.of(r.line(), r.column(), 0, 1));
            }
            n.setSourceSpans(moved);
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        table.unlink();
        h.insertBefore(table);
        h.unlink();
    }

    private static void appendRow(StringBuilder md, List<String> cells, int width) {
        md.append('|');
        for (int i = 0; i < width; i++) {
            md.append(' ').append(i < cells.size() ? cells.get(i) : "").append(" |");
        }
        md.append('\n');
    }

    /** Scans the block's tags: rows at {@code <tr>}, cells at {@code <th>}/{@code <td>}. */
    private static List<Row> rows(String html, int firstLine, int firstColumn) {
        Scan scan = new Scan();
        int line = firstLine;
        int lineStart = -firstColumn;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (c != '<') {
                scan.text(c);
                continue;
            }
            int end = html.indexOf('>', i);
            if (end < 0) {
                break;
            }
            String tag = html.substring(i + 1, end).strip();
            scan.tag(tagName(tag), tag, line, i - lineStart);
            for (int k = i; k < end; k++) {
                if (html.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            i = end;
        }
        return scan.rows;
    }

    /** The state of one scan: rows so far, the open row and cell, the open link's target. */
    private static final class Scan {
        final List<Row> rows = new ArrayList<>();
        List<String> cells;
        StringBuilder cell;
        String href;

        void text(char c) {
            if (cell != null) {
                cell.append(c == '\n' || c == '\r' ? " " : c == '|' ? "\\|" : String.valueOf(c));
            }
        }

        void tag(String name, String tag, int line, int column) {
            switch (name) {
                case "tr" -> {
                    cells = new ArrayList<>();
                    rows.add(new Row(line, column, false, cells));
                }
                case "th", "td" -> {
                    if (cells != null) {
                        cell = new StringBuilder();
                        if (cells.isEmpty() && name.equals("th")) {
                            Row r = rows.get(rows.size() - 1);
                            rows.set(rows.size() - 1, new Row(r.line(), r.column(), true, cells));
                        }
                    }
                }
                case "/th", "/td" -> {
                    if (cells != null && cell != null) {
                        cells.add(cell.toString().strip());
                    }
                    cell = null;
                }
                case "a" -> {
                    href = attribute(tag, "href");
                    append("[");
                }
                case "/a" -> append("](" + (href == null ? "" : href.replace(" ", "%20")) + ")");
                case "b", "strong", "/b", "/strong" -> append("**");
                case "br" -> append("<br>");
                default -> {
                }
            }
        }

        private void append(String s) {
            if (cell != null) {
                cell.append(s);
            }
        }
    }

    private static String tagName(String tag) {
        int e = 0;
        while (e < tag.length() && !Character.isWhitespace(tag.charAt(e)) && tag.charAt(e) != '>') {
            e++;
        }
        String n = tag.substring(0, e).toLowerCase(Locale.ROOT);
        return n.endsWith("/") && n.length() > 1 && !n.startsWith("/") ? n.substring(0, n.length() - 1) : n;
    }

    private static String attribute(String tag, String attr) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(attr + "=");
        if (at < 0) {
            return null;
        }
        int s = at + attr.length() + 1;
        if (s >= tag.length()) {
            return null;
        }
        char q = tag.charAt(s);
        if (q == '"' || q == '\'') {
            int e = tag.indexOf(q, s + 1);
            return e < 0 ? tag.substring(s + 1) : tag.substring(s + 1, e);
        }
        int e = s;
        while (e < tag.length() && !Character.isWhitespace(tag.charAt(e))) {
            e++;
        }
        return tag.substring(s, e);
    }
}
