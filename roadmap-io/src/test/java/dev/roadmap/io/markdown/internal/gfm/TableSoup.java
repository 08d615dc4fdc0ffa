package dev.roadmap.io.markdown.internal.gfm;

import java.util.Random;

/**
 * Seeded random documents of table-ish lines: header and body rows with and without outer pipes,
 * delimiter rows of every shape (valid and broken: colons, missing dashes, double pipes, text, no
 * pipe), cells plain or with inline markup (escaped pipes and backslashes, code spans holding pipes,
 * emphasis, links, images, entities, HTML, autolinks, brackets), empty and blank cells, leading and
 * trailing spaces and tabs, non-ASCII text, and other blocks between them (headings, lists, quotes,
 * fences, indented code, thematic breaks, HTML, link reference definitions, blank lines, lone pipes);
 * lines nested in quotes and list items, and lazily continued.
 */
final class TableSoup {
    private static final String[] PLAIN = {"a", "Skill", "SQL basics", "2-4h", "x y z", "学习", "Ünïcode", "İ", "🔥 Hot", "é",
        "1.", "#3", "-", "n/a", "a|b", "(x)", "{y}", "$5", "%", "^", "~", "~~s~~", "a=b", "?", "\"q\"", "'s'", "+", "@", ":", ";",
        "/path", "\u00A0nb", "\u000Bvt", "\u000Cff", "\u2028ls", "\u0085nel", "\uFFFD"};
    private static final String[] MARKUP = {"\\|", "\\\\|", "\\", "\\*", "\\\\", "`code`", "`a|b`", "`a\\|b`", "``x|`y``",
        "[link](https://x.org)", "[l|k](u)", "<https://x.org>", "![img](i.png)", "*em*", "_em_", "**b**", "__b__", "a_b", "2*3",
        "&amp;", "&#42;", "&nbsp;", "&bogus", "<br>", "<b>x</b>", "<!-- c -->", "[ref]", "[x]", "!", "]", "[", "![", "`", "&",
        "<", "*", "_", "\\`", "\\[", "a\\"};
    private static final String[] OTHER = {"", "", "", "# Heading", "## H | x", "- item", "- a | b", "* x", "1. one", "> quote",
        "> a | b", "```", "~~~", "    code | x", "---", "***", "===", "<div>", "</div>", "<!-- c -->", "[ref]: /url",
        "[ref]: /u \"t\"", "|", " | ", "||", "text", "lazy line", "a\\", "Setext", "- [ ] task | x", "\t|\t", "+ b"};
    private static final String[] PREFIX = {"", "", "", "", "", " ", "  ", "   ", "    ", "\t", "> ", ">", "- ", "  ", "> - ",
        "1. ", "   "};

    private TableSoup() {
    }

    static String document(Random r) {
        StringBuilder b = new StringBuilder();
        for (int l = 0, lines = 1 + r.nextInt(14); l < lines; l++) {
            String prefix = r.nextInt(3) == 0 ? PREFIX[r.nextInt(PREFIX.length)] : "";
            int columns = 1 + r.nextInt(4);
            switch (r.nextInt(8)) {
                case 0, 1 -> b.append(prefix).append(row(r, columns));
                case 2 -> b.append(prefix).append(delimiterRow(r, columns));
                case 3, 4 -> table(r, b, prefix, columns);
                case 5 -> b.append(prefix).append(OTHER[r.nextInt(OTHER.length)]);
                default -> b.append(r.nextBoolean() ? prefix : "").append(row(r, columns + r.nextInt(3) - 1));
            }
            b.append(r.nextInt(25) == 0 ? "\r\n" : "\n");
        }
        return b.toString();
    }

    /** Sometimes a blank line, then a header, a delimiter row and up to four rows, each line sometimes without the prefix (lazily). */
    private static void table(Random r, StringBuilder b, String prefix, int columns) {
        b.append(r.nextBoolean() ? "\n" : "").append(prefix).append(row(r, columns)).append('\n').append(prefix).append(delimiterRow(r, columns));
        for (int k = 0, rows = r.nextInt(5); k < rows; k++) {
            b.append('\n').append(r.nextInt(8) == 0 ? "" : prefix).append(row(r, columns + (r.nextInt(4) == 0 ? r.nextInt(3) - 1 : 0)));
        }
    }

    static String row(Random r, int columns) {
        boolean lead = r.nextInt(3) != 0;
        boolean trail = r.nextInt(3) != 0;
        StringBuilder b = new StringBuilder(lead ? "|" : "");
        for (int c = 0; c < Math.max(columns, 1); c++) {
            if (c > 0) {
                b.append('|');
            }
            b.append(cell(r));
        }
        if (trail) {
            b.append('|');
        }
        return b.append(r.nextInt(6) == 0 ? spaces(r) : "").toString();
    }

    static String cell(Random r) {
        if (r.nextInt(10) == 0) {
            return r.nextBoolean() ? "" : spaces(r);
        }
        StringBuilder b = new StringBuilder(r.nextBoolean() ? spaces(r) : "");
        for (int k = 0, parts = 1 + r.nextInt(3); k < parts; k++) {
            if (k > 0 && r.nextBoolean()) {
                b.append(r.nextInt(5) == 0 ? "\t" : " ");
            }
            b.append(r.nextInt(3) == 0 ? MARKUP[r.nextInt(MARKUP.length)] : PLAIN[r.nextInt(PLAIN.length)]);
        }
        return b.append(r.nextBoolean() ? spaces(r) : "").toString();
    }

    static String delimiterRow(Random r, int columns) {
        boolean lead = r.nextInt(3) != 0;
        boolean trail = r.nextInt(3) != 0;
        StringBuilder b = new StringBuilder(lead ? "|" : "");
        for (int c = 0; c < Math.max(columns + (r.nextInt(5) == 0 ? r.nextInt(3) - 1 : 0), 1); c++) {
            if (c > 0) {
                b.append(r.nextInt(30) == 0 ? "||" : r.nextInt(40) == 0 ? "" : "|");
            }
            b.append(r.nextInt(4) == 0 ? spaces(r) : "");
            b.append(r.nextInt(3) == 0 ? ":" : "").append("-".repeat(r.nextInt(25) == 0 ? 0 : 1 + r.nextInt(4)));
            b.append(r.nextInt(3) == 0 ? ":" : "").append(r.nextInt(30) == 0 ? "x" : r.nextInt(30) == 0 ? ":" : "");
            b.append(r.nextInt(4) == 0 ? spaces(r) : "");
        }
        if (trail) {
            b.append('|');
        }
        return b.append(r.nextInt(6) == 0 ? spaces(r) : "").toString();
    }

    private static String spaces(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> " ";
            case 1 -> "  ";
            case 2 -> "\t";
            case 3 -> " \t ";
            default -> "    ";
        };
    }
}
