package dev.roadmap.io.markdown.internal.gfm;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLine;

/**
 * A table row cut into cells as commonmark-java 0.24's table parser cuts it. A row whose first
 * character after spaces and tabs is a pipe loses that pipe and its spaces and tabs at the end. Every
 * pipe not escaped ends a cell; {@code \|} is a pipe inside a cell (the cell's text holds a plain
 * {@code |}; a backslash before anything else stays), and so is the pipe of {@code \\|}. What follows
 * the last pipe is a last cell when it is not empty. A cell's source span covers its raw text (the
 * escapes included); the last cell's runs to the end of the line (a row without a leading pipe keeps
 * its trailing spaces there); an empty cell has none.
 */
final class RowCells {
    private RowCells() {
    }

    /**
     * @param line a row line
     * @return its cells: each one's text and source span (null when it has none)
     */
    static List<SourceLine> split(SourceLine line) {
        CharSequence row = line.getContent();
        int n = row.length();
        int start = skipSpaceTab(row, 0, n);
        int end = n;
        if (start < n && row.charAt(start) == '|') {
            start++;
            end = n;
            while (end > start && isSpaceTab(row.charAt(end - 1))) {
                end--;
            }
        }
        List<SourceLine> cells = new ArrayList<>();
        boolean escaped = false;
        for (int i = start; i < end; i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < end && row.charAt(i + 1) == '|') {
                escaped = true;
                i++;
            } else if (c == '|') {
                cells.add(cell(line, start, i, i, escaped));
                start = i + 1;
                escaped = false;
            }
        }
        if (start < end) {
            cells.add(cell(line, start, end, n, escaped));
        }
        return cells;
    }

    /** The cell of the raw text {@code [from, to)}, its span {@code [from, spanEnd)}. */
    private static SourceLine cell(SourceLine line, int from, int to, int spanEnd, boolean escaped) {
        CharSequence row = line.getContent();
        String text = escaped ? unescapePipes(row, from, to) : row.subSequence(from, to).toString();
        return SourceLine.of(text, span(line.getSourceSpan(), from, spanEnd - from));
    }

    /** @return the part of {@code span} from {@code offset}, {@code length} long; null when there is none */
    static SourceSpan span(SourceSpan span, int offset, int length) {
        if (span == null || length == 0) {
            return null;
        }
        return SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + offset, span.getInputIndex() + offset, length);
    }

    private static String unescapePipes(CharSequence row, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < to && row.charAt(i + 1) == '|') {
                text.append('|');
                i++;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    static int skipSpaceTab(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpaceTab(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isSpaceTab(char c) {
        return c == ' ' || c == '\t';
    }
}
