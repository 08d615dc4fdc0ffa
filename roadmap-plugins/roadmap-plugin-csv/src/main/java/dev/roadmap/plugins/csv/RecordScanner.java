package dev.roadmap.plugins.csv;

import java.util.Arrays;

/**
 * Finds where the cells of one CSV record start, and where a malformed record goes wrong, in the
 * document text. Commons CSV parses the values but reports positions only per record; this scanner
 * follows the same RFC 4180 rules (a cell starting with a quote runs to the matching unescaped quote,
 * after which only blanks may precede the comma or line end; quotes elsewhere are literal) only to
 * name the line and column of a cell or an error.
 */
final class RecordScanner {

    /**
     * One scanned record.
     *
     * @param cellStarts  offset of the first character of each cell
     * @param end         offset just past the record's line break (or the end of the text)
     * @param errorOffset offset of the first malformed character, or -1
     * @param error       what is malformed, or empty
     */
    record Scan(int[] cellStarts, int end, int errorOffset, String error) {
    }

    private RecordScanner() {
    }

    static Scan scan(String text, int start) {
        int[] starts = new int[8];
        int cells = 0;
        int i = start;
        while (true) {
            if (cells == starts.length) {
                starts = Arrays.copyOf(starts, cells * 2);
            }
            starts[cells++] = i;
            if (i < text.length() && text.charAt(i) == '"') {
                int quote = i;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        return new Scan(Arrays.copyOf(starts, cells), i, quote,
                                "the quoted cell starting here has no closing quote");
                    }
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                while (i < text.length() && text.charAt(i) != ',' && !lineBreak(text.charAt(i))
                        && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < text.length() && text.charAt(i) != ',' && !lineBreak(text.charAt(i))) {
                    return new Scan(Arrays.copyOf(starts, cells), i, i,
                            "unexpected character after a closing quote (a quote inside a quoted cell is written twice)");
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && !lineBreak(text.charAt(i))) {
                    i++;
                }
            }
            if (i >= text.length()) {
                return new Scan(Arrays.copyOf(starts, cells), i, -1, "");
            }
            if (text.charAt(i) == ',') {
                i++;
                continue;
            }
            int end = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            return new Scan(Arrays.copyOf(starts, cells), end, -1, "");
        }
    }

    static boolean lineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
