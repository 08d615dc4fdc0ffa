package dev.roadmap.io.table;

/**
 * What the characters of one stripped cell text are, read in one pass: the facts {@link ColumnStats}
 * counts and the duration pre-test of {@link TableEfforts}, instead of one scan of the text per
 * question. Each bit answers exactly what its definition asks (see the constants).
 */
final class CellShape {
    /** A code point of the text is a letter ({@link Character#isLetter(int)}). */
    static final int LETTER = 1;
    /** A code point of the text is a digit ({@link Character#isDigit(int)}). */
    static final int DIGIT = 2;
    /**
     * Every character is an ASCII digit or one of {@code # . ) - /}: without this bit the text is
     * neither a row number ({@link ColumnStats#integer} is -1) nor a date ({@link ColumnStats#isDate} is false).
     */
    static final int NUMERIC = 4;
    /**
     * Not empty, at most 60 characters, with a letter or "∞" and, after its first digit, a letter (or
     * without digit, at most 16 characters): {@link TableEfforts}' test whether it may be a duration,
     * read per {@code char} as that test reads.
     */
    static final int MAY_BE_DURATION = 8;

    private CellShape() {
    }

    /**
     * @param t a stripped cell text
     * @return its bits
     */
    static int of(String t) {
        int n = t.length();
        boolean letter = false;         // code point letter
        boolean digit = false;          // code point digit
        boolean numeric = true;
        boolean charLetter = false;     // char letter or '∞'
        int firstDigit = -1;            // first char digit
        boolean letterAfterDigit = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
                firstDigit = firstDigit < 0 ? i : firstDigit;
                continue;
            }
            numeric &= c == '#' || c == '.' || c == ')' || c == '-' || c == '/';
            if (c < 0x80) {
                // ASCII: the letters are A-Z and a-z, and no character but 0-9 (handled above) is a digit
                boolean isLetter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                letter |= isLetter;
                charLetter |= isLetter;
                letterAfterDigit |= isLetter && firstDigit >= 0;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t.charAt(i + 1))) {
                // one code point of two chars, neither of which is a letter or digit as a char
                int cp = Character.toCodePoint(c, t.charAt(++i));
                letter |= Character.isLetter(cp);
                digit |= Character.isDigit(cp);
                continue;
            }
            boolean isLetter = Character.isLetter(c);
            letter |= isLetter;
            charLetter |= isLetter || c == '∞';
            letterAfterDigit |= isLetter && firstDigit >= 0;
            if (Character.isDigit(c)) {
                digit = true;
                firstDigit = firstDigit < 0 ? i : firstDigit;
            }
        }
        boolean mayBeEffort = firstDigit < 0 ? n <= 16 : letterAfterDigit;
        boolean mayBeDuration = n > 0 && n <= 60 && charLetter && mayBeEffort;
        return (letter ? LETTER : 0) | (digit ? DIGIT : 0) | (numeric ? NUMERIC : 0) | (mayBeDuration ? MAY_BE_DURATION : 0);
    }
}
