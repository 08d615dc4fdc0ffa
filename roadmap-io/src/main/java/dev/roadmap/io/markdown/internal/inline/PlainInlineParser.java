package dev.roadmap.io.markdown.internal.inline;

import dev.roadmap.io.markdown.internal.gfm.InlineStarts;
import java.util.List;
import org.commonmark.node.HardLineBreak;
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
 * bracket) or a link reference definition has that label. Any other content goes to commonmark's parser.
 */
final class PlainInlineParser implements InlineParser {
    private final InlineParserContext context;
    private final InlineParser commonmark;

    PlainInlineParser(InlineParserContext context, InlineParser commonmark) {
        this.context = context;
        this.commonmark = commonmark;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        List<SourceLine> all = lines.getLines();
        if (!plain(all)) {
            commonmark.parse(lines, block);
            return;
        }
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
        return context.getDefinition(LinkReferenceDefinition.class, String.valueOf(mark)) == null ? 3 : 0;
    }

    private static boolean plainFrom(CharSequence content, int from) {
        for (int i = from, n = content.length(); i < n; i++) {
            char c = content.charAt(i);
            if (c == '\0' || InlineStarts.starts(c)) {
                return false;
            }
        }
        return true;
    }
}
