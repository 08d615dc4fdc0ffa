package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.Vocabulary;
import java.util.List;
import java.util.Locale;

/**
 * Whether a document says its low-priority items may be skipped: one prose line (not a table row)
 * that names the low priority ("low", "baja", "低", ...: {@code priority.low}) and a skip phrase
 * ("skip", "can be skipped", "optional", "opcional", "跳过": {@code marker.may-skip}). Words that
 * are in both lists ("optional") count only as the skip phrase, so a line needs a real word for low,
 * and that word must stand alone or before a word for priority ("low-priority", not "low-level").
 */
final class LowPriority {
    private static final List<String> LOW = Keywords.VOCABULARY.phrases("priority.low");
    private static final List<String> PRIORITY = Keywords.VOCABULARY.phrases("column.priority");
    private static final List<String> SKIP = Keywords.VOCABULARY.phrases("marker.may-skip");

    private LowPriority() {
    }

    /**
     * @param lines the document's lines
     * @return the 1-based line of the first skip sentence about low priority, or 0
     */
    static int skipLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || t.startsWith("|")) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (namesLow(lower) && Keywords.contains(lower, SKIP)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean namesLow(String lower) {
        for (String p : LOW) {
            int at = SKIP.contains(p) ? -1 : Vocabulary.indexOfWord(lower, p);
            if (at >= 0 && wholeWord(lower, at + p.length())) {
                return true;
            }
        }
        return false;
    }

    /** "low" and "low-priority" name the priority; "lower", "low-level" do not. */
    private static boolean wholeWord(String lower, int end) {
        if (end >= lower.length() || Character.isIdeographic(lower.codePointAt(end))) {
            return true;
        }
        char c = lower.charAt(end);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        if (c == '-' && end + 1 < lower.length() && Character.isLetter(lower.charAt(end + 1))) {
            return Keywords.contains(lower.substring(end + 1, Math.min(lower.length(), end + 20)).split("[^\\p{L}]", 2)[0], PRIORITY);
        }
        return true;
    }

    /** @return whether a priority cell says low */
    static boolean isLow(String cell) {
        return Keywords.VOCABULARY.isPhrase("priority.low", Texts.stripSymbols(cell.strip()));
    }
}
