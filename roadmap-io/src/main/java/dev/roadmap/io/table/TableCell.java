package dev.roadmap.io.table;

import java.util.Objects;

/**
 * A table cell as the column-role decision sees it.
 *
 * @param text     the cell's plain text (markup removed; a link's text kept)
 * @param linkOnly whether the cell holds nothing but links or images (or a bare URL)
 */
public record TableCell(String text, boolean linkOnly) {
    /**
     * Checks the components.
     * @param text     the cell's plain text
     * @param linkOnly whether the cell holds only links
     */
    public TableCell {
        Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * @param text a plain-text cell (CSV); a bare http(s) URL counts as a link
     * @return the cell
     */
    public static TableCell of(String text) {
        String t = text.strip();
        boolean url = (t.startsWith("http://") || t.startsWith("https://")) && t.indexOf(' ') < 0;
        return new TableCell(text, url);
    }
}
