package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.Vocabulary;
import java.util.List;
import java.util.Locale;

/**
 * The words the Markdown outline readers recognise, taken from the built-in {@link Vocabulary} (one
 * resource per language, all languages merged; table headers are read by {@code ColumnRoles}). Matching is on lower-cased text: Latin and
 * Cyrillic words match at a word start (so inflections match), CJK words anywhere.
 */
final class Keywords {
    static final Vocabulary VOCABULARY = Vocabulary.builtIn();

    /** Words of a description column or label ("Description: ..."). */
    static final List<String> DESCRIPTION = VOCABULARY.phrases("column.description");

    /** Labels that introduce prerequisites in prose ("Prerequisites: A, B"). */
    static final List<String> PREREQ_LABELS = VOCABULARY.phrases("label.prerequisites");
    /** Headings or labels that switch a skill's list items to resources. */
    static final List<String> RESOURCE_LABELS = VOCABULARY.phrases("label.resources");
    /** Headings or labels that switch a skill's list items to projects. */
    static final List<String> PROJECT_LABELS = VOCABULARY.phrases("label.projects");
    /** Headings or labels of checklists. */
    static final List<String> TOPIC_LABELS = VOCABULARY.phrases("label.topics");
    /** "instead of" phrasings naming replaced skills. */
    static final List<String> INSTEAD = VOCABULARY.phrases("label.instead");

    private Keywords() {
    }

    /** @return whether {@code text} contains one of {@code words} (word-start for letters, anywhere for CJK) */
    static boolean contains(String text, List<String> words) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (indexOfWord(t, w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code text}, stripped of symbols, starts with one of {@code words} */
    static boolean startsWith(String text, List<String> words) {
        String t = Texts.stripSymbols(text).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (t.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** @return the index of {@code word} in lower-case {@code t} at a word start, or -1 */
    static int indexOfWord(String t, String word) {
        return Vocabulary.indexOfWord(t, word);
    }
}
