package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;

/**
 * Refuses text whose block containers would nest deeper than {@link ReadLimits#maxNestingDepth()}
 * before commonmark sees it. commonmark's block parser and post-processors recurse once per level, so
 * 100,000 nested block quotes overflow the stack inside {@code Parser.parse}; the only safe place to
 * stop such input is before parsing.
 *
 * <p>Container nesting can only grow through a line's prefix: block quote markers, list markers and
 * indentation (each list level indents its content by at least two columns). The estimate per line
 * is therefore {@code quotes + list markers + indentation / 2}, with indentation counted from the last
 * quote marker (a quote's content indents relative to its marker), an upper bound on the depth
 * commonmark builds for that line. It is linear in the length of the prefixes.
 */
final class NestingPrescan {

    private NestingPrescan() {
    }

    /**
     * Also refuses a line longer than {@link ReadLimits#maxStringLength()}: no title, cell or
     * paragraph line of a roadmap needs more, and commonmark would otherwise hold it several times.
     *
     * @param text   the decoded document
     * @param source the source name for the location
     * @param limits the limits
     * @throws LimitExceededException at the first line whose prefix nests too deep
     */
    static void check(String text, String source, ReadLimits limits) {
        int max = limits.maxNestingDepth();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineStart = i;
            int quotes = 0;
            int markers = 0;
            int indent = 0;
            boolean inPrefix = true;
            int lineEnd = text.indexOf('\n', i);
            if ((lineEnd < 0 ? n : lineEnd) - lineStart > limits.maxStringLength()) {
                throw new LimitExceededException("maxStringLength", limits.maxStringLength(),
                        "line " + line + " is longer", SourceLocation.of(source, line, 1));
            }
            while (i < n && text.charAt(i) != '\n') {
                if (inPrefix) {
                    char c = text.charAt(i);
                    if (c == ' ') {
                        indent++;
                    } else if (c == '\t') {
                        indent += 4;
                    } else if (c == '>') {
                        quotes++;
                        indent = 0;
                    } else if ((c == '-' || c == '*' || c == '+') && isSpaceAt(text, i + 1)) {
                        markers++;
                    } else if (c >= '0' && c <= '9') {
                        int j = i;
                        while (j < n && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                            j++;
                        }
                        if (j < n && (text.charAt(j) == '.' || text.charAt(j) == ')') && isSpaceAt(text, j + 1)) {
                            markers++;
                            i = j;
                        } else {
                            inPrefix = false;
                        }
                    } else {
                        inPrefix = false;
                    }
                    if (!inPrefix) {
                        i = lineEnd < 0 ? n : lineEnd;   // the rest of the line cannot nest: on to its end
                        break;
                    }
                    if (quotes + markers + indent / 2 > max) {
                        throw new LimitExceededException("maxNestingDepth", max,
                                "the document nests block quotes or lists deeper",
                                SourceLocation.of(source, line, i - lineStart + 1));
                    }
                }
                i++;
            }
            i++;
            line++;
        }
    }

    private static boolean isSpaceAt(String text, int i) {
        return i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }
}
