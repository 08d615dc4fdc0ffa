package dev.roadmap.io.markdown.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document-level pre-pass: hides what a reader of the rendered page never sees, by replacing
 * it with spaces so that every remaining character keeps its line and column (diagnostics stay
 * located): YAML front matter (its {@code key: value} lines are kept aside), HTML comments
 * {@code <!-- -->}, {@code <head>} blocks and MDX {@code import}/{@code export} lines. Fenced code
 * blocks are left alone. One linear scan, no regular expressions.
 */
final class Preprocess {
    /** Longest front matter searched for its closing line. */
    static final int MAX_FRONT_MATTER_LINES = 500;

    /**
     * @param text        the text with hidden parts blanked
     * @param frontMatter the front matter's top-level {@code key: value} pairs, in order
     */
    record Prepared(String text, Map<String, String> frontMatter) {
    }

    private Preprocess() {
    }

    static Prepared run(String text) {
        return hidesNothing(text) ? new Prepared(text, Map.of()) : scan(text);
    }

    /** The scan itself, for any text (what {@link #run} does when something may be hidden). */
    static Prepared scan(String text) {
        char[] out = text.toCharArray();
        Map<String, String> front = frontMatter(text, out);
        int i = 0;
        int n = out.length;
        boolean lineStart = true;
        int ticks = 0;
        String fence = null;
        while (i < n) {
            if (lineStart) {
                int end = lineEnd(text, i);
                String line = text.substring(i, end);
                String marker = fenceMarker(line);
                if (fence != null) {
                    if (marker != null && marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()
                            && line.strip().length() == marker.length()) {
                        fence = null;
                    }
                    i = end;
                    lineStart = false;
                    continue;
                }
                if (marker != null) {
                    fence = marker;
                    i = end;
                    lineStart = false;
                    continue;
                }
                if (isMdxLine(line)) {
                    blank(out, i, end);
                    i = end;
                    lineStart = false;
                    continue;
                }
                String lead = line.stripLeading();
                if (lead.startsWith("<") && lead.toLowerCase(java.util.Locale.ROOT).startsWith("<head")
                        && (line.stripLeading().length() == 5 || "> \t".indexOf(line.stripLeading().charAt(5)) >= 0)) {
                    int close = indexOfIgnoreCase(text, "</head>", i);
                    int stop = close < 0 ? n : close + "</head>".length();
                    blank(out, i, stop);
                    i = stop;
                    lineStart = false;
                    continue;
                }
            }
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
                ticks = 0;
                i++;
                continue;
            }
            lineStart = false;
            ticks += c == '`' ? 1 : 0;
            if (c == '<' && ticks % 2 == 0 && text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                int stop = close < 0 ? n : close + 3;
                blank(out, i, stop);
                i = stop;
                continue;
            }
            i++;
        }
        return new Prepared(new String(out), front);
    }

    /**
     * Whether the scan below could blank nothing: no front matter opens the text, and nothing it
     * hides can start, since every comment and {@code <head>} starts with "<" and every MDX line with
     * "import " or "export " (three searches of the whole text instead of a copy and a line-by-line scan).
     */
    private static boolean hidesNothing(String text) {
        return !text.substring(0, lineEnd(text, 0)).strip().equals("---") && text.indexOf('<') < 0
                && !text.contains("import ") && !text.contains("export ");
    }

    private static Map<String, String> frontMatter(String text, char[] out) {
        int first = lineEnd(text, 0);
        if (!text.substring(0, first).strip().equals("---")) {
            return Map.of();
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = Math.min(text.length(), first + 1);
        for (int count = 0; i < text.length() && count < MAX_FRONT_MATTER_LINES; count++) {
            int end = lineEnd(text, i);
            String line = text.substring(i, end);
            String t = line.strip();
            if (t.equals("---") || t.equals("...")) {
                blank(out, 0, end);
                return Collections.unmodifiableMap(pairs);
            }
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#') {
                pairs.putIfAbsent(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
            }
            i = end + 1;
        }
        return Map.of();   // no closing line: a thematic break, not front matter
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** An MDX module line: {@code import X from './x'}, {@code import './a.css'}, {@code export const ...}. */
    static boolean isMdxLine(String line) {
        if (line.startsWith("import ")) {
            String rest = line.substring(7).stripLeading();
            return rest.startsWith("'") || rest.startsWith("\"") || rest.startsWith("{")
                    || line.contains(" from '") || line.contains(" from \"");
        }
        if (line.startsWith("export ")) {
            String rest = line.substring(7).stripLeading();
            return rest.startsWith("const ") || rest.startsWith("default ") || rest.startsWith("function ")
                    || rest.startsWith("let ") || rest.startsWith("{");
        }
        return false;
    }

    /** @return "```" or "~~~~" when the line opens or closes a fenced code block (indented at most 3 spaces) */
    private static String fenceMarker(String line) {
        int s = 0;
        while (s < line.length() && s < 4 && line.charAt(s) == ' ') {
            s++;
        }
        if (s > 3 || s >= line.length() || line.charAt(s) != '`' && line.charAt(s) != '~') {
            return null;
        }
        char f = line.charAt(s);
        int e = s;
        while (e < line.length() && line.charAt(e) == f) {
            e++;
        }
        return e - s >= 3 ? line.substring(s, e) : null;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        int n = needle.length();
        for (int i = from; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int e = text.indexOf('\n', from);
        return e < 0 ? text.length() : e;
    }

    /** Replaces every character but line breaks by a space. */
    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) {
            if (out[k] != '\n' && out[k] != '\r') {
                out[k] = ' ';
            }
        }
    }
}
