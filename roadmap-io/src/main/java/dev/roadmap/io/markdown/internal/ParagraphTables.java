package dev.roadmap.io.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * GitHub (GFM) renders a table that directly follows a paragraph line ("Choose one of the
 * following:" then {@code | a | b |}); commonmark-java's table extension needs a blank line first
 * and leaves the lines in the paragraph. This pass finds such paragraphs (a line with pipes
 * followed by a delimiter row with as many cells), parses the two halves separately and puts the
 * results in the paragraph's place, with source spans moved back to the original lines and columns.
 */
final class ParagraphTables {
    private ParagraphTables() {
    }

    static void split(Node document, String text, Parser parser) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                if (c instanceof Paragraph p) {
                    if (p.getSourceSpans().size() >= 3) {
                        paragraphs.add(p);   // a paragraph line, a header row and a delimiter row at least
                    }
                } else if (c instanceof org.commonmark.node.Block) {
                    stack.push(c);
                }
            }
        }
        String[] lines = paragraphs.isEmpty() ? new String[0] : lines(text);
        for (Paragraph p : paragraphs) {
            List<SourceSpan> spans = p.getSourceSpans();
            int header = headerLine(spans, lines);
            if (header > 0) {
                replace(p, spans, header, lines, parser);
            }
        }
    }

    /** @return the text's lines as CommonMark counts them (a line ends at LF, CR LF or CR) */
    static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** @return the index (within the paragraph's lines) of a table header row followed by a delimiter row, or -1 */
    private static int headerLine(List<SourceSpan> spans, String[] lines) {
        for (int k = 1; k + 1 < spans.size(); k++) {
            String head = text(spans.get(k), lines);
            String delim = text(spans.get(k + 1), lines);
            if (head.indexOf('|') >= 0 && isDelimiterRow(delim) && cells(head) == cells(delim)) {
                return k;
            }
        }
        return -1;
    }

    private static void replace(Paragraph p, List<SourceSpan> spans, int header, String[] lines, Parser parser) {
        List<Node> blocks = new ArrayList<>();
        blocks.addAll(reparse(spans.subList(0, header), lines, parser));
        blocks.addAll(reparse(spans.subList(header, spans.size()), lines, parser));
        for (Node b : blocks) {
            p.insertBefore(b);
        }
        p.unlink();
    }

    private static List<Node> reparse(List<SourceSpan> spans, String[] lines, Parser parser) {
        StringBuilder b = new StringBuilder();
        for (SourceSpan s : spans) {
            b.append(text(s, lines)).append('\n');
        }
        Node doc = parser.parse(b.toString());
        List<Node> out = new ArrayList<>();
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c);
        }
        Deque<Node> stack = new ArrayDeque<>(out);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            List<SourceSpan> moved = new ArrayList<>();
            for (SourceSpan s : n.getSourceSpans()) {
                SourceSpan origin = spans.get(Math.min(s.getLineIndex(), spans.size() - 1));
                moved.add(SourceSpan.of(origin.getLineIndex(), origin.getColumnIndex() + s.getColumnIndex(),
                        origin.getInputIndex() + s.getColumnIndex(), s.getLength()));
            }
            n.setSourceSpans(moved);
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        for (Node c : out) {
            c.unlink();
        }
        return out;
    }

    private static String text(SourceSpan s, String[] lines) {
        String line = s.getLineIndex() < lines.length ? lines[s.getLineIndex()] : "";
        int from = Math.min(s.getColumnIndex(), line.length());
        return line.substring(from, Math.min(line.length(), from + s.getLength()));
    }

    /** A GFM delimiter row: cells of ":?-+:?" separated by pipes. */
    static boolean isDelimiterRow(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.indexOf('-') < 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("|:- \t".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return t.indexOf('|') >= 0;
    }

    private static int cells(String line) {
        return TableReader.rawCellCount(line);
    }
}
