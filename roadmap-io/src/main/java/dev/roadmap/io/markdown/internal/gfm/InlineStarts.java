package dev.roadmap.io.markdown.internal.gfm;

/**
 * The characters at which commonmark-java 0.24's inline parser ({@code InlineParserImpl}) stops a run
 * of plain text, for a parser without inline extensions: the link marker {@code !}, the brackets
 * {@code [ ]}, the line feed, the delimiters {@code * _} and the triggers of the built-in inline
 * content parsers: backslash (escapes, hard breaks), backtick (code spans), {@code &} (entities) and
 * {@code <} (autolinks, inline HTML). A text without any of them is parsed into exactly one
 * {@code Text} node holding the whole text (with its trailing spaces and tabs trimmed, and its whole
 * source span): the parser's text rule consumes its first character unconditionally and every
 * following one up to the next of these. GfmTablesTest checks every other UTF-16 code unit. The one
 * home of this set: the table reader's plain cells ({@code TableSourceRows}) and the importer's inline
 * parser ({@code inline.PlainInlineParser}) ask it too.
 */
public final class InlineStarts {
    /** Bits 0-63: line feed, {@code ! & * <}. */
    private static final long LOW = 1L << '\n' | 1L << '!' | 1L << '&' | 1L << '*' | 1L << '<';
    /** Bits 64-127, less 64: {@code [ \ ] _ `}. */
    private static final long HIGH = 1L << ('[' - 64) | 1L << ('\\' - 64) | 1L << (']' - 64) | 1L << ('_' - 64) | 1L << ('`' - 64);

    private InlineStarts() {
    }

    /** @return whether the inline parser stops a text run at {@code c} */
    public static boolean starts(char c) {
        return c < 64 ? (LOW >>> c & 1) != 0 : c < 128 && (HIGH >>> (c - 64) & 1) != 0;
    }
}
