package dev.roadmap.io.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words the readers of human-written documents recognise (table headers, "none" cells,
 * priorities, prose labels, markers), kept as data: one UTF-8 resource per language,
 * {@code dev/roadmap/io/table/vocabulary-<lang>.properties}, listed in
 * {@code dev/roadmap/io/table/vocabulary-languages.txt}. Adding a language is adding a file and a
 * line there. (The files sit in this package's directory: a directory of their own would be a
 * package of the module that is not exported.)
 *
 * <p>A resource holds lines {@code key = phrase | phrase | ...} ({@code #} starts a comment line).
 * Keys are {@code <area>.<name>} in lower case with hyphens, for example {@code column.title},
 * {@code cell.none}, {@code priority.low}, {@code label.prerequisites}, {@code marker.optional};
 * the areas are described in {@code docs/markdown-import.md}. Phrases are stored lower-cased
 * ({@link Locale#ROOT}); a phrase may be a stem ("задач") because callers match Latin and
 * Cyrillic phrases at a word start. A lookup merges all languages, in index order, without
 * duplicates: a document's language need not be known.
 *
 * <p>Immutable and thread-safe; {@link #builtIn()} is loaded once.
 * <pre>{@code
 * boolean isNone = Vocabulary.builtIn().isPhrase("cell.none", "нет");   // true
 * }</pre>
 */
public final class Vocabulary {
    private static final String BASE = "/dev/roadmap/io/table/vocabulary-";

    private final Map<String, Map<String, List<String>>> byLanguage;
    private final Map<String, List<String>> merged;
    private final Map<String, Set<String>> mergedSets;

    private Vocabulary(Map<String, Map<String, List<String>>> byLanguage) {
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        Map<String, Set<String>> all = new LinkedHashMap<>();
        byLanguage.forEach((lang, keys) -> {
            Map<String, List<String>> k = new LinkedHashMap<>();
            keys.forEach((key, phrases) -> {
                List<String> lower = phrases.stream().map(p -> p.strip().toLowerCase(Locale.ROOT))
                        .filter(p -> !p.isEmpty()).distinct().toList();
                k.put(key, lower);
                all.computeIfAbsent(key, x -> new LinkedHashSet<>()).addAll(lower);
            });
            copy.put(lang, Collections.unmodifiableMap(k));
        });
        Map<String, List<String>> m = new LinkedHashMap<>();
        all.forEach((key, phrases) -> m.put(key, List.copyOf(phrases)));
        this.byLanguage = Collections.unmodifiableMap(copy);
        this.merged = Collections.unmodifiableMap(m);
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        m.forEach((key, phrases) -> sets.put(key, Set.copyOf(phrases)));
        this.mergedSets = Collections.unmodifiableMap(sets);
    }

    private static final class Holder {
        static final Vocabulary BUILT_IN = loadBuiltIn();
    }

    /** @return the vocabulary shipped with the library (all languages of the index) */
    public static Vocabulary builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * @param byLanguage language code -> key -> phrases
     * @return a vocabulary of exactly these phrases
     */
    public static Vocabulary of(Map<String, Map<String, List<String>>> byLanguage) {
        Objects.requireNonNull(byLanguage, "byLanguage must not be null");
        return new Vocabulary(byLanguage);
    }

    /**
     * Reads one language resource in the format described above.
     *
     * @param in the resource text; not closed
     * @return key -> phrases, in file order
     * @throws IOException when reading fails
     * @throws IllegalArgumentException when a non-comment line has no {@code =} or a bad key
     */
    public static Map<String, List<String>> parse(Reader in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Map<String, List<String>> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (n == 1 && t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            String key = eq < 0 ? "" : t.substring(0, eq).strip();
            if (!isKey(key)) {
                throw new IllegalArgumentException("line " + n + ": expected 'area.name = phrase | phrase', got: " + t);
            }
            List<String> phrases = out.computeIfAbsent(key, k -> new ArrayList<>());
            for (String p : t.substring(eq + 1).split("\\|")) {
                if (!p.isBlank()) {
                    phrases.add(p.strip());
                }
            }
        }
        return out;
    }

    private static boolean isKey(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static Vocabulary loadBuiltIn() {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        try {
            for (String lang : languagesOfIndex()) {
                try (InputStream in = Vocabulary.class.getResourceAsStream(BASE + lang + ".properties")) {
                    if (in == null) {
                        throw new IllegalStateException("vocabulary resource missing: " + BASE + lang + ".properties");
                    }
                    all.put(lang, parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(BASE + lang + ".properties: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(all);
    }

    private static List<String> languagesOfIndex() throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream(BASE + "languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary index missing: " + BASE + "languages.txt");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        }
    }

    /** @return the language codes, in index order */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** @return every key defined by at least one language */
    public Set<String> keys() {
        return Collections.unmodifiableSet(merged.keySet());
    }

    /**
     * @param key a key such as {@code column.title}
     * @return its phrases in all languages, lower-cased, without duplicates; empty when unknown
     */
    public List<String> phrases(String key) {
        Objects.requireNonNull(key, "key must not be null");
        return merged.getOrDefault(key, List.of());
    }

    /**
     * @param key      a key
     * @param language a language code of {@link #languages()}
     * @return its phrases in that language; empty when unknown
     */
    public List<String> phrases(String key, String language) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return byLanguage.getOrDefault(language, Map.of()).getOrDefault(key, List.of());
    }

    /**
     * @param key  a key
     * @param text any text
     * @return whether the whole text (trimmed, lower-cased) is one of the key's phrases
     */
    public boolean isPhrase(String key, String text) {
        return mergedSets.getOrDefault(key, Set.of()).contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** @return the phrases of all the keys, one set: {@code isPhrase(k, t)} for one of them is {@code contains} of t stripped and lower-cased */
    Set<String> phraseSet(String... keys) {
        Set<String> out = new java.util.HashSet<>();
        for (String k : keys) {
            out.addAll(mergedSets.getOrDefault(k, Set.of()));
        }
        return out;
    }

    /**
     * @param key  a key
     * @param text any text
     * @return the first of the key's phrases found in the text (Latin, Cyrillic and other
     *         alphabetic phrases at a word start, CJK phrases anywhere), or empty
     */
    public java.util.Optional<String> find(String key, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String p : phrases(key)) {
            if (indexOfWord(t, p) >= 0) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * @param lowerText text already lower-cased with {@link Locale#ROOT}
     * @param phrase    a lower-case phrase
     * @return where the phrase starts in the text at a word start (anywhere for a phrase that
     *         starts with a CJK character or a non-letter), or -1
     */
    public static int indexOfWord(String lowerText, String phrase) {
        if (phrase.isEmpty()) {
            return -1;
        }
        boolean anywhere = matchesAnywhere(phrase);
        int from = 0;
        while (true) {
            int i = lowerText.indexOf(phrase, from);
            if (i < 0) {
                return -1;
            }
            if (anywhere || i == 0 || !Character.isLetterOrDigit(lowerText.codePointBefore(i))) {
                return i;
            }
            from = i + 1;
        }
    }

    /** @return whether {@link #indexOfWord} finds the (non-empty) phrase anywhere in a word, not only at a word start */
    static boolean matchesAnywhere(String phrase) {
        int first = phrase.codePointAt(0);
        return !Character.isLetterOrDigit(first) || first >= 0x2E80 && isCjk(first);
    }

    /**
     * @param cp a code point
     * @return whether it is of the Han, Hiragana, Katakana or Hangul script: the scripts whose phrases
     *         {@link #indexOfWord} finds anywhere in a word
     */
    public static boolean isCjk(int cp) {
        if (cp < FIRST_CJK) {
            return false;
        }
        if (cp <= Character.MAX_VALUE) {
            return (CjkTable.BMP[cp >>> 6] & (1L << cp)) != 0;
        }
        return isCjkScript(cp);
    }

    /** Hangul Jamo (U+1100) is the first code point of the four scripts. */
    private static final int FIRST_CJK = 0x1100;

    private static boolean isCjkScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** The basic multilingual plane's answers of {@link #isCjkScript}, one bit per code point (8 KB), made once. */
    private static final class CjkTable {
        static final long[] BMP = build();

        private static long[] build() {
            long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];
            for (int cp = FIRST_CJK; cp <= Character.MAX_VALUE; cp++) {
                if (isCjkScript(cp)) {
                    bits[cp >>> 6] |= 1L << cp;
                }
            }
            return bits;
        }
    }

    @Override
    public String toString() {
        return "Vocabulary" + languages();
    }
}
