package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TableReader#rawCellCount(String, int, int)}, which counts a row's raw cells where the row's
 * line lies in the document's text, against its definition: the count of the line cut out of the
 * text and stripped ({@link #definition}). Seeded random lines of pipes,
 * backslashes, backticks, spaces, tabs and other whitespace (Unicode spaces among them), inside
 * random neighbours.
 */
class RawCellCountTest {
    private static final String ALPHABET = "||||\\\\``  \t\u00a0\u2003\u3000\u000b\u001cab|";

    @Test
    void countsInPlaceAsTheStrippedLineCounts() {
        Random random = new Random(20261206);
        int nonZero = 0;
        for (int n = 0; n < 200_000; n++) {
            String before = line(random);
            String row = line(random);
            String after = line(random);
            String text = before + "\n" + row + "\n" + after;
            int from = before.length() + 1;
            int expected = definition(row);
            assertThat(TableReader.rawCellCount(text, from, from + row.length())).as("'%s'", row).isEqualTo(expected);
            assertThat(TableReader.rawCellCount(row)).as("'%s'", row).isEqualTo(expected);
            nonZero += expected != 0 ? 1 : 0;
        }
        assertThat(nonZero).isGreaterThan(100_000);
    }

    private static String line(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * The definition the in-place count replaces: the line cut out of the text and stripped, then
     * counted (the count of a stripped line reads all of it).
     */
    private static int definition(String line) {
        String t = line.strip();
        return TableReader.rawCellCount(t, 0, t.length());
    }
}
