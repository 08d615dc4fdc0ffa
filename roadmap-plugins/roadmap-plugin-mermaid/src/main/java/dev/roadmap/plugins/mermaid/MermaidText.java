package dev.roadmap.plugins.mermaid;

import java.util.List;
import java.util.Locale;

/**
 * Escapes user text for Mermaid. Mermaid decodes entity codes ({@code #quot;}, {@code #35;}) in the
 * whole diagram text before any diagram parser sees it, so writing every character that means
 * something to a parser as an entity code lets any title through unchanged: quotes, brackets,
 * {@code :}, {@code ;}, {@code #}, {@code %}, markup. Letters, digits, spaces and harmless punctuation
 * stay literal so the source remains readable; so do non-ASCII characters (CJK, emoji), except the four
 * that Mermaid itself uses as entity placeholders.
 */
final class MermaidText {
    /** ASCII punctuation no Mermaid lexer treats specially inside a label or task name. */
    private static final String SAFE_PUNCTUATION = ".,-_()!?/'+";

    /** The characters of Mermaid's internal entity placeholders ({@code ﬂ°°58¶ß}); literal ones would be decoded. */
    private static final String PLACEHOLDER_CHARS = "\uFB02\u00B0\u00B6\u00DF";

    /**
     * Words the Gantt lexer takes as statements when a task name starts with them (it is
     * case-insensitive and tries these rules before the task-name rule).
     */
    private static final List<String> GANTT_KEYWORDS = List.of("acctitle", "accdescr", "accdescription", "axisformat",
            "call", "click", "dateformat", "excludes", "gantt", "href", "inclusiveenddates", "includes", "section",
            "tickinterval", "title", "todaymarker", "topaxis", "weekday");

    private MermaidText() {
    }

    /**
     * @param text any text
     * @return the text for a quoted flowchart label ({@code ["..."]}); line breaks become {@code <br>}
     */
    static String label(String text) {
        return escape(text, "<br>");
    }

    /**
     * @param text any text
     * @return the text for a Gantt task name, section or title: no literal {@code :}, {@code #} or
     *         {@code ;}, on one line, and not starting with a word the Gantt lexer would take as a statement
     */
    static String gantt(String text) {
        String escaped = escape(text, " ").strip();
        String lower = escaped.toLowerCase(Locale.ROOT);
        boolean guard = !escaped.isEmpty() && (Character.isDigit(escaped.charAt(0))
                || GANTT_KEYWORDS.stream().anyMatch(lower::startsWith));
        if (guard) {
            // an entity code for the first character keeps the lexer from seeing a keyword or a date
            return "#" + (int) escaped.charAt(0) + ";" + escaped.substring(1);
        }
        return escaped;
    }

    private static String escape(String text, String lineBreak) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r' && next < text.length() && text.charAt(next) == '\n') {
                next++;
                b.append(lineBreak);
            } else if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                b.append(lineBreak);
            } else if (Character.isISOControl(cp)) {
                b.append(' ');
            } else if (cp == '"') {
                b.append("#quot;");
            } else if (cp < 0x80) {
                if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == ' '
                        || SAFE_PUNCTUATION.indexOf(cp) >= 0) {
                    b.append((char) cp);
                } else {
                    b.append('#').append(cp).append(';');
                }
            } else if (PLACEHOLDER_CHARS.indexOf(cp) >= 0) {
                b.append('#').append(cp).append(';');
            } else {
                b.appendCodePoint(cp);
            }
            i = next;
        }
        return b.toString();
    }

    /**
     * @param text any text
     * @return a YAML double-quoted scalar holding the text on one line (for the front matter title)
     */
    static String yamlQuoted(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
