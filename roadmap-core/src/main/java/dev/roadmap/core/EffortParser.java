package dev.roadmap.core;

import dev.roadmap.core.text.Abbreviations;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads effort notations as people write them, in English, Russian and Chinese:
 * {@code 1-2h}, {@code 1–2h}, {@code 1~3 months}, {@code 90 min}, {@code 6 weeks},
 * {@code 1h 30min}, {@code 3+ weeks}, {@code 2 недели}, {@code от 1 до 2 месяцев},
 * {@code 3 дня}, {@code 2周}, {@code 1–2小时}, {@code ongoing}/{@code постоянно}/{@code 持续}.
 *
 * <p>Calendar units convert to hours at the given weekly pace: a week is {@code hoursPerWeek},
 * a day a seventh of it, a month {@code 365.25/12/7} weeks and a year {@code 365.25/7} weeks.
 * A bare number is hours. {@code m} alone is refused as ambiguous (minutes or months).
 *
 * <p>The parser is a single left-to-right scan with no regular expressions, so its time is
 * linear in the input length whatever the input. Stateless and thread-safe.
 *
 * <pre>{@code
 * Effort e = EffortParser.parse("2-3 weeks", 10);   // 20-30 h
 * }</pre>
 */
public final class EffortParser {

    /** Longest notation accepted; longer text is refused without being scanned. */
    public static final int MAX_LENGTH = 200;

    private static final Set<String> OPEN_ENDED = Set.of(
            "ongoing", "continuous", "continual", "lifelong", "life-long", "forever", "always", "∞",
            "постоянно", "всегда", "непрерывно", "пожизненно",
            "持续", "长期", "持续进行", "持续学习", "终身", "一直");

    private static final Set<String> APPROX = Set.of(
            "~", "≈", "about", "approx", "approx.", "approximately", "around", "circa", "ca.",
            "около", "примерно", "приблизительно", "где-то", "约", "大约", "大概", "左右");

    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "до", "по", "至", "到", "or", "или", "或");
    private static final Set<String> FROM_WORDS = Set.of("from", "от", "с");

    private enum Unit { MINUTE, HOUR, DAY, WEEK, MONTH, YEAR }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("min", Unit.MINUTE), Map.entry("mins", Unit.MINUTE), Map.entry("minute", Unit.MINUTE),
            Map.entry("minutes", Unit.MINUTE), Map.entry("分钟", Unit.MINUTE), Map.entry("分", Unit.MINUTE),
            Map.entry("h", Unit.HOUR), Map.entry("hr", Unit.HOUR), Map.entry("hrs", Unit.HOUR),
            Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR), Map.entry("ч", Unit.HOUR),
            Map.entry("小时", Unit.HOUR), Map.entry("个小时", Unit.HOUR), Map.entry("時間", Unit.HOUR),
            Map.entry("钟头", Unit.HOUR), Map.entry("个钟头", Unit.HOUR), Map.entry("时", Unit.HOUR),
            Map.entry("d", Unit.DAY), Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY),
            Map.entry("天", Unit.DAY), Map.entry("日", Unit.DAY), Map.entry("д", Unit.DAY),
            Map.entry("w", Unit.WEEK), Map.entry("wk", Unit.WEEK), Map.entry("wks", Unit.WEEK),
            Map.entry("week", Unit.WEEK), Map.entry("weeks", Unit.WEEK), Map.entry("周", Unit.WEEK),
            Map.entry("星期", Unit.WEEK), Map.entry("个星期", Unit.WEEK), Map.entry("礼拜", Unit.WEEK),
            Map.entry("个礼拜", Unit.WEEK), Map.entry("週", Unit.WEEK), Map.entry("н", Unit.WEEK),
            Map.entry("mo", Unit.MONTH), Map.entry("mos", Unit.MONTH), Map.entry("mon", Unit.MONTH),
            Map.entry("month", Unit.MONTH), Map.entry("months", Unit.MONTH), Map.entry("月", Unit.MONTH),
            Map.entry("个月", Unit.MONTH), Map.entry("ヶ月", Unit.MONTH), Map.entry("か月", Unit.MONTH),
            Map.entry("y", Unit.YEAR), Map.entry("yr", Unit.YEAR), Map.entry("yrs", Unit.YEAR),
            Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR), Map.entry("年", Unit.YEAR),
            Map.entry("г", Unit.YEAR));

    private EffortParser() {
    }

    /**
     * Parses an effort notation.
     *
     * @param text         the notation, e.g. {@code "1–2 месяца"}
     * @param hoursPerWeek the pace at which calendar units convert to hours, {@code > 0}
     * @return the effort in hours
     * @throws EffortFormatException when the text is not a supported notation
     */
    public static Effort parse(String text, double hoursPerWeek) {
        Objects.requireNonNull(text, "text must not be null");
        if (!(hoursPerWeek > 0)) {
            throw new IllegalArgumentException("hoursPerWeek must be > 0, got " + hoursPerWeek);
        }
        if (text.length() > MAX_LENGTH) {
            throw new EffortFormatException(text, MAX_LENGTH, "effort notation is longer than " + MAX_LENGTH + " characters");
        }
        return new Scan(text, hoursPerWeek).effort();
    }

    /**
     * @param text a candidate notation
     * @return whether {@link #parse} would accept it (at any pace)
     */
    public static boolean isEffort(String text) {
        try {
            parse(text, Pace.DEFAULT_HOURS_PER_WEEK);
            return true;
        } catch (EffortFormatException e) {
            return false;
        }
    }

    private static double hoursPer(Unit unit, double hoursPerWeek) {
        return switch (unit) {
            case MINUTE -> 1.0 / 60;
            case HOUR -> 1.0;
            case DAY -> hoursPerWeek / 7;
            case WEEK -> hoursPerWeek;
            case MONTH -> hoursPerWeek * 365.25 / 12 / 7;
            case YEAR -> hoursPerWeek * 365.25 / 7;
        };
    }

    /** Resolves a unit word; Russian inflections are matched by stem. */
    private static Unit unitOf(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        Unit u = UNITS.get(w);
        if (u != null) {
            return u;
        }
        if (w.startsWith("час")) {
            return Unit.HOUR;
        }
        if (w.startsWith("мин")) {
            return Unit.MINUTE;
        }
        if (w.startsWith("дн") || w.startsWith("день") || w.startsWith("сут")) {
            return Unit.DAY;
        }
        if (w.startsWith("нед")) {
            return Unit.WEEK;
        }
        if (w.startsWith("мес")) {
            return Unit.MONTH;
        }
        if (w.startsWith("год") || w.equals("лет")) {
            return Unit.YEAR;
        }
        return null;
    }

    /** One left-to-right pass over the (lower-cased, width-folded) text. */
    private static final class Scan {
        private final String original;
        private final String s;
        private final double hoursPerWeek;
        private int pos;

        Scan(String original, double hoursPerWeek) {
            this.original = original;
            this.s = fold(original);
            this.hoursPerWeek = hoursPerWeek;
        }

        /** Lower-cases and maps full-width forms to ASCII, keeping every index in place. */
        private static String fold(String text) {
            StringBuilder b = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    c = (char) (c - 0xFEE0);
                } else if (c == '\u3000' || c == '\u00A0' || c == '\u2009' || c == '\u202F') {
                    c = ' ';
                }
                char lower = Character.toLowerCase(c);
                b.append(lower);
            }
            return b.toString();
        }

        Effort effort() {
            skipSpaces();
            if (pos == s.length()) {
                throw fail(0, "effort is empty");
            }
            String whole = s.strip();
            if (OPEN_ENDED.contains(stripPunct(whole))) {
                return Effort.openEnded(0);
            }
            skipWord(APPROX);
            skipWord(FROM_WORDS);
            int firstStart = pos;
            Quantity first = quantity();
            if (first == null) {
                throw fail(firstStart, "expected a number at '" + rest(firstStart) + "'");
            }
            Quantity second = null;
            boolean plus = false;
            skipSpaces();
            if (pos < s.length() && s.charAt(pos) == '+') {
                plus = true;
                pos++;
                if (first.lastUnit == null) {
                    skipSpaces();
                    int unitStart = pos;
                    String word = word();
                    Unit unit = word.isEmpty() ? null : unitOf(word);
                    if (!word.isEmpty() && unit == null) {
                        throw fail(unitStart, "unknown unit '" + word + "'");
                    }
                    if (unit != null) {
                        first = new Quantity(first.hours, first.bareNumber, unit);
                    }
                }
            } else if (rangeSeparator()) {
                int secondStart = pos;
                second = quantity();
                if (second == null) {
                    throw fail(secondStart, "expected the upper bound of the range at '" + rest(secondStart) + "'");
                }
                skipSpaces();
            }
            skipWord(APPROX);
            skipSpaces();
            if (pos < s.length()) {
                throw fail(pos, "unexpected '" + rest(pos) + "' in effort '" + original.strip() + "'");
            }
            Unit unit = first.lastUnit != null ? first.lastUnit
                    : second != null && second.lastUnit != null ? second.lastUnit : Unit.HOUR;
            double low = first.hours(unit, hoursPerWeek, firstStart);
            if (plus) {
                return Effort.openEnded(checkRange(low, firstStart));
            }
            if (second == null) {
                return Effort.ofHours(checkRange(low, firstStart));
            }
            Unit secondUnit = second.lastUnit != null ? second.lastUnit : unit;
            double high = second.hours(secondUnit, hoursPerWeek, firstStart);
            if (first.lastUnit == null && second.lastUnit != null) {
                low = first.hours(second.lastUnit, hoursPerWeek, firstStart);
            }
            if (high < low) {
                throw fail(firstStart, "range '" + original.strip() + "' has its upper bound below its lower bound");
            }
            return Effort.ofHours(checkRange(low, firstStart), checkRange(high, firstStart));
        }

        private double checkRange(double hours, int at) {
            if (hours > Effort.MAX_HOURS) {
                throw fail(at, "effort '" + original.strip() + "' exceeds " + (long) Effort.MAX_HOURS + " hours");
            }
            return hours;
        }

        /** A number with an optional unit, possibly followed by more (number unit) parts: "1h 30min". */
        private Quantity quantity() {
            skipSpaces();
            int start = pos;
            double total = 0;
            Unit lastUnit = null;
            double pendingNumber = Double.NaN;
            int parts = 0;
            while (true) {
                skipSpaces();
                int numStart = pos;
                double n = number();
                if (Double.isNaN(n)) {
                    pos = numStart;
                    break;
                }
                int afterNumber = pos;
                skipSpaces();
                int unitStart = pos;
                String word = word();
                Unit unit = word.isEmpty() ? null : unitOf(word);
                if (unit == null) {
                    if (!word.isEmpty() && (word.equals("m") || word.equals("м"))) {
                        throw fail(unitStart, "ambiguous unit '" + word + "': write 'min' for minutes or 'months'");
                    }
                    if (!word.isEmpty() && !RANGE_WORDS.contains(word) && !APPROX.contains(word)) {
                        throw fail(unitStart, "unknown unit '" + word + "'");
                    }
                    pos = afterNumber;
                    if (parts > 0) {
                        throw fail(numStart, "number " + (n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n))
                                + " has no unit");
                    }
                    pendingNumber = n;
                    parts++;
                    break;
                }
                total += n * hoursPer(unit, hoursPerWeek);
                lastUnit = unit;
                parts++;
            }
            if (parts == 0) {
                pos = start;
                return null;
            }
            return new Quantity(total, pendingNumber, lastUnit);
        }

        private boolean rangeSeparator() {
            skipSpaces();
            if (pos >= s.length()) {
                return false;
            }
            char c = s.charAt(pos);
            if (c == '-' || c == '–' || c == '—' || c == '~' || c == '‒' || c == '−') {
                pos++;
                return true;
            }
            int save = pos;
            String w = word();
            if (RANGE_WORDS.contains(w)) {
                return true;
            }
            pos = save;
            return false;
        }

        private double number() {
            int start = pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                return Double.NaN;
            }
            int intEnd = pos;
            if (pos + 1 < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',') && isDigit(s.charAt(pos + 1))) {
                pos++;
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (intEnd - start > 9) {
                throw fail(start, "number '" + s.substring(start, pos) + "' is too large");
            }
            return Double.parseDouble(s.substring(start, pos).replace(',', '.'));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** A run of letters (Latin, Cyrillic, CJK) with an optional trailing dot, or one of ∞. */
        private String word() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isLetter(c) || c == 'ヶ') {
                    pos++;
                    if (isCjk(c) && isCjkUnitComplete(s.substring(start, pos))) {
                        break;
                    }
                } else {
                    break;
                }
            }
            if (pos > start && pos < s.length() && s.charAt(pos) == '.') {
                pos++;
            }
            return s.substring(start, pos);
        }

        /** CJK has no spaces: stop at the longest known unit so "2周3天" can be read in parts. */
        private boolean isCjkUnitComplete(String sofar) {
            if (pos < s.length() && isCjk(s.charAt(pos)) && Character.isLetter(s.charAt(pos))) {
                String longer = sofar + s.charAt(pos);
                for (String key : UNITS.keySet()) {
                    if (key.startsWith(longer)) {
                        return false;
                    }
                }
                for (String word : OPEN_ENDED) {
                    if (word.startsWith(longer)) {
                        return false;
                    }
                }
                for (String word : APPROX) {
                    if (word.startsWith(longer)) {
                        return false;
                    }
                }
                return UNITS.containsKey(sofar) || RANGE_WORDS.contains(sofar) || APPROX.contains(sofar);
            }
            return false;
        }

        private static boolean isCjk(char c) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }

        private void skipWord(Set<String> words) {
            skipSpaces();
            int save = pos;
            if (pos < s.length() && (s.charAt(pos) == '~' || s.charAt(pos) == '≈') && words == APPROX) {
                pos++;
                return;
            }
            String w = word();
            if (!words.contains(w)) {
                pos = save;
            }
        }

        private void skipSpaces() {
            while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || Character.isSpaceChar(s.charAt(pos)))) {
                pos++;
            }
        }

        private String rest(int from) {
            String r = original.substring(Math.min(from, original.length())).strip();
            return Abbreviations.abbreviate(r, 41);
        }

        private static String stripPunct(String w) {
            int end = w.length();
            while (end > 0 && ".!…".indexOf(w.charAt(end - 1)) >= 0) {
                end--;
            }
            return w.substring(0, end).strip().toLowerCase(Locale.ROOT);
        }

        private EffortFormatException fail(int at, String message) {
            return new EffortFormatException(original, at, message);
        }
    }

    /** Hours read so far, or a bare number still waiting for the unit of the range's other end. */
    private record Quantity(double hours, double bareNumber, Unit lastUnit) {
        double hours(Unit unit, double hoursPerWeek, int at) {
            if (!Double.isNaN(bareNumber)) {
                return hours + bareNumber * hoursPer(unit, hoursPerWeek);
            }
            return hours;
        }
    }
}
