package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

/**
 * Checks that nothing but whitespace follows the root value. The rest of the input is scanned
 * here rather than by the parser so that the error points at the first stray character instead
 * of wherever the parser would give up on it. Stateless.
 */
public final class TrailingContent {
    private TrailingContent() {
    }

    /**
     * @param cursor a cursor whose parser has just read the root value's last token
     * @param rest   the reader the parser reads from (more input after its buffer)
     * @throws IOException     when reading fails
     * @throws ImportException {@code trailing-content} at the first non-whitespace character
     */
    public static void check(JsonCursor cursor, Reader rest) throws IOException {
        JsonParser parser = cursor.parser();
        JsonLocation after = parser.currentLocation();
        int line = Math.max(after.getLineNr(), 1);
        int column = Math.max(after.getColumnNr(), 1);
        StringWriter buffered = new StringWriter();
        parser.releaseBuffered(buffered);
        Scan scan = new Scan(line, column);
        if (scan.feed(buffered.toString())) {
            throw scan.error(cursor);
        }
        char[] chunk = new char[8192];
        int n;
        while ((n = rest.read(chunk)) > 0) {
            if (scan.feed(new String(chunk, 0, n))) {
                throw scan.error(cursor);
            }
        }
    }

    /** Tracks line and column over JSON whitespace; CR LF counts as one line break. */
    private static final class Scan {
        private int line;
        private int column;
        private boolean afterCr;
        private char found;

        Scan(int line, int column) {
            this.line = line;
            this.column = column;
        }

        boolean feed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case ' ', '\t' -> {
                        column++;
                        afterCr = false;
                    }
                    case '\n' -> {
                        if (!afterCr) {
                            line++;
                        }
                        column = 1;
                        afterCr = false;
                    }
                    case '\r' -> {
                        line++;
                        column = 1;
                        afterCr = true;
                    }
                    default -> {
                        found = c;
                        return true;
                    }
                }
            }
            return false;
        }

        ImportException error(JsonCursor cursor) {
            String what = Character.isISOControl(found) ? String.format("U+%04X", (int) found) : "'" + found + "'";
            return new ImportException("trailing-content", "unexpected " + what
                    + " after the end of the document; a roadmap/1 file holds exactly one JSON object",
                    SourceLocation.of(cursor.source(), line, column), null);
        }
    }
}
