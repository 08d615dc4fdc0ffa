package dev.roadmap.io.table;

import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.RoadmapException;
import dev.roadmap.io.table.internal.PhraseScan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the effort cells of a table: a duration ("14 weeks", "6 meses"), a weekly load
 * ("6-10 hours/week", "4–12 horas semanales") and both together (14 weeks at 6-10 hours a week
 * make 84-140 h). Unit words of every vocabulary language are mapped to the notation
 * {@link EffortParser} reads. Cells saying nothing ("-", "—", "n/a", "?") are {@link #isNone no effort}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableEfforts {
    private static final String[][] UNITS = {
        {"unit.hour", "hours"}, {"unit.day", "days"}, {"unit.week", "weeks"}, {"unit.month", "months"}, {"unit.year", "years"}};

    private final Vocabulary vocabulary;
    private final List<String> perWeek;
    /** Whether a text holds any per-week phrase at all: most cells hold none, and then no phrase is looked for one by one. */
    private final PhraseScan perWeekScan;
    /** Unit word (lower case) to the English unit {@link EffortParser} reads. */
    private final Map<String, String> units;
    /** The {@code cell.none} phrases. */
    private final Set<String> noneWords;
    /** Length of the longest {@code cell.none} phrase. */
    private final int longestNone;
    /**
     * Per ASCII character: bit {@link #NONE_FIRST} when a {@code cell.none} phrase starts with it
     * lower-cased, bit {@link #NONE_LAST} when one ends with it lower-cased.
     */
    private final byte[] noneEnds = new byte[128];
    private static final int NONE_FIRST = 1;
    private static final int NONE_LAST = 2;

    private TableEfforts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<String> p = new ArrayList<>(vocabulary.phrases("unit.per-week"));
        p.sort(Comparator.comparingInt(String::length).reversed());
        this.perWeek = List.copyOf(p);
        this.perWeekScan = PhraseScan.of(perWeek, Vocabulary::matchesAnywhere);
        this.units = units(vocabulary);
        this.noneWords = vocabulary.phraseSet("cell.none");
        this.longestNone = vocabulary.phrases("cell.none").stream().mapToInt(String::length).max().orElse(0);
        for (char c = 0; c < noneEnds.length; c++) {
            char lower = Character.toLowerCase(c);
            for (String w : noneWords) {
                noneEnds[c] |= (byte) (!w.isEmpty() && w.charAt(0) == lower ? NONE_FIRST : 0);
                noneEnds[c] |= (byte) (!w.isEmpty() && w.charAt(w.length() - 1) == lower ? NONE_LAST : 0);
            }
        }
    }

    /**
     * A first test before a {@code cell.none} phrase is looked up: lower-casing maps an ASCII character
     * to the one {@link Character#toLowerCase(char)} gives, in place (the text's ends stay its ends),
     * so a text that starts and ends with ASCII characters is a phrase only if some phrase starts and
     * some ends with those characters lower-cased.
     *
     * @param t a stripped text, not empty
     * @return false when {@code t.toLowerCase(Locale.ROOT)} is surely no {@code cell.none} phrase
     */
    private boolean mayBeNoneWord(String t) {
        char first = t.charAt(0);
        char last = t.charAt(t.length() - 1);
        return first >= 128 || last >= 128 || (noneEnds[first] & NONE_FIRST) != 0 && (noneEnds[last] & NONE_LAST) != 0;
    }

    private static final class Holder {
        static final TableEfforts BUILT_IN = new TableEfforts(Vocabulary.builtIn());
    }

    /** @return the reader over the built-in vocabulary */
    public static TableEfforts create() {
        return Holder.BUILT_IN;
    }

    /**
     * @param vocabulary the words to recognise
     * @return a reader over that vocabulary
     */
    public static TableEfforts of(Vocabulary vocabulary) {
        return new TableEfforts(Objects.requireNonNull(vocabulary, "vocabulary must not be null"));
    }

    /**
     * @param cell a cell's text
     * @return whether it says "nothing here": empty, a dash, "n/a", "?", "none" in any language
     */
    public boolean isNone(String cell) {
        String t = cell.strip();
        while (t.startsWith("\\")) {
            t = t.substring(1).strip();
        }
        // lower-casing never shortens a text: one longer than every "none" phrase is none of them
        if (t.isEmpty() || t.length() <= longestNone && mayBeNoneWord(t) && vocabulary.isPhrase("cell.none", t)) {
            return true;
        }
        return isDashes(t);
    }

    /**
     * {@link #isNone} of a stripped text whose lower-case form is at hand.
     *
     * @param stripped a cell's text, stripped
     * @param lower    {@code stripped.toLowerCase(Locale.ROOT)}
     * @return whether it says "nothing here"
     */
    boolean isNone(String stripped, String lower) {
        if (stripped.startsWith("\\")) {
            return isNone(stripped);
        }
        if (stripped.isEmpty() || stripped.length() <= longestNone && mayBeNoneWord(stripped) && noneWords.contains(lower)) {
            return true;
        }
        return isDashes(stripped);
    }

    private static boolean isDashes(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("-–—_?/.*".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param cell a cell's text
     * @return the text with unit words of any vocabulary language replaced by English ones
     *         ("4 semanas" -> "4 weeks"), so that {@link EffortParser} can read it
     */
    public String normalise(String cell) {
        StringBuilder out = new StringBuilder(cell.length() + 8);
        int i = 0;
        while (i < cell.length()) {
            int cp = cell.codePointAt(i);
            if (!Character.isLetter(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < cell.length() && Character.isLetter(cell.codePointAt(end))) {
                end += Character.charCount(cell.codePointAt(end));
            }
            String word = cell.substring(i, end);
            String unit = unitOf(word.toLowerCase(Locale.ROOT));
            if (unit != null) {
                if (out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
                out.append(unit);
            } else {
                out.append(word);
            }
            i = end;
        }
        return out.toString();
    }

    private String unitOf(String lowerWord) {
        return units.get(lowerWord);
    }

    /** Every unit word of the vocabulary and its English unit; a word of several units keeps the first in {@link #UNITS}. */
    private static Map<String, String> units(Vocabulary vocabulary) {
        Map<String, String> out = new HashMap<>();
        for (String[] u : UNITS) {
            for (String word : vocabulary.phrases(u[0])) {
                out.putIfAbsent(word, u[1]);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * @param cell a cell's text
     * @return whether it reads as a duration with a unit (a bare number is not one; a weekly load is not one)
     */
    public boolean isDuration(String cell) {
        return duration(cell, 10).isPresent();
    }

    /**
     * @param cell         a cell's text
     * @param hoursPerWeek the pace at which calendar units convert to hours
     * @return the duration as an effort, when the cell is one (with a unit, not a weekly load)
     */
    public Optional<Effort> duration(String cell, double hoursPerWeek) {
        String t = cell.strip();
        if (t.isEmpty() || t.length() > 60 || !hasLetter(t) || weeklyLoadPhrase(t.toLowerCase(Locale.ROOT)) >= 0) {
            return Optional.empty();
        }
        if (!mayBeEffort(t)) {
            return Optional.empty();
        }
        Optional<Effort> asWritten = parse(t, hoursPerWeek);
        if (asWritten.isPresent()) {
            return asWritten;
        }
        String normal = normalise(t);
        return normal.equals(t) ? Optional.empty() : parse(normal, hoursPerWeek);
    }

    /**
     * A cheap test before parsing (a failed parse costs an exception): a notation with a number has a
     * unit after its first digit ("2 weeks", "1–2 месяца", "2周"); one without is a short word ("ongoing").
     */
    private static boolean mayBeEffort(String t) {
        int digit = -1;
        for (int i = 0; i < t.length() && digit < 0; i++) {
            if (Character.isDigit(t.charAt(i))) {
                digit = i;
            }
        }
        if (digit < 0) {
            return t.length() <= 16;
        }
        for (int i = digit + 1; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param cell a cell's text
     * @return the hours per week it states ("6-10 hours/week" -> 6-10 h, "每周10小时" -> 10 h), if it is a weekly load
     */
    public Optional<Effort> weeklyLoad(String cell) {
        String lower = cell.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.length() > 60 || !perWeekScan.occursIn(lower)) {
            return Optional.empty();
        }
        for (String p : perWeek) {
            int at = Vocabulary.indexOfWord(lower, p);
            if (at < 0) {
                continue;
            }
            String rest = (lower.substring(0, at) + " " + lower.substring(at + p.length())).strip();
            if (rest.endsWith("/")) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            if (rest.isEmpty() || !Character.isDigit(firstDigitOrLetter(rest))) {
                continue;
            }
            String n = parse(rest, 1).isPresent() ? rest : normalise(rest);
            Optional<Effort> at1 = parse(n, 1);
            Optional<Effort> at2 = parse(n, 2);
            if (at1.isPresent() && at1.equals(at2)) {
                return at1;   // hours (or minutes): independent of the pace
            }
            if (at1.isPresent() && !hasLetter(n)) {
                return at1;
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #isWeeklyLoad} then {@link #isDuration} of one cell, with its lower-case form made and
     * scanned for per-week phrases once.
     *
     * @param cell a cell's text
     * @return 2 for a weekly load, 1 for a duration, 0 for neither
     */
    int contentKind(String cell) {
        String t = cell.strip();
        if (perWeekScan.occursIn(t.toLowerCase(Locale.ROOT))) {
            return isWeeklyLoad(cell) ? 2 : isDuration(cell) ? 1 : 0;
        }
        // no per-week phrase: no weekly load, and the duration test's phrase check is settled
        if (!mayBeDuration(t) || leadsWithOtherWord(t)) {
            return 0;
        }
        Optional<Effort> asWritten = parse(t, 10);
        if (asWritten.isPresent()) {
            return 1;
        }
        String normal = normalise(t);
        return !normal.equals(t) && parse(normal, 10).isPresent() ? 1 : 0;
    }

    /**
     * Whether {@link #contentKind} is surely 0 without parsing: no per-week phrase, and the text is
     * no candidate duration (no letter, too long, no unit after its first digit, or led by a word the
     * parser cannot skip).
     *
     * @param stripped a cell's text, stripped
     * @param lower    {@code stripped.toLowerCase(Locale.ROOT)}
     * @return true when the cell is neither a weekly load nor a duration
     */
    boolean isSurelyText(String stripped, String lower) {
        return isSurelyText(lower, mayBeDuration(stripped), stripped);
    }

    /**
     * {@link #isSurelyText(String, String)} with the duration pre-test already read off the text
     * ({@link CellShape#MAY_BE_DURATION}).
     *
     * @param lower          the stripped text in lower case
     * @param mayBeDuration  whether {@code stripped} passes the duration pre-test
     * @param stripped       a cell's text, stripped
     * @return true when the cell is neither a weekly load nor a duration
     */
    boolean isSurelyText(String lower, boolean mayBeDuration, String stripped) {
        // the cheap test first: a text that may be a duration led by a number is no text, whatever phrase it holds
        return (!mayBeDuration || leadsWithOtherWord(stripped)) && !perWeekScan.occursIn(lower);
    }

    /**
     * @param t a stripped text
     * @return whether it passes the duration pre-test {@link CellShape#MAY_BE_DURATION} reads in its pass
     */
    static boolean mayBeDuration(String t) {
        return !t.isEmpty() && t.length() <= 60 && hasLetter(t) && mayBeEffort(t);
    }

    /** Leading words {@link EffortParser} skips before the number: "about", "approx.", "ca.", "circa", "around", "from". */
    private static final Set<String> SKIPPED_LEADS = Set.of("about", "approx", "approximately", "around", "circa", "ca", "from");
    /** The first letters of {@link #SKIPPED_LEADS}: a word that starts with another letter is none of them. */
    private static final String SKIPPED_FIRSTS = SKIPPED_LEADS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /**
     * Whether a stripped ASCII text with a digit starts with a word that is not one {@link EffortParser}
     * skips ("skill-3, skill-0"): the parser then finds no number where the notation must start, and
     * the unit words {@link #normalise} puts in change no leading word into a skipped one. A cheap
     * test that spares such a cell a failed parse (and its exception).
     *
     * @param t a cell's text, stripped
     * @return true when neither {@code t} nor its normal form parses as an effort
     */
    static boolean leadsWithOtherWord(String t) {
        if (t.isEmpty() || !isAsciiLetter(t.charAt(0))) {
            return false;
        }
        boolean digit = false;
        int word = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            digit |= c >= '0' && c <= '9';
            word = word == i && isAsciiLetter(c) ? i + 1 : word;
        }
        char first = t.charAt(0) <= 'Z' ? (char) (t.charAt(0) + ('a' - 'A')) : t.charAt(0);   // an ASCII letter
        return digit && (SKIPPED_FIRSTS.indexOf(first) < 0 || !SKIPPED_LEADS.contains(t.substring(0, word).toLowerCase(Locale.ROOT)));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * @param cell a cell's text
     * @return whether it reads as a weekly load
     */
    public boolean isWeeklyLoad(String cell) {
        return weeklyLoad(cell).isPresent();
    }

    /**
     * Multiplies a duration by a weekly load: "14 weeks" at "6-10 hours/week" make 84-140 h. A
     * duration in hours is returned as it is; the load then changes nothing.
     *
     * @param duration a duration cell
     * @param load     the weekly load, hours per week
     * @return the effort, or empty when the duration cannot be read
     */
    public Optional<Effort> combine(String duration, Effort load) {
        Objects.requireNonNull(load, "load must not be null");
        Optional<Effort> weeks = duration(duration, 1);
        Optional<Effort> at2 = duration(duration, 2);
        if (weeks.isEmpty() || at2.isEmpty()) {
            return Optional.empty();
        }
        if (weeks.equals(at2) || load.openEnded() || weeks.get().openEnded()) {
            return weeks;
        }
        double min = weeks.get().minHours() * load.minHours();
        double max = weeks.get().maxHours() * load.maxHours();
        if (max > Effort.MAX_HOURS) {
            return Optional.empty();
        }
        return Optional.of(Effort.ofHours(round(min), round(max)));
    }

    /** Whole hours from 10 h up (a product of estimates has no more precision), else two decimals. */
    private static double round(double h) {
        return h >= 10 ? Math.round(h) : Math.round(h * 100) / 100.0;
    }

    private int weeklyLoadPhrase(String lower) {
        if (!perWeekScan.occursIn(lower)) {
            return -1;
        }
        for (String p : perWeek) {
            int at = Vocabulary.indexOfWord(lower, p);
            if (at >= 0 && (p.length() > 1 || !Character.isLetter(p.charAt(0)))) {
                return at;
            }
        }
        return -1;
    }

    private static Optional<Effort> parse(String text, double hoursPerWeek) {
        try {
            return Optional.of(EffortParser.parse(text, hoursPerWeek));
        } catch (RoadmapException | IllegalArgumentException | NullPointerException e) {
            // not an effort; EffortParser may also reject odd input with an unchecked exception
            return Optional.empty();
        }
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i)) || t.charAt(i) == '∞') {
                return true;
            }
        }
        return false;
    }

    private static char firstDigitOrLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return ' ';
    }
}
