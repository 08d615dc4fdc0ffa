package dev.roadmap.io.table.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.text.Spaces;
import dev.roadmap.io.table.Vocabulary;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass scans answer exactly what the per-phrase searches they replace answer. */
class PhraseScanTest {
    private static final String ALPHABET = "abk mo-/wé,.:且周每зад1 2\u00A0\tнед";

    @Test
    void findsWhatIndexOfWordFindsForEveryVocabularyKey() {
        Vocabulary v = Vocabulary.builtIn();
        Random random = new Random(7);
        for (String key : v.keys()) {
            List<String> phrases = v.phrases(key);
            PhraseScan scan = PhraseScan.of(phrases, PhraseScanTest::anywhereAsIndexOfWord);
            for (int n = 0; n < 300; n++) {
                String text = sample(random, phrases);
                assertThat(scan.occursIn(text)).as("%s in '%s'", key, text)
                        .isEqualTo(phrases.stream().anyMatch(p -> Vocabulary.indexOfWord(text, p) >= 0));
            }
        }
    }

    @Test
    void countsAWordStartPhraseOnlyAtAWordStart() {
        PhraseScan scan = PhraseScan.of(List.of("week", "周"), PhraseScanTest::anywhereAsIndexOfWord);
        assertThat(scan.occursIn("3 weeks")).isTrue();
        assertThat(scan.occursIn("biweekly")).isFalse();
        assertThat(scan.occursIn("每周")).isTrue();
        assertThat(scan.occursIn("")).isFalse();
        assertThat(PhraseScan.of(List.of("week"), p -> true).occursIn("biweekly")).isTrue();
    }

    @Test
    void collapsesAsSpacesDoes() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = sample(random, List.of("  ", " x ", "\n", "y"));
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + (text.length() == from ? 0 : random.nextInt(text.length() - from + 1));
            assertThat(Collapsing.collapse(text, from, to)).isEqualTo(Spaces.collapse(text, from, to));
        }
    }

    /** The rule of {@link Vocabulary#indexOfWord}: CJK phrases and those starting with a non-letter count anywhere. */
    private static boolean anywhereAsIndexOfWord(String phrase) {
        int first = phrase.codePointAt(0);
        return !Character.isLetterOrDigit(first) || first >= 0x2E80 && Vocabulary.isCjk(first);
    }

    /** Random text from letters, spaces, punctuation and pieces of the phrases (so that many texts hold one). */
    private static String sample(Random random, List<String> phrases) {
        StringBuilder b = new StringBuilder();
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            if (!phrases.isEmpty() && random.nextInt(3) == 0) {
                String p = phrases.get(random.nextInt(phrases.size()));
                b.append(random.nextBoolean() ? p : p.substring(0, random.nextInt(p.length() + 1)));
            } else {
                for (int k = random.nextInt(4); k >= 0; k--) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
        }
        return b.toString();
    }
}
