package dev.roadmap.io.markdown.internal.gfm;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * One table being parsed, and its nodes once it is closed: a head of one row (the header cells), and
 * a body (only when there are body rows) of one row per further line, each with exactly as many cells
 * as the header (missing ones empty, extra ones dropped). The table's source spans are one per line
 * (the delimiter row's included); the head, the header row and each body row take their line's, the
 * body all of its rows'. A line continues the table while it holds a pipe, unless the pipe comes
 * first and nothing but spaces and tabs follows it (that line ends the table and may not join it
 * lazily either).
 */
final class TableParser extends AbstractBlockParser {
    private final TableBlock block = new TableBlock();
    private final List<DelimiterRow.Column> columns;
    private final List<SourceLine> headerCells;
    /** The lines after the header: the delimiter row, then the body rows. */
    private final List<SourceLine> lines = new ArrayList<>();
    private boolean lazyLines = true;

    TableParser(List<DelimiterRow.Column> columns, List<SourceLine> headerCells) {
        this.columns = columns;
        this.headerCells = headerCells;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean canHaveLazyContinuationLines() {
        return lazyLines;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int from = state.getNextNonSpaceIndex();
        int n = line.length();
        int pipe = from;
        while (pipe < n && line.charAt(pipe) != '|') {
            pipe++;
        }
        if (pipe == n) {
            return BlockContinue.none();
        }
        if (pipe == from && RowCells.skipSpaceTab(line, pipe + 1, n) == n) {
            lazyLines = false;
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        lines.add(line);
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        List<SourceSpan> spans = block.getSourceSpans();
        TableHead head = new TableHead();
        TableRow headerRow = new TableRow();
        if (!spans.isEmpty()) {
            head.addSourceSpan(spans.get(0));
            headerRow.addSourceSpan(spans.get(0));
        }
        block.appendChild(head);
        head.appendChild(headerRow);
        int width = headerCells.size();
        for (int c = 0; c < width; c++) {
            headerRow.appendChild(cell(headerCells.get(c), c, true, inlineParser));
        }
        TableBody body = null;
        for (int l = 1; l < lines.size(); l++) {
            SourceSpan span = l + 1 < spans.size() ? spans.get(l + 1) : null;
            List<SourceLine> cells = RowCells.split(lines.get(l));
            TableRow row = new TableRow();
            if (span != null) {
                row.addSourceSpan(span);
            }
            for (int c = 0; c < width; c++) {
                row.appendChild(cell(c < cells.size() ? cells.get(c) : null, c, false, inlineParser));
            }
            if (body == null) {
                body = new TableBody();
                block.appendChild(body);
            }
            body.appendChild(row);
            body.addSourceSpan(span);   // as the extension does, even when the row has none
        }
    }

    /** A cell of column {@code c}: the inline parser runs only on a text that may hold inline markup. */
    private TableCell cell(SourceLine cell, int c, boolean header, InlineParser inlineParser) {
        TableCell node = new TableCell();
        node.setHeader(header);
        if (c < columns.size()) {
            node.setAlignment(columns.get(c).alignment());
            node.setWidth(columns.get(c).width());
        }
        if (cell == null) {
            return node;
        }
        if (cell.getSourceSpan() != null) {
            node.addSourceSpan(cell.getSourceSpan());
        }
        String text = cell.getContent().toString();
        int from = RowCells.skipSpaceTab(text, 0, text.length());
        int to = text.length();
        while (to > from && RowCells.isSpaceTab(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return node;
        }
        String inner = text.substring(from, to);
        SourceSpan span = RowCells.span(cell.getSourceSpan(), from, to - from);
        if (InlineStarts.plain(inner)) {
            Text plain = new Text(inner);
            if (span != null) {
                plain.addSourceSpan(span);
            }
            node.appendChild(plain);
        } else {
            inlineParser.parse(SourceLines.of(SourceLine.of(inner, span)), node);
        }
        return node;
    }
}
