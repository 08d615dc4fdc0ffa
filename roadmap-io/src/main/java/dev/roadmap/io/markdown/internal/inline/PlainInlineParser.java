package dev.roadmap.io.markdown.internal.inline;

import dev.roadmap.io.markdown.internal.gfm.InlineStarts;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The inline parser of one document: a paragraph's or heading's content whose lines hold no character of
 * {@link InlineStarts} (nor NUL, the end mark of commonmark's scanner) gets the nodes commonmark-java
 * 0.24's {@code InlineParserImpl} would give it, without that parser's per-block set-up: per line one
 * {@link Text} with the line's whole source span, its trailing spaces trimmed (on the last line, spaces
 * and tabs), and between two lines a {@link HardLineBreak} after two or more trailing spaces, else a
 * {@link SoftLineBreak} (neither with a source span). The first line may start with a task marker
 * {@code [ ]}, {@code [x]} or {@code [X]}: commonmark turns it into text (three text nodes merged with
 * what follows into one, with one merged span) unless an inline link follows ({@code (} right after the
 * bracket) or a link reference definition has that label. A line that is one inline link with a plain
 * text and a simple destination ({@link #linkTextEnd}) gets its {@link Link} and text directly too. Any
 * other content goes to commonmark's parser.
 */
final class PlainInlineParser implements InlineParser {
    private final InlineParserContext context;
    private final InlineParser commonmark;
    /**
     * Per task mark {@code ' '}, {@code 'x'}, {@code 'X'}: 0 not asked yet, 1 a link reference definition
     * has it as label, 2 none has. The definitions are all known before the first block's inlines are
     * parsed and do not change, so the context is asked once per mark and document.
     */
    private final byte[] definedMarks = new byte[3];

    PlainInlineParser(InlineParserContext context, InlineParser commonmark) {
        this.context = context;
        this.commonmark = commonmark;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        List<SourceLine> all = lines.getLines();
        if (plain(all)) {
            appendText(all, block);
            return;
        }
        int close = all.size() == 1 ? linkTextEnd(all.get(0).getContent()) : -1;
        if (close > 0) {
            appendLink(all.get(0), close, block);
        } else {
            commonmark.parse(lines, block);
        }
    }

    private static void appendText(List<SourceLine> all, Node block) {
        int last = all.size() - 1;
        for (int l = 0; l <= last; l++) {
            SourceLine line = all.get(l);
            CharSequence content = line.getContent();
            int end = content.length();
            while (end > 0 && (content.charAt(end - 1) == ' ' || l == last && content.charAt(end - 1) == '\t')) {
                end--;
            }
            Text text = new Text(content.subSequence(0, end).toString());
            SourceSpan span = line.getSourceSpan();
            if (span != null) {
                text.setSourceSpans(List.of(span));
            }
            block.appendChild(text);
            if (l < last) {
                block.appendChild(content.length() - end >= 2 ? new HardLineBreak() : new SoftLineBreak());
            }
        }
    }

    /** The link of a line {@code [text](destination)}: its span the line's, its text's from after the bracket. */
    private static void appendLink(SourceLine line, int close, Node block) {
        CharSequence content = line.getContent();
        Link link = new Link(content.subSequence(close + 2, content.length() - 1).toString(), null);
        Text text = new Text(content.subSequence(1, close).toString());
        SourceSpan span = line.getSourceSpan();
        if (span != null) {
            link.setSourceSpans(List.of(span));
            text.setSourceSpans(List.of(span.subSpan(1, close)));
        }
        link.appendChild(text);
        block.appendChild(link);
    }

    /** @return whether every line is non-empty and plain (the first after a task marker that stays text) */
    boolean plain(List<SourceLine> lines) {
        for (int l = 0; l < lines.size(); l++) {
            CharSequence content = lines.get(l).getContent();
            if (content.length() == 0 || !plainFrom(content, l == 0 ? textMarkerEnd(content) : 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return 3 when the line starts with {@code [ ]}, {@code [x]} or {@code [X]} that commonmark's inline
     *         parser leaves as text (no {@code (} follows, no link reference definition has the label), else 0
     */
    private int textMarkerEnd(CharSequence content) {
        if (content.length() < 3 || content.charAt(0) != '[' || content.charAt(2) != ']') {
            return 0;
        }
        char mark = content.charAt(1);
        if (mark != ' ' && mark != 'x' && mark != 'X' || content.length() > 3 && content.charAt(3) == '(') {
            return 0;
        }
        return defined(mark) ? 0 : 3;
    }

    private boolean defined(char mark) {
        int m = mark == ' ' ? 0 : mark == 'x' ? 1 : 2;
        if (definedMarks[m] == 0) {
            definedMarks[m] = context.getDefinition(LinkReferenceDefinition.class, String.valueOf(mark)) == null ? (byte) 2 : 1;
        }
        return definedMarks[m] == 1;
    }

    /**
     * @return the index of the closing bracket when the whole line is an inline link {@code [text](destination)}
     *         whose text is plain and not empty and whose destination is not empty, has no {@code <} in front
     *         and only printable ASCII characters other than space, {@code \ ( ) < > & [ ]} (so commonmark
     *         takes it as it is: no escapes, entities, title or nested parentheses); else -1
     */
    static int linkTextEnd(CharSequence content) {
        int n = content.length();
        if (n < 5 || content.charAt(0) != '[' || content.charAt(n - 1) != ')') {
            return -1;
        }
        int close = plainEnd(content, 1);
        if (close == 1 || close == n || content.charAt(close) != ']' || content.charAt(close + 1) != '(' || close + 2 == n - 1) {
            return -1;
        }
        for (int i = close + 2; i < n - 1; i++) {
            char c = content.charAt(i);
            if (c <= ' ' || c >= 127 || "\\()<>&[]".indexOf(c) >= 0) {
                return -1;
            }
        }
        return close;
    }

    private static boolean plainFrom(CharSequence content, int from) {
        return plainEnd(content, from) == content.length();
    }

    /** @return the index of the first character at or after {@code from} that can start inline markup (or is NUL), else the length */
    private static int plainEnd(CharSequence content, int from) {
        int i = from;
        int n = content.length();
        while (i < n && content.charAt(i) != '\0' && !InlineStarts.starts(content.charAt(i))) {
            i++;
        }
        return i;
    }
}
