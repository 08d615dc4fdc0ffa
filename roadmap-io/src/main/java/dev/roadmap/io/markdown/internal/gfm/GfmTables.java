package dev.roadmap.io.markdown.internal.gfm;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * GFM tables for a {@link Parser} whose inline syntax is commonmark's own (no extension adds inline
 * parsers, delimiters or link markers): the tree of commonmark-java 0.24's {@code TablesExtension}
 * (table block, head, body, rows, cells with header flag, alignment and width, the same source spans),
 * with the cells that hold no character of {@link InlineStarts} given their one text node directly
 * instead of a pass of the inline parser, which commonmark sets up anew for every cell.
 */
public final class GfmTables implements Parser.ParserExtension {
    private GfmTables() {
    }

    /** @return the extension, for {@link Parser.Builder#extensions} */
    public static Extension create() {
        return new GfmTables();
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new TableStart());
    }
}
