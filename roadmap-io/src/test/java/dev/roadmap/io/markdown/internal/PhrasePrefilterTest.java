package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.io.table.internal.PhraseScan;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PhrasePrefilter} may only skip work that would find nothing: whenever a phrase occurs in
 * the lower-cased text (whole words or anywhere) or in the collapsed and lower-cased text, the
 * prefilter says it may occur. Seeded random texts built from the phrases themselves, cut, in
 * upper and mixed case, with white space of every kind and the characters whose lower case is
 * special ("İ", "Σ").
 */
class PhrasePrefilterTest {
    private static final List<List<String>> LISTS = List.of(Phrases.OPTIONAL, Phrases.CHOOSE_ONE, Phrases.MENU_OPTIONAL,
            Phrases.FROM_HERE_ON, ProseHints.TOTAL_LABELS);
    private static final String[] NOISE = {" ", "  ", "\n", "\t", "\u00A0", "\u2028", "İ", "Σ", "ς", "x", "-", ":", "**", "é", "Ж", "学", "1"};

    @Test
    void neverSaysNoWhereTheExactTestsFindAPhrase() {
        Random random = new Random(99);
        int found = 0;
        int skipped = 0;
        for (List<String> phrases : LISTS) {
            PhrasePrefilter prefilter = PhrasePrefilter.of(phrases);
            PhraseScan anywhere = PhraseScan.of(phrases, p -> true);
            for (int i = 0; i < 20_000; i++) {
                String text = text(random, phrases);
                String lower = text.toLowerCase(Locale.ROOT);
                String collapsedLower = Texts.collapse(text).toLowerCase(Locale.ROOT);
                boolean exact = Phrases.mentions(lower, phrases) || Phrases.mentions(collapsedLower, phrases)
                        || anywhere.occursIn(lower) || anywhere.occursIn(collapsedLower);
                boolean may = prefilter.mayOccurIn(text);
                if (exact) {
                    found++;
                    assertThat(may).as("'%s' holds one of %s", text, phrases).isTrue();
                } else if (!may) {
                    skipped++;
                }
            }
        }
        assertThat(found).as("texts with a phrase").isGreaterThan(10_000);
        assertThat(skipped).as("texts the prefilter lets skip").isGreaterThan(10_000);
    }

    @Test
    void aRangeOfATextIsTestedAsItsCopy() {
        Random random = new Random(5);
        PhrasePrefilter prefilter = PhrasePrefilter.of(Phrases.FROM_HERE_ON, Phrases.OPTIONAL);
        int may = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = text(random, Phrases.FROM_HERE_ON) + text(random, Phrases.OPTIONAL);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            boolean copy = prefilter.mayOccurIn(text.substring(from, to));
            assertThat(prefilter.mayOccurIn(text, from, to)).as("'%s' [%d, %d)", text, from, to).isEqualTo(copy);
            may += copy ? 1 : 0;
        }
        assertThat(may).isBetween(2_000, 18_000);
    }

    /**
     * The scan's tables (characters as written, pairs asked before the phrases are tried) against
     * their definition: some phrase matches at some position, each character lowered by itself and a
     * space of a phrase matching a run of white space. Texts in every case, with the characters whose
     * lower case is ASCII though they are not ("K" Kelvin, "İ") and white space beyond ASCII.
     */
    @Test
    void answersAsTryingEveryPhraseAtEveryPosition() {
        Random random = new Random(71);
        String[] odd = {"\u212A", "İ", "\u00A0", "\u2028", "\t", "Σ", "É"};
        int may = 0;
        for (List<String> phrases : LISTS) {
            PhrasePrefilter prefilter = PhrasePrefilter.of(phrases);
            for (int i = 0; i < 10_000; i++) {
                String text = text(random, phrases);
                if (random.nextInt(4) == 0) {
                    int at = random.nextInt(text.length() + 1);
                    text = text.substring(0, at) + odd[random.nextInt(odd.length)] + text.substring(at);
                }
                int from = random.nextInt(3) == 0 ? random.nextInt(text.length() + 1) : 0;
                int to = random.nextInt(3) == 0 ? from + random.nextInt(text.length() - from + 1) : text.length();
                boolean expected = everyPhraseEverywhere(phrases, text, from, to);
                assertThat(prefilter.mayOccurIn(text, from, to)).as("'%s' [%d, %d) in %s", text, from, to, phrases).isEqualTo(expected);
                may += expected ? 1 : 0;
            }
        }
        assertThat(may).isBetween(10_000, 40_000);
    }

    private static boolean everyPhraseEverywhere(List<String> phrases, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String p : phrases) {
                if (!p.isEmpty() && matchesAt(p, text, i, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String phrase, String text, int at, int to) {
        int i = at;
        for (int k = 0; k < phrase.length(); k++) {
            if (phrase.charAt(k) == ' ') {
                if (i >= to || !PhrasePrefilter.isSpace(text.charAt(i))) {
                    return false;
                }
                while (i < to && PhrasePrefilter.isSpace(text.charAt(i))) {
                    i++;
                }
            } else if (i >= to || Character.toLowerCase(text.charAt(i++)) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void whiteSpaceIsWhatCollapseTakesForIt() {
        for (char c = 0; c < 0x3100; c++) {
            assertThat(PhrasePrefilter.isSpace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c) || c == '\u00A0');
        }
    }

    @Test
    void matchesAcrossCaseAndWhiteSpaceRuns() {
        PhrasePrefilter choose = PhrasePrefilter.of(Phrases.CHOOSE_ONE);
        assertThat(choose.mayOccurIn("Please CHOOSE\n  One of these")).isTrue();
        assertThat(choose.mayOccurIn("Choose wisely")).isFalse();
        assertThat(PhrasePrefilter.of(Phrases.OPTIONAL).mayOccurIn("Необязательно")).isTrue();
        assertThatThrownBy(() -> PhrasePrefilter.of(List.of(" optional"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(Random random, List<String> phrases) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, n = 1 + random.nextInt(5); k < n; k++) {
            if (random.nextInt(3) == 0) {
                b.append(NOISE[random.nextInt(NOISE.length)]);
                continue;
            }
            String p = phrases.get(random.nextInt(phrases.size()));
            if (random.nextInt(3) == 0) {
                p = p.substring(0, random.nextInt(p.length() + 1));   // a near miss
            }
            p = switch (random.nextInt(4)) {
                case 0 -> p.toUpperCase(Locale.ROOT);
                case 1 -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1);
                default -> p;
            };
            b.append(p.replace(" ", NOISE[random.nextInt(5)]));
            b.append(NOISE[random.nextInt(NOISE.length)]);
        }
        return b.toString();
    }
}
