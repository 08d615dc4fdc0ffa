package dev.roadmap.core.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ids from titles: the one slug rule every importer uses, so the same title gets the same id
 * whichever format it came from. The rule, applied to the title lower-cased (root locale), one
 * code point at a time:
 * <ol>
 *   <li>Cyrillic letters are transliterated ({@code ж} to {@code zh}, {@code щ} to {@code shch});</li>
 *   <li>Latin letters lose their accents ({@code é} to {@code e}, {@code ñ} to {@code n}, also
 *       when the accent is a separate combining mark); letters, digits and vowel signs of every
 *       other script are kept as written (CJK, Greek, Arabic, Devanagari ...);</li>
 *   <li>{@code +} becomes {@code plus} and {@code #} becomes {@code sharp} directly after a letter,
 *       digit, {@code +} or {@code #}, so {@code C++} is {@code cplusplus} and {@code C#} is
 *       {@code csharp} (but {@code A + B} is {@code a-b} and {@code #1} is {@code 1});</li>
 *   <li>everything else (spaces, punctuation, dots, symbols) separates words: one {@code -} between
 *       words, none at either end;</li>
 *   <li>the result is cut to {@link #MAX_LENGTH} code points (never ending in {@code -}), and a title
 *       with no letter or digit has the empty slug, for which callers pass a fallback.</li>
 * </ol>
 * For example {@code "Linear Algebra: Vectors & Matrices"} is {@code linear-algebra-vectors-matrices}
 * and {@code "Основы Python"} is {@code osnovy-python}.
 *
 * <p>An instance hands out unique ids ({@link #unique}): it is mutable and not thread-safe; the
 * static methods are.
 */
public final class Slugs {
    /** Longest slug produced, in code points. */
    public static final int MAX_LENGTH = 64;

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
        "ye", "g", "u"};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> issued = new HashSet<>();

    /**
     * @param text any text
     * @return its slug by the rule above, possibly empty
     */
    public static String of(String text) {
        String ascii = ofAscii(text);
        return ascii != null ? ascii : ofAnyText(text);
    }

    /** The rule above one code point at a time, for any text. */
    static String ofAnyText(String text) {
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            String piece = piece(cp, b.length() > 0 && !dash);
            if (piece == null) {
                dash = b.length() > 0;
            } else if (!piece.isEmpty()) {
                b.append(dash ? "-" : "").append(piece);
                dash = false;
            }
        }
        return cut(b.toString());
    }

    /**
     * The rule above for a text of ASCII characters only (most titles, and every importer slugs one per
     * skill), without its per-character strings: letters (lower-cased) and digits are kept, {@code +}
     * and {@code #} directly after a letter, digit, {@code +} or {@code #} become {@code plus} and
     * {@code sharp}, every other character separates words, and the result is cut to
     * {@link #MAX_LENGTH} without a trailing {@code -}.
     *
     * @param text any text
     * @return {@link #ofAnyText}'s slug, or null when the text holds a character beyond ASCII
     */
    static String ofAscii(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return null;
            }
        }
        StringBuilder b = new StringBuilder(Math.min(n, MAX_LENGTH + 8));
        boolean dash = false;
        for (int i = 0; i < n && b.length() <= MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (dash) {
                    b.append('-');
                }
                b.append(c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c);
                dash = false;
            } else if ((c == '+' || c == '#') && b.length() > 0 && !dash) {
                b.append(c == '+' ? "plus" : "sharp");
            } else {
                dash = b.length() > 0;
            }
        }
        if (b.length() > MAX_LENGTH) {
            b.setLength(MAX_LENGTH);
            while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                b.setLength(b.length() - 1);
            }
        }
        return b.toString();
    }

    /**
     * @param text     any text
     * @param fallback the id to use when the text has no letter or digit
     * @return the text's slug, or the fallback when that is empty
     */
    public static String of(String text, String fallback) {
        String slug = of(text);
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * An id from a file name, for formats whose documents carry none: the slug of the name's last
     * path segment up to its first dot ({@code docs/Frontend Path.roadmap.json} gives {@code frontend-path}).
     *
     * @param sourceName a file name or path, {@code /} or {@code \} separated
     * @param fallback   the id to use when nothing is left
     * @return the slug
     */
    public static String ofFileName(String sourceName, String fallback) {
        String name = sourceName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return of(dot > 0 ? name.substring(0, dot) : name, fallback);
    }

    /** @return what a code point contributes: letters, "" for nothing, null for a word break */
    private static String piece(int cp, boolean afterWord) {
        int cyr = cp < 0x10000 ? CYRILLIC.indexOf((char) cp) : -1;
        if (cyr >= 0) {
            return LATIN[cyr];
        }
        if (Character.isLetterOrDigit(cp)) {
            return withoutAccents(cp);
        }
        if (isMark(cp) && afterWord) {
            // a combining accent (script "inherited") is dropped; a vowel sign of an Indic script is part of the word
            return Character.UnicodeScript.of(cp) == Character.UnicodeScript.INHERITED ? "" : new String(Character.toChars(cp));
        }
        if (afterWord && (cp == '+' || cp == '#')) {
            return cp == '+' ? "plus" : "sharp";
        }
        return null;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Latin letters lose their accents; letters of other scripts stay as written. */
    private static String withoutAccents(int cp) {
        String s = new String(Character.toChars(cp));
        if (cp < 0x80 || Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
            return s;
        }
        String base = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return base.isEmpty() ? s : base;
    }

    private static String cut(String slug) {
        if (slug.codePointCount(0, slug.length()) <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
        int end = cut.length();
        while (end > 0 && cut.charAt(end - 1) == '-') {
            end--;
        }
        return cut.substring(0, end);
    }

    /**
     * @param candidate a slug
     * @return the slug if not yet issued by this instance, else the slug with the first free suffix
     *     {@code -2}, {@code -3}, ...; the result counts as issued
     */
    public String unique(String candidate) {
        String id = candidate;
        for (int k = 2; !issued.add(id); k++) {
            id = candidate + "-" + k;
        }
        return id;
    }

    /** @param id an id to count as issued (one the document gave explicitly) */
    public void reserve(String id) {
        issued.add(id);
    }
}
