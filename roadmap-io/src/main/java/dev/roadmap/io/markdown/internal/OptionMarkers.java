package dev.roadmap.io.markdown.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises alternatives: "Option A", "Path B", "Вариант B", "Путь А", "方案一", and the
 * "instead of 5–6" / "вместо 5–6" phrasing that names the skills an option replaces.
 */
public final class OptionMarkers {
    private static final List<String> WORDS = List.of("option", "path", "variant", "alternative",
            "вариант", "путь", "альтернатива");
    private static final String CN_WORD = "方案";
    private static final String CN_NUMERALS = "一二三四五六七八九";
    private static final String CYR_LETTERS = "абвгдежзик";
    private static final String LAT_FOR_CYR = "abvgdezzik";

    /**
     * @param key   normalised option key: a lower-case Latin letter or a number ("a", "b", "1")
     * @param label the marker as written ("Путь А")
     * @param start index of the marker in the text
     */
    public record Marker(String key, String label, int start) {
    }

    private OptionMarkers() {
    }

    /**
     * @param text a line of text
     * @return the first option marker in it
     */
    public static Optional<Marker> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int cn = lower.indexOf(CN_WORD);
        if (cn >= 0 && cn + 2 < lower.length()) {
            char c = lower.charAt(cn + 2);
            int numeral = CN_NUMERALS.indexOf(c);
            String key = numeral >= 0 ? String.valueOf((char) ('a' + numeral)) : c >= 'a' && c <= 'z' ? String.valueOf(c) : null;
            if (key != null) {
                return Optional.of(new Marker(key, text.substring(cn, cn + 3), cn));
            }
        }
        for (String word : WORDS) {
            int at = Keywords.indexOfWord(lower, word);
            while (at >= 0) {
                int i = at + word.length();
                if (i + 1 < lower.length() && lower.charAt(i) == ' ') {
                    char c = lower.charAt(i + 1);
                    boolean single = i + 2 >= lower.length() || !Character.isLetterOrDigit(lower.charAt(i + 2));
                    String key = null;
                    if (single && c >= 'a' && c <= 'z') {
                        key = String.valueOf(c);
                    } else if (single && CYR_LETTERS.indexOf(c) >= 0) {
                        key = String.valueOf(LAT_FOR_CYR.charAt(CYR_LETTERS.indexOf(c)));
                    } else if (single && c >= '1' && c <= '9') {
                        key = String.valueOf((char) ('a' + (c - '1')));
                    }
                    if (key != null) {
                        return Optional.of(new Marker(key, text.substring(at, i + 2), at));
                    }
                }
                at = findFrom(lower, word, at + 1);
            }
        }
        return Optional.empty();
    }

    private static int findFrom(String lower, String word, int from) {
        int i = lower.indexOf(word, from);
        while (i >= 0) {
            if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                return i;
            }
            i = lower.indexOf(word, i + 1);
        }
        return -1;
    }

    /**
     * @param text a line of text
     * @return the range of item numbers named by "instead of N–M" ({@code [N, M]}), if any
     */
    public static Optional<int[]> insteadOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : Keywords.INSTEAD) {
            int at = Keywords.indexOfWord(lower, w);
            if (at < 0) {
                continue;
            }
            int i = at + w.length();
            while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '#')) {
                i++;
            }
            int s = i;
            while (i < lower.length() && Character.isDigit(lower.charAt(i)) && i - s < 4) {
                i++;
            }
            if (i == s) {
                continue;
            }
            int first = Integer.parseInt(lower.substring(s, i));
            int last = first;
            while (i < lower.length() && lower.charAt(i) == ' ') {
                i++;
            }
            if (i < lower.length() && "-–—~".indexOf(lower.charAt(i)) >= 0) {
                int k = i + 1;
                while (k < lower.length() && lower.charAt(k) == ' ') {
                    k++;
                }
                int s2 = k;
                while (k < lower.length() && Character.isDigit(lower.charAt(k)) && k - s2 < 4) {
                    k++;
                }
                if (k > s2) {
                    last = Integer.parseInt(lower.substring(s2, k));
                }
            }
            if (last >= first) {
                return Optional.of(new int[] {first, last, at});
            }
        }
        return Optional.empty();
    }
}
