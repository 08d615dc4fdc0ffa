package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Resource;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Reads the title cell of a table row (the leading bold text or link is the title, other links
 * such as "([alternative](url))" are resources, remaining prose the description) and the links
 * of link and reading columns.
 */
final class TableTitles {
    private TableTitles() {
    }

    /**
     * @param cellText the cell's text as the table reader made it (each line collapsed, empty lines
     *                 dropped); without a line break it is what the title is made of when nothing
     *                 leads the cell (the whole text collapsed), and it is taken as it is
     */
    static void read(Node cell, Draft d, String cellText) {
        Node lead = Inlines.leading(cell);
        if (lead == null) {
            d.title = cellText.indexOf('\n') < 0 ? cellText : Texts.collapse(Inlines.text(cell));
            return;
        }
        d.title = Texts.collapse(Inlines.text(lead));
        if (lead instanceof Link link) {
            d.resources.add(Resource.of(d.title.isEmpty() ? link.getDestination() : d.title, link.getDestination()));
        }
        StringBuilder rest = new StringBuilder();
        for (Node c = lead.getNext(); c != null; c = c.getNext()) {
            if (c instanceof Link link) {
                String text = Texts.collapse(Inlines.text(link));
                d.resources.add(Resource.of(text.isEmpty() ? link.getDestination() : text, link.getDestination()));
            } else if (!(c instanceof Image)) {
                rest.append(plain(c));
            }
        }
        String r = Texts.trimLeading(Texts.collapse(rest.toString()));
        if (hasLetterOrDigit(r)) {
            d.description = TableReader.join(r, d.description);
        }
        if (d.title.isEmpty()) {
            d.title = Texts.collapse(Inlines.text(cell));
        }
    }

    /** Links of a link or reading column become resources: titled by their text, or by the header for icons. */
    static void links(Node cell, String header, Draft d) {
        for (Inlines.FoundLink l : Inlines.links(cell)) {
            String text = Texts.stripSymbols(l.title());
            String title = !hasLetterOrDigit(text) ? header
                    : header.isBlank() || text.length() > 24 ? text : header + ": " + text;
            d.resources.add(Resource.of(title.isBlank() ? l.url() : title, l.url()));
        }
    }

    /** @return whether the cell holds links or images and nothing else but punctuation and spaces */
    static boolean linksOnly(Node cell) {
        int links = 0;
        for (Node c = cell.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link || c instanceof Image) {
                links++;
            } else if (c instanceof Text t) {
                if (hasLetterOrDigit(t.getLiteral())) {
                    return false;
                }
            } else if (!(c instanceof HtmlInline || c instanceof SoftLineBreak || c instanceof HardLineBreak)) {
                return false;
            }
        }
        return links > 0;
    }

    private static String plain(Node inline) {
        if (inline instanceof Text t) {
            return t.getLiteral();
        }
        if (inline instanceof Code code) {
            return code.getLiteral();
        }
        if (inline instanceof HtmlInline || inline instanceof SoftLineBreak || inline instanceof HardLineBreak) {
            return " ";
        }
        return Inlines.text(inline);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
