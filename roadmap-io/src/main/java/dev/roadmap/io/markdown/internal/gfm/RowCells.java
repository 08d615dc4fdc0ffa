package dev.roadmap.io.markdown.internal.gfm;

import java.util.Arrays;
import org.commonmark.node.SourceSpan;

/**
 * A table row cut into cells as commonmark-java 0.24's table parser cuts it. A row whose first
 * character after spaces and tabs is a pipe loses that pipe and its spaces and tabs at the end. Every
 * pipe not escaped ends a cell; {@code \|} is a pipe inside a cell (the cell's text holds a plain
 * {@code |}; a backslash before anything else stays), and so is the pipe of {@code \\|}. What follows
 * the last pipe is a last cell when it is not empty. A cell's source span covers its raw text (the
 * escapes included); the last cell's runs to the end of the line (a row without a leading pipe keeps
 * its trailing spaces there); an empty cell has none.
 *
 * <p>The cells are kept as offsets into the row, four per cell, reused from row to row: where the
 * raw text starts and ends, where the span ends, and whether the text holds an escaped pipe and a
 * character that can start inline markup (noted while the row is cut, so no cell is read twice).
 */
final class RowCells {
    private int[] cuts = new int[32];
    private int count;

    /** @return the number of cells of the row last cut */
    int count() {
        return count;
    }

    /**
     * Cuts a row into cells.
     *
     * @param row a row line's text
     * @return this
     */
    RowCells cut(CharSequence row) {
        count = 0;
        int n = row.length();
        int start = skipSpaceTab(row, 0, n);
        int end = n;
        if (start < n && row.charAt(start) == '|') {
            start++;
            while (end > start && isSpaceTab(row.charAt(end - 1))) {
                end--;
            }
        }
        boolean escaped = false;
        boolean markup = false;
        for (int i = start; i < end; i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < end && row.charAt(i + 1) == '|') {
                escaped = true;
                i++;
            } else if (c == '|') {
                add(start, i, i, escaped, markup);
                start = i + 1;
                escaped = false;
                markup = false;
            } else if (InlineStarts.starts(c)) {
                markup = true;
            }
        }
        if (start < end) {
            add(start, end, n, escaped, markup);
        }
        return this;
    }

    private void add(int from, int to, int spanEnd, boolean escaped, boolean markup) {
        if (4 * count + 4 > cuts.length) {
            cuts = Arrays.copyOf(cuts, 2 * cuts.length);
        }
        int at = 4 * count++;
        cuts[at] = from;
        cuts[at + 1] = to;
        cuts[at + 2] = spanEnd;
        cuts[at + 3] = (escaped ? 1 : 0) | (markup ? 2 : 0);
    }

    /** @return where cell {@code k}'s raw text starts */
    int from(int k) {
        return cuts[4 * k];
    }

    /** @return where cell {@code k}'s raw text ends */
    int to(int k) {
        return cuts[4 * k + 1];
    }

    /** @return where cell {@code k}'s source span ends */
    int spanEnd(int k) {
        return cuts[4 * k + 2];
    }

    /** @return whether cell {@code k}'s raw text holds {@code \|} */
    boolean escaped(int k) {
        return (cuts[4 * k + 3] & 1) != 0;
    }

    /**
     * @return whether cell {@code k}'s text holds a character that can start inline markup (see
     *         {@link InlineStarts}; the backslash of an escaped pipe is not in the text)
     */
    boolean markup(int k) {
        return (cuts[4 * k + 3] & 2) != 0;
    }

    /** @return cell {@code k}'s text: its raw text with each {@code \|} read as {@code |} */
    String text(CharSequence row, int k) {
        int from = from(k);
        int to = to(k);
        if (!escaped(k)) {
            return row.subSequence(from, to).toString();
        }
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

    /** @return the part of {@code span} from {@code offset}, {@code length} long; null when there is none */
    static SourceSpan span(SourceSpan span, int offset, int length) {
        if (span == null || length == 0) {
            return null;
        }
        return SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + offset, span.getInputIndex() + offset, length);
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
