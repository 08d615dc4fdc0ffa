package dev.roadmap.io.markdown.internal;

import java.util.Random;

/**
 * Seeded random Markdown for equivalence tests: headings, paragraphs of several lines, nested and
 * ordered lists with task boxes written in every way the task-list pattern and its near misses
 * allow, quotes, GFM tables (also right under a paragraph line), HTML tables, code, setext headings,
 * comments, and phrases of the conventions (efforts, labels, option markers, optional and pace
 * phrases) in upper, lower and mixed case, with inline markup between their letters.
 */
final class RandomMarkdown {
    private static final String[] PIECES = {"Python", "basics", "SQL", "(optional)", "Total: 12 weeks", "TOTAL 3 Months",
        "Option A:", "Path B", "Choose One", "Prerequisites: Python, SQL", "**Bold**:", "`code`", "[link](https://x.org)",
        "![img](i.png)", "&amp;", "T&#111;tal: 2 years", "2-4h", "(3 weeks)", "Day 3", "Вариант Б", "(2 недели)", "Всего: 3 месяца",
        "每天 2 小时", "总时长 6 个月", "instead of 2-3", "Everything below this point is optional", "*em*", "<br>", "\\*",
        "Overall 6 months", "Pace: 10 hours per week", "Resources:", "Projects:", "Project 1: App", "Description: x", "选修",
        "tot**al** 3 months", "dur_ation_ 4 weeks", "time line", "[ref]", "[x]", "[ ]", "sample projects", "Electives"};
    private static final String[] BOXES = {"[x] ", "[ ] ", "[X]  ", "[\t] ", "[x]", "[y] ", "[ x] ", "[x]\t", "[]"};

    private RandomMarkdown() {
    }

    static String document(Random r) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, blocks = 1 + r.nextInt(20); k < blocks; k++) {
            block(r, b);
        }
        if (r.nextInt(4) == 0) {
            b.append("[ref]: https://example.org/ref\n");
        }
        return b.toString();
    }

    private static void block(Random r, StringBuilder b) {
        switch (r.nextInt(13)) {
            case 0 -> b.append("#".repeat(1 + r.nextInt(4))).append(' ').append(words(r, 1 + r.nextInt(4))).append("\n\n");
            case 1 -> b.append(words(r, 1 + r.nextInt(8))).append("\n\n");
            case 2 -> lines(r, b, 1 + r.nextInt(5), "");
            case 3, 4 -> list(r, b, "");
            case 5 -> {
                b.append("> ").append(words(r, 2)).append('\n');
                list(r, b, "> ");
            }
            case 6 -> {
                if (r.nextBoolean()) {
                    b.append(words(r, 2)).append('\n');   // a table right under a paragraph line
                }
                int columns = 2 + r.nextInt(3);
                b.append('|').append(" Skill | Hours |".repeat(columns / 2)).append(columns % 2 == 1 ? " Notes |" : "").append('\n');
                b.append('|').append("---|".repeat(columns)).append('\n');
                for (int row = 0, rows = 1 + r.nextInt(4); row < rows; row++) {
                    b.append('|');
                    for (int c = 0; c < columns; c++) {
                        b.append(' ').append(words(r, 1)).append(" |");
                    }
                    b.append('\n');
                }
                b.append('\n');
            }
            case 7 -> b.append("<table><tr><th>Skill</th><th>Time</th></tr><tr><td>Go</td><td>2 weeks</td></tr></table>\n\n");
            case 8 -> b.append("```\n").append(words(r, 3)).append("\n```\n\n");
            case 9 -> b.append(words(r, 2)).append('\n').append(r.nextBoolean() ? "===" : "---").append("\n\n");
            case 10 -> b.append("<!-- ").append(words(r, 2)).append(" -->\n\n");
            case 11 -> b.append("* ").append(words(r, 2)).append(" (").append(1 + r.nextInt(5)).append(" weeks)\n  * ")
                    .append(words(r, 2)).append("\n\n");
            default -> b.append("- ").append(BOXES[r.nextInt(BOXES.length)]).append(words(r, 2)).append("\n  - ")
                    .append(BOXES[r.nextInt(BOXES.length)]).append(words(r, 2)).append("\n    continued ").append(words(r, 1)).append("\n\n");
        }
    }

    private static void lines(Random r, StringBuilder b, int count, String prefix) {
        for (int i = 0; i < count; i++) {
            b.append(prefix).append(words(r, 1 + r.nextInt(4))).append('\n');
        }
        b.append('\n');
    }

    private static void list(Random r, StringBuilder b, String prefix) {
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            b.append(prefix).append("  ".repeat(r.nextInt(3))).append(r.nextBoolean() ? "- " : (i + 1) + ". ");
            if (r.nextInt(3) == 0) {
                b.append(BOXES[r.nextInt(BOXES.length)]);
            }
            b.append(words(r, 1 + r.nextInt(4))).append('\n');
        }
        b.append('\n');
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? " " : "").append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
