package dev.roadmap.io.markdown.internal.gfm;

import java.util.List;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Starts a table where commonmark-java 0.24's table extension does: on a delimiter row (see
 * {@link DelimiterRow}) with one column or more, under a paragraph of exactly one line that holds a
 * pipe and has no more cells than the row has columns. The paragraph becomes the table's header.
 */
final class TableStart extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        List<SourceLine> paragraph = matchedBlockParser.getParagraphLines().getLines();
        if (paragraph.size() != 1 || !hasPipe(paragraph.get(0).getContent())) {
            return BlockStart.none();
        }
        List<DelimiterRow.Column> columns = DelimiterRow.columns(state.getLine().getContent(), state.getIndex());
        if (columns == null || columns.isEmpty()) {
            return BlockStart.none();
        }
        SourceLine header = paragraph.get(0);
        if (new RowCells().cut(header.getContent()).count() > columns.size()) {
            return BlockStart.none();
        }
        return BlockStart.of(new TableParser(columns, header)).atIndex(state.getIndex()).replaceActiveBlockParser();
    }

    private static boolean hasPipe(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }
}
