package dev.roadmap.io.markdown.internal;

import java.util.Random;

/**
 * Seeded random Markdown tables for the equivalence of reading cells from the source and from their
 * nodes: cells of words (ASCII, accented, CJK, dotted capital I), ids, efforts and "none" markers
 * mixed with escapes (also escaped pipes and backslashes), code spans with and without pipes, links,
 * autolinks, images, emphasis, entities, inline HTML and line breaks, comments, NUL, tabs, and
 * leading and trailing spaces; rows with and without outer pipes, ragged, with empty cells, indented,
 * inside quotes and list items (also lazily continued), CRLF and CR line ends, tables right under a
 * paragraph line, in a paragraph of several lines and as HTML; headers the column roles know.
 */
final class RandomTables {
    private static final String[] HEADERS = {"ID", "Skill", "Title", "Effort", "Duration", "Weekly load", "Prerequisites",
        "Requires", "Recommended", "Description", "Notes", "Link", "Resources", "Track", "Priority", "#", "Status", "Week"};
    private static final String[] WORDS = {"Python", "basics", "SQL", "skill-1", "skill-2", "Skill 3", "2-4h", "3 weeks",
        "6-10 hours/week", "-", "n/a", "?", "Low", "High", "done", "math", "1", "2.", "#3", "Day 4", "Week 2", "Total",
        "学习", "二周", "Ünïcode", "İstanbul", "a, b", "x; y", "A and B", "corequisite: SQL", "2024-01-02", "✅", "🔥 Hot"};
    private static final String[] MARKUP = {"\\|", "\\\\|", "\\", "\\*", "`code`", "`a|b`", "`a\\|b`", "[link](https://x.org)",
        "<https://x.org>", "![img](i.png)", "*em*", "_em_", "**bold**", "__b__", "&amp;", "&#42;", "&nbsp;", "<br>", "<BR />",
        "<b>x</b>", "<!-- c -->", "\u0000", "\t", "  ", "[ref]", "[x]", "!", "]", "~~s~~", "a_b", "2*3", "|", "||", " | "};

    private RandomTables() {
    }

    static String document(Random r) {
        StringBuilder b = new StringBuilder();
        String eol = r.nextInt(10) == 0 ? "\r\n" : r.nextInt(20) == 0 ? "\r" : "\n";
        if (r.nextInt(4) == 0) {
            b.append("# ").append(word(r)).append(eol).append(eol);
        }
        for (int t = 0, tables = 1 + r.nextInt(3); t < tables; t++) {
            table(r, b, eol);
            b.append(r.nextInt(5) == 0 ? "" : eol);
        }
        if (r.nextInt(6) == 0) {
            b.append("<table><tr><th>Skill</th><th>Time</th></tr><tr><td>Go</td><td>2 weeks</td></tr></table>").append(eol);
        }
        if (r.nextInt(4) == 0) {
            b.append("[ref]: https://example.org/ref").append(eol);
        }
        return b.toString();
    }

    private static void table(Random r, StringBuilder b, String eol) {
        int columns = 1 + r.nextInt(5);
        String prefix = switch (r.nextInt(8)) {
            case 0 -> "> ";
            case 1 -> "- ";
            case 2 -> " ".repeat(1 + r.nextInt(3));
            case 3 -> "\t";
            default -> "";
        };
        String rest = prefix.equals("- ") ? "  " : prefix.equals("\t") ? "" : prefix;
        if (r.nextInt(5) == 0) {
            b.append(prefix).append(word(r)).append(eol);   // a paragraph line right above: the table interrupts it
            prefix = rest;
            if (r.nextInt(3) == 0) {
                b.append(prefix).append(word(r)).append(eol);   // two lines: a long paragraph that holds the table
            }
        }
        boolean outer = r.nextInt(4) != 0;
        StringBuilder header = new StringBuilder(outer ? "|" : "");
        for (int c = 0; c < columns; c++) {
            header.append(' ').append(HEADERS[r.nextInt(HEADERS.length)]).append(c + 1 < columns || outer ? " |" : "");
        }
        b.append(prefix).append(header).append(eol);
        b.append(rest).append(outer ? "|" : "").append("---|".repeat(columns - 1)).append(outer ? "---|" : "---").append(eol);
        for (int row = 0, rows = 1 + r.nextInt(8); row < rows; row++) {
            String lead = r.nextInt(15) == 0 ? "" : rest;   // sometimes a lazy continuation line
            b.append(lead).append(row(r, columns, outer)).append(eol);
        }
    }

    private static String row(Random r, int columns, boolean outer) {
        int cells = r.nextInt(6) == 0 ? Math.max(1, columns + r.nextInt(3) - 1) : columns;
        boolean lead = outer ? r.nextInt(10) != 0 : r.nextInt(10) == 0;
        boolean trail = outer ? r.nextInt(10) != 0 : r.nextInt(10) == 0;
        StringBuilder b = new StringBuilder(lead ? "|" : "");
        for (int c = 0; c < cells; c++) {
            b.append(cell(r)).append(c + 1 < cells || trail ? "|" : "");
        }
        return b.append(r.nextInt(8) == 0 ? " \t " : "").toString();
    }

    private static String cell(Random r) {
        if (r.nextInt(12) == 0) {
            return r.nextBoolean() ? "" : "  ";
        }
        StringBuilder b = new StringBuilder(r.nextInt(3) == 0 ? "" : " ");
        for (int k = 0, parts = 1 + r.nextInt(3); k < parts; k++) {
            if (k > 0 && r.nextBoolean()) {
                b.append(' ');
            }
            b.append(r.nextInt(4) == 0 ? MARKUP[r.nextInt(MARKUP.length)] : word(r));
        }
        return b.append(r.nextInt(3) == 0 ? "" : r.nextInt(4) == 0 ? "   " : " ").toString();
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }
}
