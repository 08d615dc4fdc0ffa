package dev.roadmap.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {
    private static final String ASCII_PIECES = "aZ09 -+#.:_/()&!?'\"\t\n\r*~`@%=<>[]{}|\\^$;,";

    /** The ASCII shortcut against the rule one code point at a time, on 50,000 seeded random titles. */
    @Test
    void asciiSlugsFollowTheRule() {
        Random random = new Random(31);
        long cut = java.util.stream.IntStream.range(0, 50_000)
                .mapToObj(i -> random.nextInt(10) == 0 ? text(random, "abab -+#", 200) : text(random, ASCII_PIECES, 20))
                .filter(SlugsTest::sameSlugAndCut).count();
        assertThat(cut).as("slugs cut to the longest length").isGreaterThan(100);
        assertThat(Slugs.ofAscii("Café")).isNull();
        assertThat(Slugs.of("Основы C++ и C#", "x")).isEqualTo(Slugs.ofAnyText("Основы C++ и C#"));
    }

    /** Asserts the title's ASCII slug equals the rule's; @return whether the slug is (nearly) as long as a slug gets */
    private static boolean sameSlugAndCut(String title) {
        String expected = Slugs.ofAnyText(title);
        assertThat(Slugs.ofAscii(title)).as(title).isEqualTo(expected);
        assertThat(Slugs.of(title, "fallback")).as(title).isEqualTo(expected.isEmpty() ? "fallback" : expected);
        return expected.length() >= Slugs.MAX_LENGTH - 1;
    }

    /** A random text over the alphabet, {@code a} and {@code b} standing for any lower-case letter. */
    private static String text(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, n = random.nextInt(maxLength + 1); k < n; k++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            b.append(c == 'a' || c == 'b' ? (char) ('a' + random.nextInt(26)) : c);
        }
        return b.toString();
    }


    /** Title, slug: one row per clause of the rule. */
    private static final String[][] RULE = {
        {"Linear Algebra: Vectors & Matrices", "linear-algebra-vectors-matrices"},
        {"  --Hello,   World!--  ", "hello-world"},
        {"Node.js", "node-js"},
        {"C++ and C#", "cplusplus-and-csharp"},
        {"+1 #2", "1-2"},
        {"Основы Python", "osnovy-python"},
        {"Café Crème brûlée", "cafe-creme-brulee"},
        {"Cafe\u0301", "cafe"},
        {"日本語 入門", "日本語-入門"},
        {"한국어", "한국어"},
        {"हिन्दी", "हिन्दी"},
        {"Straße", "straße"},
        {"?! ...", ""},
        {"", ""},
    };

    @Test
    void followsTheDocumentedRule() {
        for (String[] row : RULE) {
            assertThat(Slugs.of(row[0])).as(row[0]).isEqualTo(row[1]);
        }
        assertThat(Slugs.of("--", "skill")).isEqualTo("skill");
        assertThat(Slugs.of("Go", "skill")).isEqualTo("go");
        assertThat(Slugs.ofFileName("docs\\sub/Frontend Path.roadmap.json", "roadmap")).isEqualTo("frontend-path");
        assertThat(Slugs.ofFileName("/tmp/.json", "roadmap")).isEqualTo("json");
        assertThat(Slugs.ofFileName("/tmp/!!.sm", "psplib")).isEqualTo("psplib");
    }

    @Test
    void cutToMaxLengthWithoutATrailingDash() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).startsWith("word-word").doesNotEndWith("-");
        String emoji = Slugs.of("日".repeat(100));
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void everyNonEmptySlugIsAValidSkillIdAndStable() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder title = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                title.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f));
            }
            String slug = Slugs.of(title.toString());
            assertThat(Slugs.of(title.toString())).isEqualTo(slug);
            if (!slug.isEmpty()) {
                assertThat(SkillId.isValid(slug)).as(title.toString()).isTrue();
                assertThat(slug).doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
                assertThat(Slugs.of(slug)).isEqualTo(slug);
            }
        }
    }

    @Test
    void uniqueAppendsTheFirstFreeSuffix() {
        Slugs slugs = new Slugs();
        slugs.reserve("intro-2");
        assertThat(slugs.unique("intro")).isEqualTo("intro");
        assertThat(slugs.unique("intro")).isEqualTo("intro-3");
        assertThat(slugs.unique("intro")).isEqualTo("intro-4");
        assertThat(slugs.unique("other")).isEqualTo("other");
    }
}
