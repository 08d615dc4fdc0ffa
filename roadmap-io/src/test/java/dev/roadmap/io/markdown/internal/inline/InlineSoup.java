package dev.roadmap.io.markdown.internal.inline;

import java.util.Random;

/**
 * Seeded random Markdown documents for the inline parser: paragraphs of one to four lines (with trailing
 * spaces and tabs, indented continuation lines) and headings of every kind (ATX with and without closing
 * sequence, empty, setext of one to three lines), mostly plain text, often with a task marker of any
 * shape in front or a piece of inline syntax (escapes, entities, code spans, emphasis, links, images,
 * autolinks, raw HTML, brackets), around link reference definitions with the labels of the markers,
 * lists, block quotes, code blocks and HTML blocks; non-ASCII, NUL, and LF, CRLF or CR line endings.
 */
final class InlineSoup {
    private static final String[] WORDS = {
        "Skill", "12", "(3-9", "hours)", "Prerequisites:", "skill-3,", "skill-7", "Topic", "of", "x", "X", "a",
        "é", "学习", "\uD83D\uDE00", "\u00A0", "\u2003", "(", ")", ":", "'", "\"", "#", "=", "-", "|", "~", "+", "1.",
        "%", "$", "{", "}", "@", "^", "/", "?", ";", ",", ".", "\uFFFD", "\u0000",
    };
    private static final String[] MARKUP = {
        "\\", "\\*", "\\[", "&amp;", "&#35;", "&#x41;", "&bogus;", "&", "`code`", "``", "`", "*em*", "_em_",
        "**strong**", "a*b", "*", "_", "__x__", "[link](/url \"t\")", "[ref]", "[x]", "[ ]", "[X]", "[x][]", "[ ][x]",
        "<http://a.b/c>", "<a@b.c>", "<span>", "</span>", "<!-- c -->", "<", "!", "![img](/i.png)", "![x]", "]", "[",
        "[x](/u)", "[Reading 12](https://example.org/r/12)",
    };
    private static final String[] MARKERS = {
        "[ ] ", "[x] ", "[X] ", "[ ]", "[x]", "[X]", "[x](", "[x](/u) ", "[x]: ", "[x][", "[x][] ", "[ x] ", "[xx] ",
        "[x]\t", "[ ]  ", "[x]*", "[X]!", "[x]]", "[x]:", "[ ](", "[x](  ", "[x]\\", "[X][X] ",
    };
    private static final String[] DEFINITIONS = {
        "[x]: /url", "[X]: /u 't'", "[ ]: /u", "[x]:", "[ref]: /r \"title\"", "[X]:\n/next", "[x]: <> ", "[ x ]: /y",
    };
    private static final String[] LINK_TEXTS = {"Reading 12", " a ", "x", "X", " ", "a*b", "", "a`b", "é 学习", "a]b", "[x]", "a\\]"};
    private static final String[] DESTINATIONS = {
        "https://example.org/r/12", "/u", "/a(b)", "<x>", "/a\\b", "/a&amp;b", "/a b", "/é", "", "/u \"t\"", "/u 't'",
        "/u#frag?q=1;a=%20", "a]b", "a[b", "\u0001", "(", ")", "/u\t", "/*_!`", "'\"", "/u>", "<", "&",
    };
    private static final String[] TRAILING = {"", "", "", " ", "  ", "\t", " \t ", "   ", "\t ", " \t"};

    private InlineSoup() {
    }

    static String document(Random random) {
        String newline = random.nextInt(6) == 0 ? "\r\n" : random.nextInt(8) == 0 ? "\r" : "\n";
        StringBuilder doc = new StringBuilder();
        int blocks = 1 + random.nextInt(7);
        for (int b = 0; b < blocks; b++) {
            block(random, doc);
            doc.append(random.nextInt(4) == 0 ? "\n" : "\n\n");
        }
        return doc.toString().replace("\n", newline);
    }

    private static void block(Random random, StringBuilder doc) {
        switch (random.nextInt(14)) {
            case 0, 1, 2, 3 -> paragraph(random, doc, "");
            case 4, 5 -> atx(random, doc);
            case 6 -> setext(random, doc);
            case 7 -> doc.append(DEFINITIONS[random.nextInt(DEFINITIONS.length)]);
            case 8, 9 -> list(random, doc);
            case 10 -> paragraph(random, doc, random.nextBoolean() ? "> " : ">");
            case 11 -> doc.append(random.nextBoolean() ? "```\n" + line(random) + "\n```" : "    " + line(random));
            case 12 -> doc.append(random.nextBoolean() ? "<div>\n" + line(random) + "\n</div>" : "***");
            default -> paragraph(random, doc, "  ".repeat(random.nextInt(3)));
        }
    }

    private static void paragraph(Random random, StringBuilder doc, String prefix) {
        int lines = 1 + random.nextInt(4);
        for (int l = 0; l < lines; l++) {
            if (l > 0) {
                doc.append('\n').append(random.nextInt(3) == 0 ? "" : prefix);
                doc.append(random.nextInt(5) == 0 ? random.nextBoolean() ? "   " : "\t" : "");
            } else {
                doc.append(prefix);
            }
            if (random.nextInt(5) == 0) {
                doc.append(link(random));
            } else {
                doc.append(l == 0 && random.nextInt(3) == 0 ? MARKERS[random.nextInt(MARKERS.length)] : "").append(line(random));
            }
            doc.append(TRAILING[random.nextInt(TRAILING.length)]);
        }
    }

    private static void atx(Random random, StringBuilder doc) {
        doc.append(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(4) : 0)).append("#".repeat(1 + random.nextInt(7)));
        switch (random.nextInt(8)) {
            case 0 -> doc.append(TRAILING[random.nextInt(TRAILING.length)]);
            case 1 -> doc.append(random.nextBoolean() ? "no space" : "\t" + line(random));
            default -> {
                doc.append(' ').append(random.nextInt(4) == 0 ? MARKERS[random.nextInt(MARKERS.length)] : "").append(line(random));
                doc.append(random.nextInt(3) == 0 ? " " + "#".repeat(random.nextInt(4)) : "").append(TRAILING[random.nextInt(TRAILING.length)]);
            }
        }
    }

    private static void setext(Random random, StringBuilder doc) {
        paragraph(random, doc, "");
        doc.append('\n').append(" ".repeat(random.nextInt(4))).append((random.nextBoolean() ? "=" : "-").repeat(1 + random.nextInt(4)));
        doc.append(TRAILING[random.nextInt(TRAILING.length)]);
    }

    private static void list(Random random, StringBuilder doc) {
        int items = 1 + random.nextInt(4);
        String[] bullets = {"- ", "* ", "+ ", "1. ", "2) ", "  - ", "-\t"};
        for (int i = 0; i < items; i++) {
            if (random.nextInt(3) == 0) {
                doc.append(bullets[random.nextInt(bullets.length)]).append(link(random));
            } else {
                paragraph(random, doc, bullets[random.nextInt(bullets.length)]);
            }
            doc.append('\n');
        }
    }

    /** @return an inline link, mostly of a plain text and a simple destination */
    private static String link(Random random) {
        String text = random.nextBoolean() ? "Reading " + random.nextInt(100) : LINK_TEXTS[random.nextInt(LINK_TEXTS.length)];
        String destination = random.nextBoolean() ? "https://example.org/r/" + random.nextInt(100)
                : DESTINATIONS[random.nextInt(DESTINATIONS.length)];
        return "[" + text + "](" + destination + ")" + (random.nextInt(6) == 0 ? WORDS[random.nextInt(WORDS.length)] : "");
    }

    /** @return one line: one to eight words, separated by one space mostly, sometimes by more or a tab */
    private static String line(Random random) {
        StringBuilder line = new StringBuilder();
        int words = 1 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                line.append(random.nextInt(8) == 0 ? random.nextBoolean() ? "  " : "\t" : " ");
            }
            line.append(random.nextInt(10) == 0 ? MARKUP[random.nextInt(MARKUP.length)] : WORDS[random.nextInt(WORDS.length)]);
        }
        return line.toString();
    }
}
