package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.markdown.internal.gfm.InlineStarts;
import dev.roadmap.io.table.internal.Collapsing;
import org.commonmark.node.SourceSpan;

/**
 * Reads the cells of a table's body row from the text the parser read, where that gives what the
 * cell's inline nodes give, so the reader does not touch the nodes of plain cells: a table row of
 * the document's top level (its source span starts at column 0, so the row's content is the whole
 * line) is cut into cells as the GFM table parser cuts it (unescaped pipes; outer pipes and the
 * spaces and tabs around each cell's content dropped). A cell is plain when its content holds no
 * character the inline parser treats specially (backslash, backtick, {@code &}, {@code <},
 * {@code *}, {@code _}, {@code !}, brackets, NUL): the parser makes it one text node with the
 * content as its literal, or nothing when it is empty. Of a plain cell the table reader needs its
 * text (the content collapsed) and its position (the start of the cell, padding included); every
 * other cell is read from its node.
 */
final class TableSourceRows {
    private TableSourceRows() {
    }

    /**
     * @param text the text the parser read
     * @param span the row's source span
     * @return whether the row's content is {@code text} over the span: the span covers a whole line
     *         from column 0 (a row of the top level, whose line the parser takes whole)
     */
    static boolean readable(String text, SourceSpan span) {
        int from = span.getInputIndex();
        int end = from + span.getLength();
        return span.getColumnIndex() == 0 && from > 0 && end <= text.length() && isBreak(text.charAt(from - 1))
                && (end == text.length() || isBreak(text.charAt(end)));
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * Cuts a top-level row into at most {@code columns} cells, as the table parser does.
     *
     * @param text    the text the parser read
     * @param span    the row's source span ({@link #readable})
     * @param columns the header's cell count
     * @param texts   receives each plain cell's text (collapsed), null for the others
     * @param columnAt receives each plain cell's 1-based column, or 0 when the cell has no source
     *                (a missing or empty cell: the row's position stands for it)
     */
    static void cut(String text, SourceSpan span, int columns, String[] texts, int[] columnAt) {
        int from = span.getInputIndex();
        int end = from + span.getLength();
        int nonSpace = skipSpaceTab(text, from, end);
        int cellStart = nonSpace;
        int cellEnd = end;
        if (nonSpace < end && text.charAt(nonSpace) == '|') {
            cellStart = nonSpace + 1;
            cellEnd = skipSpaceTabBackwards(text, end - 1, cellStart) + 1;
        }
        int cell = 0;
        boolean escaped = false;   // a backslash in the cell: its content is not the source (an escaped pipe loses it)
        int contentLength = 0;     // what the parser's buffer holds: the last cell is kept only when it is not empty
        for (int i = cellStart; i < cellEnd && cell < columns; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                escaped = true;
                i += i + 1 < cellEnd && text.charAt(i + 1) == '|' ? 1 : 0;
                contentLength++;
            } else if (c == '|') {
                put(text, cellStart, i, escaped, span, from, texts, columnAt, cell++);
                cellStart = i + 1;
                escaped = false;
                contentLength = 0;
            } else {
                contentLength++;
            }
        }
        if (contentLength > 0 && cell < columns) {
            put(text, cellStart, end, escaped, span, from, texts, columnAt, cell++);
        }
        for (; cell < columns; cell++) {
            texts[cell] = "";   // a missing cell: empty, without a source span
            columnAt[cell] = 0;
        }
    }

    private static void put(String text, int start, int end, boolean escaped, SourceSpan span, int from,
                            String[] texts, int[] columnAt, int cell) {
        columnAt[cell] = end > start ? span.getColumnIndex() + (start - from) + 1 : 0;
        if (escaped) {
            texts[cell] = null;
            return;
        }
        int s = skipSpaceTab(text, start, end);
        int e = skipSpaceTabBackwards(text, end - 1, s) + 1;
        for (int i = s; i < e; i++) {
            if (isSpecial(text.charAt(i))) {
                texts[cell] = null;
                return;
            }
        }
        texts[cell] = Collapsing.collapse(text, s, e);
    }

    /**
     * @return whether the parser may make more than text of the character in the source: where the
     *         inline parser stops a text run ({@link InlineStarts}), or NUL, which the parser replaces
     *         before it reads a line
     */
    static boolean isSpecial(char c) {
        return c == '\0' || InlineStarts.starts(c);
    }

    private static int skipSpaceTab(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** @return the index of the last character at or before {@code from}, down to {@code last}, that is no space or tab; else {@code last - 1} */
    private static int skipSpaceTabBackwards(String s, int from, int last) {
        int i = from;
        while (i >= last && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i--;
        }
        return i;
    }
}
