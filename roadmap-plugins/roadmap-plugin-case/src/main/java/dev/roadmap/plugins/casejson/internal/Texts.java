package dev.roadmap.plugins.casejson.internal;

import java.text.Normalizer;

/** Slugs for ids and abbreviations for messages. Stateless. */
public final class Texts {
    private static final int MAX_SLUG = 60;

    private Texts() {
    }

    /**
     * @param text any text
     * @return a lower-case slug of letters, digits, dots and dashes (possibly empty)
     */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < plain.length() && out.length() < MAX_SLUG; ) {
            int cp = plain.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '.') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /**
     * @param text any text
     * @return at most 60 characters of it
     */
    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
