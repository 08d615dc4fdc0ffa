package dev.roadmap.io.markdown.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the effort a heading or list item carries: in parentheses ("Layers (1–2 weeks)"), after
 * a dash ("Setup — 1–2 дня"), or as a calendar period that names its own length ("Week 3",
 * "Неделя 3", "第3周", "Months 3–4", "Месяцы 3–4" = two months). Plain scans, no regular expressions.
 */
public final class EffortSpotter {

    /** What was found. */
    public enum Rule {
        /** Effort in parentheses. */
        PARENTHESES("effort in parentheses"),
        /** Effort after a dash. */
        DASH("effort after a dash"),
        /** A named calendar period ("Week N"). */
        PERIOD("calendar period names its length");

        private final String text;

        Rule(String text) {
            this.text = text;
        }

        /** @return a short human-readable explanation */
        public String text() {
            return text;
        }
    }

    /**
     * @param title    the text without the effort
     * @param notation the effort as written (or, for periods, as implied: "1 week")
     * @param rule     how it was found
     * @param rest     text after the effort (may hold an option marker)
     */
    public record Spotted(String title, String notation, Rule rule, String rest) {
    }

    private record Period(List<String> words, String unitOne, String unitFew, String unitMany) {
    }

    private static final List<Period> PERIODS = List.of(
            new Period(List.of("week", "weeks", "wk"), "week", "weeks", "weeks"),
            new Period(List.of("неделя", "недели", "неделе", "неделю", "недель"), "неделя", "недели", "недель"),
            new Period(List.of("month", "months"), "month", "months", "months"),
            new Period(List.of("месяц", "месяцы", "месяца", "месяцев"), "месяц", "месяца", "месяцев"),
            new Period(List.of("day", "days"), "day", "days", "days"),
            new Period(List.of("день", "дни", "дня"), "день", "дня", "дней"),
            new Period(List.of("dia", "dias", "día", "días"), "day", "days", "days"),
            new Period(List.of("semana", "semanas"), "week", "weeks", "weeks"),
            new Period(List.of("mes", "meses", "mês"), "month", "months", "months"));

    /**
     * Whether a period word (or "第") may occur in a text: a marker at its start or after a separator
     * needs one in the text lower-cased, and no word holds a character whose lower case differs in a
     * string from alone ({@link PhrasePrefilter}), so a text without one carries no period.
     */
    private static final PhrasePrefilter PERIOD_MAY_OCCUR = PhrasePrefilter.of(
            PERIODS.stream().flatMap(p -> p.words().stream()).toList(), List.of("第"));

    /** Separators between the parts of a heading such as "Topic | Day 3" or "Topic, 第3天". */
    private static final List<String> SEGMENT_SEPARATORS = List.of("|", " - ", " – ", " — ", "，", ",", "：", ": ", "·");

    private EffortSpotter() {
    }

    /**
     * @param text one line of text (markup already removed)
     * @return the effort it carries, if any
     */
    public static Optional<Spotted> spot(String text) {
        return spot(text, EffortSpotter::isUnitEffort);
    }

    /**
     * {@link #spot(String)} with the test of a candidate notation given: a document's reader passes
     * one that remembers its answers ({@link ReadContext#isUnitEffort}), as headings and items repeat
     * their notations ("(3-7 hours)") and each answer costs a parse.
     *
     * @param text       one line of text (markup already removed)
     * @param unitEffort answers {@link #isUnitEffort} for a text
     * @return the effort it carries, if any
     */
    static Optional<Spotted> spot(String text, Predicate<String> unitEffort) {
        String line = Texts.stripSymbols(text.strip());
        Optional<Spotted> s = period(line);
        if (s.isPresent()) {
            return s;
        }
        s = parentheses(line, unitEffort);
        if (s.isPresent()) {
            return s;
        }
        return dash(line, unitEffort);
    }

    /**
     * @param text one cell or line of text (markup already removed)
     * @return the day or week marker it carries ("Week 3-4", "Day 3 - Arrays", "Topic | 第3天"), if any
     */
    static Optional<Spotted> periodMarker(String text) {
        return period(Texts.stripSymbols(text.strip()));
    }

    /** @return whether the text reads as an effort with a unit (a bare number is not enough here) */
    static boolean isUnitEffort(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i)) || t.charAt(i) == '∞') {
                letter = true;
                break;
            }
        }
        return letter && Efforts.isEffort(t);
    }

    private static Optional<Spotted> parentheses(String line, Predicate<String> unitEffort) {
        int from = 0;
        while (from < line.length()) {
            int open = indexOfAny(line, from, '(', '（');
            if (open < 0) {
                return Optional.empty();
            }
            int close = indexOfAny(line, open + 1, ')', '）');
            if (close < 0) {
                return Optional.empty();
            }
            String inside = line.substring(open + 1, close);
            if (unitEffort.test(inside)) {
                String before = Texts.trimSeparators(line.substring(0, open));
                String after = line.substring(close + 1);
                String title = before.isEmpty() ? Texts.trimSeparators(after) : before;
                return Optional.of(new Spotted(title, inside.strip(), Rule.PARENTHESES, after.strip()));
            }
            from = close + 1;
        }
        return Optional.empty();
    }

    private static Optional<Spotted> dash(String line, Predicate<String> unitEffort) {
        for (String sep : new String[] {" — ", " – ", " - ", " —", "— "}) {
            int at = line.lastIndexOf(sep);
            if (at > 0) {
                String after = Texts.trimSeparators(line.substring(at + sep.length()));
                if (unitEffort.test(after)) {
                    String title = Texts.trimSeparators(line.substring(0, at));
                    if (!title.isEmpty()) {
                        return Optional.of(new Spotted(title, after, Rule.DASH, ""));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A period marker at the start ("Week 3 — Foundations") or as one part of a heading split by
     * "|", dashes or commas ("## Data cleaning | Day 1", "## 深入研究 | NUMPY | 第 45天"); in the
     * second case the title is the other parts followed by the marker ("Data cleaning (Day 1)"), so
     * that topics repeated on several days stay one unit per day with a distinct title.
     */
    /** @return {@link #periodOfAnyText} of a line, answered at once when no period word occurs in it */
    static Optional<Spotted> period(String line) {
        return PERIOD_MAY_OCCUR.mayOccurIn(line) ? periodOfAnyText(line) : Optional.empty();
    }

    /** @return the period marker at the line's start or starting a segment of it (the definition {@link #period} filters) */
    static Optional<Spotted> periodOfAnyText(String line) {
        Optional<Spotted> atStart = periodAtStart(line);
        if (atStart.isPresent()) {
            return atStart;
        }
        for (String sep : SEGMENT_SEPARATORS) {
            int from = 0;
            for (int at = line.indexOf(sep); at >= 0; at = line.indexOf(sep, from)) {
                int segStart = at + sep.length();
                int segEnd = nextSeparator(line, segStart);
                String segment = line.substring(segStart, segEnd).strip();
                Optional<Spotted> marker = periodAtStart(segment);
                if (marker.isPresent() && marker.get().title().equals(segment)) {
                    String topic = Texts.trimSeparators(line.substring(0, at) + " " + line.substring(segEnd)).replace(" | ", " — ")
                            .replace("|", " — ");
                    String title = topic.isEmpty() ? segment : topic + " (" + segment + ")";
                    return Optional.of(new Spotted(title, marker.get().notation(), Rule.PERIOD, ""));
                }
                from = segStart;
            }
        }
        return Optional.empty();
    }

    private static int nextSeparator(String line, int from) {
        int end = line.length();
        for (String sep : SEGMENT_SEPARATORS) {
            int at = line.indexOf(sep, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** 第N周 / 第N个月 / 第N天, also with spaces ("第 35天"). */
    private static Optional<Spotted> cjkPeriod(String line, String lower) {
        int i = 1;
        while (i < lower.length() && lower.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < lower.length() && Character.isDigit(lower.charAt(i))) {
            i++;
        }
        int digitsEnd = i;
        while (i < lower.length() && lower.charAt(i) == ' ') {
            i++;
        }
        if (digitsEnd > start && i < lower.length()) {
            String unit = lower.startsWith("个月", i) ? "个月" : lower.startsWith("周", i) ? "周"
                    : lower.startsWith("天", i) ? "天" : null;
            if (unit != null) {
                String rest = Texts.trimSeparators(line.substring(i + unit.length()));
                return Optional.of(new Spotted(rest.isEmpty() ? line : rest, "1" + unit, Rule.PERIOD, ""));
            }
        }
        return Optional.empty();
    }

    private static Optional<Spotted> periodAtStart(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("第")) {
            return cjkPeriod(line, lower);
        }
        int w = 0;
        while (w < lower.length() && Character.isLetter(lower.charAt(w))) {
            w++;
        }
        if (w == 0) {
            return Optional.empty();
        }
        String word = lower.substring(0, w);
        Period period = null;
        for (Period p : PERIODS) {
            if (p.words().contains(word)) {
                period = p;
            }
        }
        if (period == null) {
            return Optional.empty();
        }
        int i = w;
        while (i < lower.length() && lower.charAt(i) == ' ') {
            i++;
        }
        int n1Start = i;
        while (i < lower.length() && Character.isDigit(lower.charAt(i))) {
            i++;
        }
        if (i == n1Start || i - n1Start > 3) {
            return Optional.empty();
        }
        int first = Integer.parseInt(lower.substring(n1Start, i));
        int last = first;
        int j = i;
        while (j < lower.length() && lower.charAt(j) == ' ') {
            j++;
        }
        if (j < lower.length() && "-–—~".indexOf(lower.charAt(j)) >= 0) {
            int k = j + 1;
            while (k < lower.length() && lower.charAt(k) == ' ') {
                k++;
            }
            int n2Start = k;
            while (k < lower.length() && Character.isDigit(lower.charAt(k))) {
                k++;
            }
            if (k > n2Start && k - n2Start <= 3) {
                last = Integer.parseInt(lower.substring(n2Start, k));
                i = k;
            }
        }
        if (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
            return Optional.empty();
        }
        int count = last - first + 1;
        if (count < 1) {
            return Optional.empty();
        }
        String rest = Texts.trimSeparators(line.substring(i));
        String notation = count + " " + (count == 1 ? period.unitOne() : pluralFew(count) ? period.unitFew() : period.unitMany());
        return Optional.of(new Spotted(rest.isEmpty() ? line : rest, notation, Rule.PERIOD, ""));
    }

    private static boolean pluralFew(int n) {
        int mod10 = n % 10;
        int mod100 = n % 100;
        return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14);
    }

    private static int indexOfAny(String s, int from, char a, char b) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }
}
