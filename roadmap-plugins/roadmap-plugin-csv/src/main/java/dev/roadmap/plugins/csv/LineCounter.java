package dev.roadmap.plugins.csv;

import dev.roadmap.core.SourceLocation;

/**
 * Turns offsets in the document text into 1-based lines and columns. Offsets asked for in
 * increasing order cost one pass over the text in all; an earlier offset restarts from the top.
 * A CR LF pair is one line break, as are a lone CR and a lone LF; columns count UTF-16 characters.
 */
final class LineCounter {
    private final String text;
    private final String source;
    private int offset;
    private int line = 1;
    private int lineStart;

    LineCounter(String text, String source) {
        this.text = text;
        this.source = source;
    }

    SourceLocation locate(int target) {
        int t = Math.min(Math.max(target, 0), text.length());
        if (t < offset) {
            offset = 0;
            line = 1;
            lineStart = 0;
        }
        while (offset < t) {
            char c = text.charAt(offset++);
            if (c == '\n' || (c == '\r' && (offset >= text.length() || text.charAt(offset) != '\n'))) {
                line++;
                lineStart = offset;
            }
        }
        return SourceLocation.of(source, line, t - lineStart + 1);
    }
}
