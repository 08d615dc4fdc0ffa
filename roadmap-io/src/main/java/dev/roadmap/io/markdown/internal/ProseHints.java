package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Effort;
import dev.roadmap.io.table.internal.PhraseScan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the author's stated pace ("studying 3-4 hours daily", "5 часов в неделю", "每天 1–2 小时",
 * "6 hours per week", "2–3 часа в день, 6 дней в неделю") and total duration ("Total: 12-24 months",
 * "(duration：1~3months)") from one block of prose. Bounded scans; no regular expressions.
 */
public final class ProseHints {
    private static final List<String> DAILY_AFTER = List.of("в день", "per day", "a day", "/day", "/день", "daily",
            "each day", "every day", "each a day", "a night", "per night", "every night", "ежедневно", "/д", "в сутки",
            "al día", "al dia", "por día", "por dia", "diarias", "diarios", "diárias", "diários", "cada día", "cada dia",
            "每天", "每日");
    private static final List<String> WEEKLY_AFTER = List.of("в неделю", "per week", "a week", "/week", "/wk",
            "weekly", "each week", "every week", "/нед", "в нед", "semanales", "semanais", "por semana", "a la semana",
            "na semana", "cada semana", "每周");
    private static final List<String> DAILY_BEFORE = List.of("每天", "每日", "每晚", "每天晚上", "daily", "ежедневно",
            "каждый день", "every day", "cada día", "cada dia", "todos los días", "todos os dias");
    private static final List<String> WEEKLY_BEFORE = List.of("每周", "每星期", "weekly", "каждую неделю", "every week",
            "cada semana", "por semana");
    /** Spanish and Portuguese unit words the effort notation does not know, and "9-week" compounds. */
    private static final List<String[]> UNIT_WORDS = List.of(new String[] {"horas", "hours"}, new String[] {"hora", "hour"},
            new String[] {"semanas", "weeks"}, new String[] {"semana", "week"}, new String[] {"días", "days"},
            new String[] {"dias", "days"}, new String[] {"día", "day"}, new String[] {"dia", "day"},
            new String[] {"meses", "months"}, new String[] {"mes", "month"}, new String[] {"mês", "month"},
            new String[] {"años", "years"}, new String[] {"anos", "years"}, new String[] {"año", "year"},
            new String[] {"ano", "year"});
    private static final int MIN_UNIT_WORD = UNIT_WORDS.stream().mapToInt(w -> w[0].length()).min().orElse(0);
    private static final int MAX_UNIT_WORD = UNIT_WORDS.stream().mapToInt(w -> w[0].length()).max().orElse(0);
    private static final String SENTENCE_ENDS = ".!?。！？;；\n";
    private static final List<String> HOUR_WORDS = List.of("hour", "hrs", "hr", "h", "час", "ч", "小时", "钟头");
    static final List<String> TOTAL_LABELS = List.of("total", "timeline", "duration", "overall", "всего",
            "итого", "длительность", "срок", "общая продолжительность", "总时长", "总计", "时长", "周期", "总共");
    /** Whether a text holds one of the labels anywhere, in one pass. */
    private static final PhraseScan TOTAL_LABEL_SCAN = PhraseScan.of(TOTAL_LABELS, l -> true);
    /** The test before that one, on the text as written (no lower-cased copy of every block). */
    private static final PhrasePrefilter TOTAL_LABEL_MAY_OCCUR = PhrasePrefilter.of(TOTAL_LABELS);

    /**
     * A detected pace.
     *
     * @param hoursPerWeek the weekly hours
     * @param text         the phrase as written
     * @param offset       where the phrase starts in the block text
     */
    public record PaceHint(double hoursPerWeek, String text, int offset) {
    }

    /**
     * A detected total duration.
     *
     * @param notation the duration as written ("12-24 months")
     * @param offset   where it starts in the block text
     */
    public record TotalHint(String notation, int offset) {
    }

    private ProseHints() {
    }

    /**
     * @param text one block of prose
     * @return the pace it states, if any
     */
    public static Optional<PaceHint> pace(String text) {
        String all = normaliseUnits(text.length() > 2000 ? text.substring(0, 2000) : text);
        for (int[] range : sentences(all)) {
            String sentence = all.substring(range[0], range[1]);
            String lowerSentence = sentence.toLowerCase(Locale.ROOT);
            if (Phrases.mentions(lowerSentence, Phrases.NOT_STUDY) || Phrases.mentions(lowerSentence, Phrases.AUTHOR_STORY)) {
                continue;
            }
            Optional<PaceHint> hint = paceIn(sentence, Texts.lowerKeepingIndexes(all));
            if (hint.isPresent()) {
                return Optional.of(new PaceHint(hint.get().hoursPerWeek(), hint.get().text(), range[0] + hint.get().offset()));
            }
        }
        return Optional.empty();
    }

    private static Optional<PaceHint> paceIn(String text, String block) {
        String lower = Texts.lowerKeepingIndexes(text);
        for (int i = 0; i < lower.length(); i++) {
            if (!Character.isDigit(lower.charAt(i)) || (i > 0 && (Character.isDigit(lower.charAt(i - 1)) || lower.charAt(i - 1) == '.'))) {
                continue;
            }
            int end = effortEnd(lower, i, true);
            if (end <= i) {
                continue;
            }
            String phrase = text.substring(i, end).strip();
            if (!hasHourUnit(phrase.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Effort> parsed = Efforts.parse(phrase, 10);
            if (parsed.isEmpty()) {
                continue;
            }
            Effort e = parsed.get();
            String after = lower.substring(end, Math.min(lower.length(), end + 16)).strip();
            after = after.startsWith("**") ? after.substring(2).strip() : after;
            String before = lower.substring(Math.max(0, i - 16), i);
            double mid = e.midHours();
            if (mid <= 0) {
                continue;
            }
            if (startsWithAny(after, DAILY_AFTER) || endsWithAny(before, DAILY_BEFORE) || cjkNear(before, DAILY_BEFORE)) {
                double days = daysPerWeek(block);
                return Optional.of(new PaceHint(Math.min(168, mid * days), phrase, i));
            }
            if (startsWithAny(after, WEEKLY_AFTER) || endsWithAny(before, WEEKLY_BEFORE) || cjkNear(before, WEEKLY_BEFORE)) {
                return Optional.of(new PaceHint(Math.min(168, mid), phrase, i));
            }
        }
        return Optional.empty();
    }

    /**
     * @param text one block of prose
     * @return the total duration it states, if any
     */
    public static Optional<TotalHint> total(String text) {
        return total(text, true);
    }

    /**
     * @param text  one block of prose
     * @param plain whether an unlabelled duration in a sentence about the study counts ("finish within
     *              about 2 years"); false for list items, whose durations are the item's own effort
     * @return the total duration it states, if any
     */
    static Optional<TotalHint> total(String text, boolean plain) {
        if (text.length() > 2000) {
            return Optional.empty();
        }
        if (!hasDigit(text, 0, text.length())) {
            return Optional.empty();   // a total, labelled or not, is a number with a unit
        }
        if (!plain && (!TOTAL_LABEL_MAY_OCCUR.mayOccurIn(text) || !TOTAL_LABEL_SCAN.occursIn(text.toLowerCase(Locale.ROOT)))) {
            // only a labelled total counts here, and no label is written (the unit words that
            // normaliseUnits rewrites neither make nor hold a label)
            return Optional.empty();
        }
        String all = normaliseUnits(text);
        for (int[] range : sentences(all)) {
            if (!hasDigit(all, range[0], range[1])) {
                continue;
            }
            String sentence = all.substring(range[0], range[1]);
            String lower = Texts.lowerKeepingIndexes(sentence);
            // labelledTotal is pure: trying it before the (dearer) checks of the sentence changes no result
            Optional<TotalHint> hint = labelledTotal(sentence, lower);
            if (hint.isEmpty() && !plain
                    || Phrases.mentions(lower, Phrases.NOT_STUDY) || Phrases.mentions(lower, Phrases.AUTHOR_STORY)) {
                continue;
            }
            if (hint.isEmpty() && Phrases.mentionsStem(lower, Phrases.STUDY_CONTEXT)) {
                hint = plainTotal(sentence, lower);
            }
            if (hint.isPresent()) {
                return Optional.of(new TotalHint(hint.get().notation(), range[0] + hint.get().offset()));
            }
        }
        return Optional.empty();
    }

    private static Optional<TotalHint> labelledTotal(String text, String lower) {
        for (String label : TOTAL_LABELS) {
            int at = Keywords.indexOfWord(lower, label);
            if (at < 0) {
                continue;
            }
            int i = at + label.length();
            int limit = Math.min(lower.length(), i + 24);
            while (i < limit && !Character.isDigit(lower.charAt(i))) {
                i++;
            }
            if (i >= limit) {
                continue;
            }
            int end = effortEnd(lower, i, false);
            String phrase = text.substring(i, end).strip();
            if (EffortSpotter.isUnitEffort(phrase)) {
                return Optional.of(new TotalHint(phrase, i));
            }
        }
        return Optional.empty();
    }

    /**
     * "finish within about 2 years", "a 9-week course", "30 días": the first duration of at least two
     * weeks in a sentence about the study. Ordinals ("第1周", "week 3") and hours (a pace or an item's
     * effort) are not totals.
     */
    private static Optional<TotalHint> plainTotal(String text, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (!Character.isDigit(lower.charAt(i)) || (i > 0 && (Character.isDigit(lower.charAt(i - 1)) || lower.charAt(i - 1) == '.'
                    || lower.charAt(i - 1) == '第' || Character.isLetter(lower.charAt(i - 1)) && !Texts.isCjk(lower.charAt(i - 1))))) {
                continue;
            }
            String before = lower.substring(Math.max(0, i - 8), i).strip();
            if (before.endsWith("第") || before.endsWith("week") || before.endsWith("day") || before.endsWith("month")
                    || !unitFollows(lower, i)) {
                continue;
            }
            int end = effortEnd(lower, i, false);
            if (end <= i) {
                continue;
            }
            String phrase = text.substring(i, end).strip();
            if (hasHourUnit(phrase.toLowerCase(Locale.ROOT)) || !EffortSpotter.isUnitEffort(phrase)) {
                continue;
            }
            Optional<Effort> e = Efforts.parse(phrase, dev.roadmap.core.Pace.DEFAULT_HOURS_PER_WEEK);
            if (e.isPresent() && !e.get().openEnded() && e.get().minHours() >= 2 * dev.roadmap.core.Pace.DEFAULT_HOURS_PER_WEEK) {
                return Optional.of(new TotalHint(phrase, i));
            }
        }
        return Optional.empty();
    }

    /**
     * Cheap test before any parse: a unit word follows the number (or its range "2-3", "2 to 3")
     * within a few characters, so digit-dense prose costs no parse per digit.
     */
    private static boolean unitFollows(String lower, int start) {
        int i = start;
        int limit = Math.min(lower.length(), start + 16);
        while (i < limit && (Character.isDigit(lower.charAt(i)) || " .,-–~".indexOf(lower.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= limit || !Character.isLetter(lower.charAt(i))) {
            return false;
        }
        // a unit written out ("2 years", "30 días") or in CJK ("3个月"); a one-letter abbreviation in prose
        // ("1y" glued to a title word, "1 y数学" with CJK after it) is no statement of a total
        char unit = lower.charAt(i);
        if (Texts.isCjk(unit)) {
            return true;
        }
        return i + 1 < lower.length() && Character.isLetter(lower.charAt(i + 1)) && !Texts.isCjk(lower.charAt(i + 1));
    }

    /** Sentences of a block: [start, end) ranges split after ".", "!", "?", "。", ";" and line breaks. */
    private static List<int[]> sentences(String text) {
        List<int[]> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = SENTENCE_ENDS.indexOf(c) >= 0 && (c != '.' || i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "20 horas semanales" reads as "20 hours semanales", "a 9-week course" as "a 9 week course". */
    static String normaliseUnits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '-' && i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                b.append(' ');
                i++;
                continue;
            }
            if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int e = i;
                while (e < text.length() && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                String word = text.substring(i, e);
                b.append(translate(word));
                i = e;
                continue;
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static String translate(String word) {
        if (word.length() < MIN_UNIT_WORD || word.length() > MAX_UNIT_WORD) {
            return word;   // lower-casing never shortens a word, and a longer form is no unit word
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] w : UNIT_WORDS) {
            if (w[0].equals(lower)) {
                return w[1];
            }
        }
        return word;
    }

    /**
     * Extends from a digit over the longest prefix (up to 40 characters) that reads as an effort.
     * With {@code hoursOnly}, only candidates whose unit is an hour word are parsed (a pace is stated
     * in hours), which keeps digit-dense prose from costing a failed parse per candidate.
     */
    private static int effortEnd(String lower, int start, boolean hoursOnly) {
        int stop = start;
        while (stop < lower.length() && stop - start < 40 && ",;()（）。，：|*\n".indexOf(lower.charAt(stop)) < 0) {
            stop++;
        }
        for (int end = stop; end > start; end--) {
            if (end < stop && !isBoundary(lower, end)) {
                continue;
            }
            String candidate = lower.substring(start, end).strip();
            // Prose hints always carry a unit ("3 hours", "12 months", "2小时"), so only a candidate that
            // ends in a letter can be one; skipping the rest keeps digit-dense prose ("1-1-1-...")
            // from costing a failed parse per character pair.
            if (!candidate.isEmpty() && Character.isLetter(candidate.charAt(candidate.length() - 1))
                    && (!hoursOnly || hasHourUnit(candidate)) && Efforts.isEffort(candidate)) {
                return end;
            }
        }
        return start;
    }

    private static boolean isBoundary(String s, int i) {
        char c = s.charAt(i);
        char p = s.charAt(i - 1);
        return Character.isWhitespace(c) || Texts.isCjk(c) || Texts.isCjk(p) || !Character.isLetterOrDigit(c)
                || Character.isDigit(p) != Character.isDigit(c);
    }

    private static boolean hasHourUnit(String phrase) {
        int i = phrase.length();
        while (i > 0 && !Character.isDigit(phrase.charAt(i - 1))) {
            i--;
        }
        String unit = phrase.substring(i).strip();
        for (String w : HOUR_WORDS) {
            if (unit.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** "6 дней в неделю", "6 days a week", "每周 6 天": days of study per week, else 7. */
    private static double daysPerWeek(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < '1' || c > '7' || (i + 1 < lower.length() && Character.isDigit(lower.charAt(i + 1)))
                    || (i > 0 && Character.isDigit(lower.charAt(i - 1)))) {
                continue;
            }
            String after = lower.substring(i + 1, Math.min(lower.length(), i + 22)).strip();
            String before = lower.substring(Math.max(0, i - 4), i).strip();
            boolean dayWord = after.startsWith("дн") || after.startsWith("day") || after.startsWith("天") || after.startsWith("раз");
            if (!dayWord) {
                continue;
            }
            if (before.endsWith("每周") || after.contains("в неделю") || after.contains("a week") || after.contains("per week")
                    || after.contains("/week") || after.contains("weekly")) {
                return c - '0';
            }
        }
        return 7;
    }

    /** CJK prose puts the frequency a few characters before the number: "每天平均花费时间2小时". */
    private static boolean cjkNear(String before, List<String> words) {
        String t = before.length() > 10 ? before.substring(before.length() - 10) : before;
        for (String w : words) {
            int at = Texts.isCjk(w.codePointAt(0)) ? t.lastIndexOf(w) : -1;
            if (at >= 0 && t.substring(at).chars().noneMatch(c -> "，。,.;；！？".indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, List<String> words) {
        String t = s.strip();
        if (t.endsWith("**")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        for (String w : words) {
            if (t.endsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
