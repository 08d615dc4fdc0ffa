package dev.roadmap.io.json;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Cheap content sniffing for JSON-based formats: whether the first bytes of a document open a JSON
 * object (after an optional UTF-8 byte order mark and whitespace), and the head as text to look for
 * a format's keys in. Used by the native importer and by plugin importers of JSON formats.
 */
public final class JsonHead {
    private JsonHead() {
    }

    /**
     * @param head the first bytes of a document (may be null)
     * @return the head decoded byte for byte (ISO-8859-1, so any byte sequence decodes and ASCII keys
     *         match) when it opens a JSON object; empty otherwise
     */
    public static Optional<String> objectText(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
            i++;
        }
        if (i >= head.length || head[i] != '{') {
            return Optional.empty();
        }
        return Optional.of(new String(head, StandardCharsets.ISO_8859_1));
    }

    /**
     * Scores a head for a JSON-based format: 0 unless it opens a JSON object, else the format's own
     * rule applied to the head's text (see {@link #objectText(byte[])}).
     *
     * @param head the first bytes of a document (may be null)
     * @param rule the format's score for the text of a head that opens an object
     * @return a sniffing score, 0 when the head opens no object
     */
    public static double score(byte[] head, ToDoubleFunction<String> rule) {
        Optional<String> text = objectText(head);
        return text.isPresent() ? rule.applyAsDouble(text.get()) : 0;
    }
}
