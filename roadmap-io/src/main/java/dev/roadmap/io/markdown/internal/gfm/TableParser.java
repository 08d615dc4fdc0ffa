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
    private final SourceLine header;
    /** The lines after the header: the delimiter row, then the body rows. */
    private final List<SourceLine> lines = new ArrayList<>();
    private boolean lazyLines = true;

    TableParser(List<DelimiterRow.Column> columns, SourceLine header) {
        this.columns = columns;
        this.header = header;
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
            head.setSourceSpans(List.of(spans.get(0)));
            headerRow.setSourceSpans(List.of(spans.get(0)));
        }
        block.appendChild(head);
        head.appendChild(headerRow);
        RowCells cells = new RowCells().cut(header.getContent());
        int width = cells.count();
        for (int c = 0; c < width; c++) {
            headerRow.appendChild(cell(header, cells, c, true, inlineParser));
        }
        TableBody body = null;
        for (int l = 1; l < lines.size(); l++) {
            SourceSpan span = l + 1 < spans.size() ? spans.get(l + 1) : null;
            SourceLine line = lines.get(l);
            cells.cut(line.getContent());
            TableRow row = new TableRow();
            if (span != null) {
                row.setSourceSpans(List.of(span));
            }
            for (int c = 0; c < width; c++) {
                row.appendChild(cell(line, cells, c, false, inlineParser));
            }
            if (body == null) {
                body = new TableBody();
                block.appendChild(body);
            }
            body.appendChild(row);
            body.addSourceSpan(span);   // as the extension does, even when the row has none
        }
    }

    /**
     * The cell of column {@code c} (empty when the row has fewer cells): the inline parser runs only on
     * a text that may hold inline markup.
     */
    private TableCell cell(SourceLine line, RowCells cells, int c, boolean header, InlineParser inlineParser) {
        TableCell node = new TableCell();
        node.setHeader(header);
        if (c < columns.size()) {
            node.setAlignment(columns.get(c).alignment());
            node.setWidth(columns.get(c).width());
        }
        if (c >= cells.count()) {
            return node;
        }
        SourceSpan lineSpan = line.getSourceSpan();
        int from = cells.from(c);
        SourceSpan cellSpan = RowCells.span(lineSpan, from, cells.spanEnd(c) - from);
        if (cellSpan != null) {
            node.setSourceSpans(List.of(cellSpan));
        }
        CharSequence row = line.getContent();
        CharSequence text = cells.escaped(c) ? cells.text(row, c) : row;
        int start = cells.escaped(c) ? 0 : from;
        int end = cells.escaped(c) ? text.length() : cells.to(c);
        start = RowCells.skipSpaceTab(text, start, end);
        while (end > start && RowCells.isSpaceTab(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return node;
        }
        String inner = text.subSequence(start, end).toString();
        int offset = cells.escaped(c) ? from + start : start;   // the extension counts the trimmed text's offsets in the unescaped text
        SourceSpan span = RowCells.span(lineSpan, offset, end - start);
        if (!cells.markup(c)) {   // trimming took spaces and tabs only: the inner text holds no markup either
            Text plain = new Text(inner);
            if (span != null) {
                plain.setSourceSpans(List.of(span));
            }
            node.appendChild(plain);
        } else {
            inlineParser.parse(SourceLines.of(SourceLine.of(inner, span)), node);
        }
        return node;
    }
}
