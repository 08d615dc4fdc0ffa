package dev.roadmap.io.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Reads the text of CommonMark inline content: plain text, the leading bold part, links. */
final class Inlines {
    private Inlines() {
    }

    /** A link found in inline content. */
    record FoundLink(String title, String url) {
    }

    /** @return the plain text of a node's inline content; line breaks and {@code <br>} become "\n" */
    static String text(Node node) {
        Node only = node.getFirstChild();
        if (only instanceof Text t && only.getNext() == null) {
            return t.getLiteral();   // the common case, a single run of text, needs no copy
        }
        StringBuilder b = new StringBuilder();
        append(node, b);
        return b.toString();
    }

    /** @return like {@link #text}, without the text of links (titles of articles, not the author's own words) */
    static String textWithoutLinks(Node node) {
        Node only = node.getFirstChild();
        if (only instanceof Text t && only.getNext() == null) {
            return t.getLiteral();
        }
        StringBuilder b = new StringBuilder();
        append(node, b, false);
        return b.toString();
    }

    private static void append(Node node, StringBuilder b) {
        append(node, b, true);
    }

    private static void append(Node node, StringBuilder b, boolean links) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (!links && c instanceof Link) {
                b.append(' ');
            } else if (c instanceof Text t) {
                b.append(t.getLiteral());
            } else if (c instanceof Code code) {
                b.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                b.append('\n');
            } else if (c instanceof HtmlInline h) {
                String lit = h.getLiteral().toLowerCase(Locale.ROOT).replace(" ", "");
                if (lit.startsWith("<br")) {
                    b.append('\n');
                }
            } else if (c instanceof Image) {
                continue;
            } else if (!(c instanceof org.commonmark.node.Block)) {
                append(c, b, links);
            }
        }
    }

    /**
     * @param node inline container (paragraph, heading, table cell)
     * @return the first bold or link child when only decoration precedes it
     */
    static Node leading(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof StrongEmphasis || c instanceof Link) {
                return c;
            }
            if (c instanceof Text t && Texts.isAllSymbols(t.getLiteral())) {
                continue;
            }
            if (c instanceof TaskListItemMarker) {
                continue;
            }
            return null;
        }
        return null;
    }

    /** @return the plain text of the siblings after {@code node} */
    static String textAfter(Node node) {
        StringBuilder b = new StringBuilder();
        for (Node c = node.getNext(); c != null; c = c.getNext()) {
            b.append(single(c));
        }
        return b.toString();
    }

    private static String single(Node c) {
        if (c instanceof Text t) {
            return t.getLiteral();
        }
        if (c instanceof Code code) {
            return code.getLiteral();
        }
        if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
            return "\n";
        }
        if (c instanceof HtmlInline h) {
            return h.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br") ? "\n" : "";
        }
        return text(c);
    }

    /** @return every link in the node's inline content, in order */
    static List<FoundLink> links(Node node) {
        List<FoundLink> out = new ArrayList<>();
        collectLinks(node, out);
        return out;
    }

    private static void collectLinks(Node node, List<FoundLink> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l) {
                out.add(new FoundLink(Texts.collapse(text(l)), l.getDestination()));
            } else if (!(c instanceof org.commonmark.node.Block)) {
                collectLinks(c, out);
            }
        }
    }

    /** @return whether the inline content is a single link, with at most decoration around it */
    static boolean isOnlyLink(Node node) {
        int links = 0;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link) {
                links++;
            } else if (c instanceof Text t) {
                String rest = Texts.trimSeparators(Texts.stripSymbols(t.getLiteral()));
                if (!rest.isEmpty() && links == 0) {
                    return false;
                }
            } else if (!(c instanceof TaskListItemMarker) && !(c instanceof SoftLineBreak)) {
                return false;
            }
        }
        return links == 1;
    }

    /** @return the 1-based line and column of a node's first source span, or {@code fallback} */
    static int[] position(Node node, int[] fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return fallback;
        }
        SourceSpan s = spans.get(0);
        return new int[] {s.getLineIndex() + 1, s.getColumnIndex() + 1};
    }
}
