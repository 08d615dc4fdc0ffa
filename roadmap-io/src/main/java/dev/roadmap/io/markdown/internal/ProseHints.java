package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Effort;
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
            "each day", "every day", "ежедневно", "/д", "в сутки");
    private static final List<String> WEEKLY_AFTER = List.of("в неделю", "per week", "a week", "/week", "/wk",
            "weekly", "each week", "every week", "/нед", "в нед");
    private static final List<String> DAILY_BEFORE = List.of("每天", "每日", "daily", "ежедневно", "каждый день", "every day");
    private static final List<String> WEEKLY_BEFORE = List.of("每周", "weekly", "каждую неделю", "every week");
    private static final List<String> HOUR_WORDS = List.of("hour", "hrs", "hr", "h", "час", "ч", "小时", "钟头");
    private static final List<String> TOTAL_LABELS = List.of("total", "timeline", "duration", "overall", "всего",
            "итого", "длительность", "срок", "общая продолжительность", "总时长", "总计", "时长", "周期", "总共");

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
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() > 2000) {
            lower = lower.substring(0, 2000);
        }
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
            if (startsWithAny(after, DAILY_AFTER) || endsWithAny(before, DAILY_BEFORE)) {
                double days = daysPerWeek(lower);
                return Optional.of(new PaceHint(Math.min(168, mid * days), phrase, i));
            }
            if (startsWithAny(after, WEEKLY_AFTER) || endsWithAny(before, WEEKLY_BEFORE)) {
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
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() > 2000) {
            return Optional.empty();
        }
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
