package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.internal.Collapsing;
import dev.roadmap.io.table.Vocabulary;

/** Small text helpers: trimming decoration (emoji, keycaps, bullets) and classifying characters. */
public final class Texts {
    private Texts() {
    }

    /** No code point below this is Han, Hiragana, Katakana or Hangul. */
    static final int FIRST_CJK = 0x1100;

    /** @return whether the code point is a CJK ideograph or kana */
    static boolean isCjk(int cp) {
        return Vocabulary.isCjk(cp);
    }

    /** @return whether the code point is decoration rather than text: emoji, symbols, joiners, marks */
    static boolean isDecoration(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.FORMAT || type == Character.ENCLOSING_MARK
                || type == Character.NON_SPACING_MARK || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || cp == 0xFFFD || (cp >= 0xFE00 && cp <= 0xFE0F) || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /**
     * Removes leading and trailing decoration (emoji, keycap numbers such as "2️⃣") and spaces.
     *
     * @param text a heading or cell text
     * @return the text without decoration
     */
    public static String stripSymbols(String text) {
        int start = decorationEnd(text);
        int end = text.length();
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!isDecoration(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return text.substring(start, end);
    }

    /** @return whether {@link #stripSymbols} leaves nothing of the text (it is decoration and spaces only) */
    static boolean isAllSymbols(String text) {
        return decorationEnd(text) == text.length();
    }

    /** @return where the leading decoration of {@link #stripSymbols} ends */
    private static int decorationEnd(String text) {
        int start = 0;
        int end = text.length();
        while (start < end) {
            int cp = text.codePointAt(start);
            int len = Character.charCount(cp);
            if (isDecoration(cp)) {
                start += len;
            } else if (cp >= '0' && cp <= '9' && start + len < end && isKeycapTail(text.charAt(start + len))) {
                start += len;
            } else {
                break;
            }
        }
        return start;
    }

    private static boolean isKeycapTail(char c) {
        return c == '\uFE0F' || c == '\u20E3' || c == '\uFFFD';
    }

    /**
     * The lower case of a text whose indexes are the text's: {@code text.toLowerCase(Locale.ROOT)}
     * when that keeps the length (always, but for a capital dotted I, whose lower case is two
     * characters), else each character lower-cased by itself. Callers that find a position in the
     * lower case and cut the text there need this.
     *
     * @param text any text
     * @return its lower case, as long as the text
     */
    static String lowerKeepingIndexes(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() == text.length()) {
            return lower;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** @return the text with runs of whitespace collapsed to one space, trimmed */
    static String collapse(String text) {
        return Collapsing.collapse(text, 0, text.length());
    }

    /** @return the text without trailing separators (":", "：", "-", "—", ".", spaces) and leading ones */
    static String trimSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSeparator(text.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** @return the text without leading separators and spaces (trailing punctuation of prose is kept) */
    static String trimLeading(String text) {
        int start = 0;
        while (start < text.length() && isSeparator(text.charAt(start))) {
            start++;
        }
        return text.substring(start).strip();
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '：' || c == '-' || c == '—' || c == '–' || c == '.' || c == '。' || c == ','
                || c == '，' || c == '|' || Character.isWhitespace(c) || c == '\u00A0';
    }

    /** @return whether a line of prose starts with a bullet character that CommonMark does not treat as one ("–", "•") */
    static boolean startsWithBullet(String line) {
        String t = line.strip();
        return t.length() > 1 && "–—•·▪◦*-".indexOf(t.charAt(0)) >= 0 && Character.isWhitespace(t.charAt(1));
    }

    /** @return the line without its bullet */
    static String stripBullet(String line) {
        return line.strip().substring(1).strip();
    }

    /** @return a guess of the document language from its letters: "ru", "zh" or "en", or "" */
    static String guessLanguage(String text) {
        int cyr = 0;
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                latin++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyr++;
            } else if (c >= '\u4E00' && c <= '\u9FFF') {
                cjk += 3; // one ideograph carries about a word
            }
        }
        return language(cyr, cjk, latin);
    }

    /**
     * {@link #guessLanguage} of a text known to be ASCII (no Cyrillic, no CJK): only whether it
     * holds no, one, or more Latin letters decides, so the count stops at two.
     */
    static String guessAsciiLanguage(String text) {
        int latin = 0;
        for (int i = 0; i < text.length() && latin < 2; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                latin++;
            }
        }
        return language(0, 0, latin);
    }

    private static String language(int cyr, int cjk, int latin) {
        if (cyr == 0 && cjk == 0 && latin == 0) {
            return "";
        }
        return cyr >= cjk && cyr >= latin / 2 ? "ru" : cjk >= latin / 2 ? "zh" : "en";
    }

    /**
     * A check box written as text ("[✔️] Arrays", "[✓] Git", "[x] Done" where the task-list syntax did
     * not apply): the length of the box and the spaces after it, or 0 when the text opens with none.
     */
    static int pseudoBoxLength(String text) {
        if (text.length() < 3 || text.charAt(0) != '[') {
            return 0;
        }
        int close = text.indexOf(']');
        if (close < 1 || close > 5) {
            return 0;
        }
        String inside = text.substring(1, close).strip();
        boolean box = inside.isEmpty() || inside.equalsIgnoreCase("x") || inside.equals("-")
                || inside.codePoints().allMatch(cp -> isDecoration(cp) || cp == '✓' || cp == '✔' || cp == '✗' || cp == '✘');
        if (!box || (close + 1 < text.length() && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == '['))) {
            return 0;
        }
        int end = close + 1;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** @return whether a text check box ({@link #pseudoBoxLength}) is ticked */
    static boolean pseudoBoxTicked(String text) {
        int len = pseudoBoxLength(text);
        if (len == 0) {
            return false;
        }
        String inside = text.substring(1, text.indexOf(']')).strip();
        return !inside.isEmpty() && !inside.equals("-") && !inside.contains("✗") && !inside.contains("✘");
    }
}
