package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OutlineReader#isPrerequisiteLine}, which lowers only the label when the text before the
 * colon is ASCII, against its definition: the stripped first line lower-cased whole, its first colon
 * within 30 characters, the trimmed text before it one of the prerequisite labels. Seeded random
 * lines of the labels in every case, with decoration, both colons, line breaks, long words and the
 * characters whose lower case is longer or context-dependent ("İ", "Σ").
 */
class PrerequisiteLineTest {
    private static final String[] NOISE = {" ", "  ", ":", "：", "\n", "**", "🔥 ", "İ", "Σ", "x", "-", "—", "é", "Ж", "学",
        "a very long word before the colon", "skill-1, skill-2", "1."};

    @Test
    void answersAsTheWholeLineLowerCased() {
        Random random = new Random(81);
        int yes = 0;
        for (int i = 0; i < 60_000; i++) {
            String text = line(random);
            boolean expected = OutlineReader.isPrerequisiteLabel(Texts.stripSymbols(OutlineReader.firstLine(text)).toLowerCase(Locale.ROOT));
            assertThat(OutlineReader.isPrerequisiteLine(text)).as(text).isEqualTo(expected);
            yes += expected ? 1 : 0;
        }
        assertThat(yes).as("prerequisite lines").isBetween(5_000, 50_000);
    }

    private static String line(Random random) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(4) == 0) {
            b.append(NOISE[random.nextInt(NOISE.length)]);
        }
        String label = Keywords.PREREQ_LABELS.get(random.nextInt(Keywords.PREREQ_LABELS.size()));
        b.append(switch (random.nextInt(3)) {
            case 0 -> label.toUpperCase(Locale.ROOT);
            case 1 -> Character.toUpperCase(label.charAt(0)) + label.substring(1);
            default -> label;
        });
        for (int k = 0, n = random.nextInt(4); k < n; k++) {
            b.append(NOISE[random.nextInt(NOISE.length)]);
        }
        b.append(random.nextInt(5) == 0 ? "" : random.nextBoolean() ? ":" : "：");
        for (int k = 0, n = random.nextInt(4); k < n; k++) {
            b.append(NOISE[random.nextInt(NOISE.length)]);
        }
        return b.toString();
    }
}
