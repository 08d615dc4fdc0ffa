package dev.roadmap.plugins.roadmapsh.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.text.Normalizer;
import java.util.Locale;

/** Text helpers: cleaning labels, slugs for ids, abbreviations for messages, JSON string literals. Stateless. */
public final class Texts {
    private static final int MAX_SLUG = 60;
    private static final int MAX_SHOWN = 60;

    private Texts() {
    }

    /**
     * @param text a label as written
     * @return the label with runs of whitespace (including line breaks) as one space, trimmed
     */
    public static String clean(String text) {
        return text.replaceAll("[\\s\\p{Cc}]+", " ").trim();
    }

    /**
     * @param text any text
     * @return at most 60 characters of it, for messages
     */
    public static String abbreviate(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }

    /**
     * @param text a label
     * @return a lower-case slug of letters, digits and dashes (possibly empty)
     */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < plain.length() && out.length() < MAX_SLUG; ) {
            int cp = plain.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp == '+' || cp == '#') {
                // C++ and C# keep their meaning in ids
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(cp == '+' ? "plus" : "sharp");
            } else {
                dash = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text any text
     * @return it as a JSON string literal, quotes included
     */
    public static String jsonString(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
