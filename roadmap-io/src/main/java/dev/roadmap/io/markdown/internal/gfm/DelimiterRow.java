package dev.roadmap.io.markdown.internal.gfm;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;

/**
 * The delimiter row under a table's header (GFM spec, "Tables (extension)"), read as commonmark-java
 * 0.24's table parser reads it: cells of an optional colon, one dash or more and an optional colon,
 * separated by pipes, with spaces and tabs anywhere between them; at least one pipe; no two pipes
 * without a cell between them; no two cells without a pipe between them; nothing else on the line.
 * A column's width counts its dashes and colons.
 */
final class DelimiterRow {
    /** One column: its alignment (null when none is asked for) and width. */
    record Column(TableCell.Alignment alignment, int width) {
    }

    private DelimiterRow() {
    }

    /**
     * @param line the line
     * @param from where the row starts in it
     * @return the columns, or null when the rest of the line is no delimiter row (an empty list for a row of one pipe)
     */
    static List<Column> columns(CharSequence line, int from) {
        List<Column> columns = new ArrayList<>();
        boolean sawPipe = false;
        boolean pipeSinceCell = false;
        int i = from;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '|') {
                if (pipeSinceCell) {
                    return null;
                }
                pipeSinceCell = true;
                sawPipe = true;
                i++;
            } else if (c == '-' || c == ':') {
                if (!pipeSinceCell && !columns.isEmpty()) {
                    return null;
                }
                int end = cellEnd(line, i);
                if (end < 0) {
                    return null;
                }
                columns.add(new Column(alignment(c == ':', line.charAt(end - 1) == ':'), end - i));
                pipeSinceCell = false;
                i = end;
            } else {
                return null;
            }
        }
        return sawPipe ? columns : null;
    }

    /** @return the end of the delimiter cell at {@code start} ({@code :?-+:?}), or -1 when it has no dash */
    private static int cellEnd(CharSequence line, int start) {
        int n = line.length();
        int i = line.charAt(start) == ':' ? start + 1 : start;
        int dashes = i;
        while (i < n && line.charAt(i) == '-') {
            i++;
        }
        if (i == dashes) {
            return -1;
        }
        return i < n && line.charAt(i) == ':' ? i + 1 : i;
    }

    private static TableCell.Alignment alignment(boolean left, boolean right) {
        if (left) {
            return right ? TableCell.Alignment.CENTER : TableCell.Alignment.LEFT;
        }
        return right ? TableCell.Alignment.RIGHT : null;
    }
}
