package dev.roadmap.io.markdown.internal;

import java.util.Optional;

/**
 * Detects and repairs UTF-8 text that was once decoded as Windows-1252 or Mac Roman and saved
 * again ("ðŸ¤–" for 🤖, "–°—É—Ö–æ–π" for "Сухой").
 *
 * <p>The repair maps every character back to the byte the wrong charset gave it and decodes
 * the bytes as UTF-8. It is accepted only when the mapped characters overwhelmingly form valid
 * multi-byte UTF-8 sequences and the result has fewer such suspicious sequences than the input,
 * so correct text (Russian, Chinese, English with a stray "é") is never touched. Characters the
 * wrong charset cannot produce (real Cyrillic, CJK) are kept as they are, so a partly broken
 * document is repaired where broken. Windows-1252 leaves five byte values undefined; decoders
 * that dropped them lose a byte of some sequences (the 0x8F of U+FE0F), which is restored when
 * exactly one missing byte makes a defined character.
 *
 * <p>Linear in the input; stateless and thread-safe.
 */
public final class EncodingRepair {

    /** Smallest share of mapped non-ASCII characters that must take part in UTF-8 sequences. */
    static final double MIN_SEQUENCE_SHARE = 0.8;
    /** Fewest UTF-8 sequences needed before a text is called broken. */
    static final int MIN_SEQUENCES = 2;

    private static final int[] LOST_CP1252_BYTES = {0x8F, 0x9D, 0x81, 0x8D, 0x90};

    /** A charset text may have been wrongly decoded with. */
    public enum WrongCharset {
        /** Windows-1252 (undefined bytes taken as C1 controls or dropped). */
        WINDOWS_1252("windows-1252",
                "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178"),
        /** Mac OS Roman. */
        MAC_ROMAN("x-MacRoman",
                "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8"
                + "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC"
                + "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8"
                + "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8"
                + "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153"
                + "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02"
                + "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4"
                + "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7");

        private final String charsetName;
        private final char[] high;

        WrongCharset(String charsetName, String table) {
            this.charsetName = charsetName;
            char[] h = new char[128];
            if (table.length() == 32) {
                // Windows-1252 is Latin-1 above 0x9F.
                for (int i = 0; i < 128; i++) {
                    h[i] = i < 32 ? table.charAt(i) : (char) (0x80 + i);
                }
            } else {
                table.getChars(0, 128, h, 0);
            }
            this.high = h;
        }

        /** @return the charset's usual Java name */
        public String charsetName() {
            return charsetName;
        }

        /** @return the byte this charset decodes to {@code c}, or -1 */
        int byteOf(char c) {
            if (c < 0x80) {
                return c;
            }
            for (int i = 0; i < 128; i++) {
                if (high[i] == c) {
                    return 0x80 + i;
                }
            }
            if (this == MAC_ROMAN && c == '\u00A4') {
                return 0xDB; // older Mac Roman tables had the currency sign where the euro is now
            }
            return -1;
        }
    }

    /**
     * A repaired text.
     *
     * @param text          the repaired text
     * @param charset       the charset the text had been wrongly decoded with
     * @param sequences     how many broken sequences were repaired
     * @param restoredBytes how many dropped bytes were restored
     */
    public record Repair(String text, WrongCharset charset, int sequences, int restoredBytes) {
    }

    private EncodingRepair() {
    }

    /**
     * @param text a decoded document
     * @return the repaired text, or empty when the text does not look mis-decoded
     */
    public static Optional<Repair> repair(String text) {
        Repair best = null;
        for (WrongCharset cs : WrongCharset.values()) {
            Attempt a = attempt(text, cs);
            if (a.sequences < MIN_SEQUENCES || a.mappedNonAscii == 0
                    || (double) a.bytesInSequences / a.mappedNonAscii < MIN_SEQUENCE_SHARE) {
                continue;
            }
            if (best == null || a.sequences > best.sequences()) {
                best = new Repair(a.out.toString(), cs, a.sequences, a.restored);
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int after = suspicious(best.text());
        return after < best.sequences() ? Optional.of(best) : Optional.empty();
    }

    /**
     * @param text any text
     * @return how many runs of characters form UTF-8 sequences when mapped back through either charset
     */
    public static int suspicious(String text) {
        int max = 0;
        for (WrongCharset cs : WrongCharset.values()) {
            max = Math.max(max, attempt(text, cs).sequences);
        }
        return max;
    }

    private static final class Attempt {
        final StringBuilder out;
        int sequences;
        int bytesInSequences;
        int mappedNonAscii;
        int restored;

        Attempt(int capacity) {
            out = new StringBuilder(capacity);
        }
    }

    private static Attempt attempt(String text, WrongCharset cs) {
        Attempt a = new Attempt(text.length());
        int n = text.length();
        int[] bytes = new int[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            bytes[i] = cs.byteOf(c);
            if (c >= 0x80 && bytes[i] >= 0) {
                a.mappedNonAscii++;
            }
        }
        int i = 0;
        while (i < n) {
            int b = bytes[i];
            int need = b < 0 ? -1 : b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need <= 0) {
                a.out.append(text.charAt(i));
                i++;
                continue;
            }
            int have = 0;
            while (have < need && i + 1 + have < n && isContinuation(bytes[i + 1 + have])) {
                have++;
            }
            int cp = -1;
            if (have == need) {
                cp = decode(bytes, i, need + 1, -1, -1);
            } else if (have == need - 1 && cs == WrongCharset.WINDOWS_1252) {
                cp = restore(bytes, i, need);
                if (cp >= 0) {
                    a.restored++;
                }
            }
            if (cp >= 0) {
                a.out.appendCodePoint(cp);
                a.sequences++;
                a.bytesInSequences += have + 1;
                i += have + 1;
            } else {
                a.out.append(text.charAt(i));
                i++;
            }
        }
        return a;
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /**
     * Tries each byte Windows-1252 leaves undefined at each missing position; the first defined,
     * visible character wins. The last position is tried first (punctuation such as U+201D loses its
     * last byte), except in emoji (F0 9F xx yy), which mostly lose their third byte. The choice is a
     * guess where several characters fit; it is reported in the notice as restored bytes.
     */
    private static int restore(int[] bytes, int start, int need) {
        int[] order = new int[need];
        boolean emoji = bytes[start] == 0xF0;
        for (int k = 0; k < need; k++) {
            order[k] = emoji ? (k == 0 ? 2 : k == 1 ? 3 : 1) : need - k;
        }
        for (int pos : order) {
            for (int lost : LOST_CP1252_BYTES) {
                int cp = decode(bytes, start, need, pos, lost);
                if (cp >= 0) {
                    return cp;
                }
            }
        }
        return -1;
    }

    /**
     * Decodes one sequence of {@code length} bytes starting at {@code start}; when {@code insertAt > 0}
     * the byte {@code inserted} is put at that position of the sequence (which then has one more byte).
     */
    private static int decode(int[] bytes, int start, int length, int insertAt, int inserted) {
        int total = insertAt > 0 ? length + 1 : length;
        int[] seq = new int[total];
        for (int k = 0, src = start; k < total; k++) {
            if (k == insertAt) {
                seq[k] = inserted;
            } else {
                seq[k] = bytes[src++];
            }
        }
        int lead = seq[0];
        int cp = total == 2 ? lead & 0x1F : total == 3 ? lead & 0x0F : lead & 0x07;
        for (int k = 1; k < total; k++) {
            if (!isContinuation(seq[k])) {
                return -1;
            }
            cp = (cp << 6) | (seq[k] & 0x3F);
        }
        int min = total == 2 ? 0x80 : total == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        if (insertAt > 0 && (!Character.isDefined(cp) || Character.getType(cp) == Character.PRIVATE_USE
                || (Character.getType(cp) == Character.FORMAT && cp != 0x200D) || Character.getType(cp) == Character.CONTROL)) {
            return -1;
        }
        return cp;
    }
}
