package dev.roadmap.io.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a document's bytes into characters for the parser: refuses more than the byte limit,
 * drops a UTF-8 byte order mark and reports malformed UTF-8 instead of replacing it.
 *
 * <p>The parser reads characters rather than bytes so that reported columns count characters,
 * as editors do, not UTF-8 bytes. Closing the returned reader closes {@code in}; callers that do
 * not own {@code in} simply do not close it.
 */
public final class Utf8Input {
    private Utf8Input() {
    }

    /**
     * @param in       the document's bytes
     * @param maxBytes most bytes to read before failing with
     *                 {@link ByteLimitInputStream.DocumentTooLargeException}
     * @return a strict UTF-8 reader positioned after any byte order mark
     * @throws IOException when reading the first bytes fails
     */
    public static Reader open(InputStream in, long maxBytes) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(new ByteLimitInputStream(in, maxBytes), 3);
        byte[] head = new byte[3];
        int n = bytes.readNBytes(head, 0, 3);
        boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && n > 0) {
            bytes.unread(head, 0, n);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(bytes, decoder);
    }
}
