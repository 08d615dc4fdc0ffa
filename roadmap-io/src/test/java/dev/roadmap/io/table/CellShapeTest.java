package dev.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** The one-pass {@link CellShape} of a cell answers as the per-question scans it replaces. */
class CellShapeTest {
    /** ASCII digits and the row-number/date signs, letters of several scripts, other digits, signs, surrogates. */
    private static final String[] PIECES = {"0", "1", "7", "9", "#", ".", ")", "-", "/", " ", "a", "Z", "w", "h", "é", "Ж",
        "中", "∞", "٣", "५", "✅", "★", "*", "_", ",", "\uD835\uDC00", "\uD835\uDFD9", "\uD83D\uDE00", "\uD800", "\uDC00", "ǅ"};

    @Test
    void everyBitIsItsDefinitionOnRandomCells() {
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            String t = cell(random);
            int shape = CellShape.of(t);
            assertThat((shape & CellShape.LETTER) != 0).as("letter %s", t).isEqualTo(any(t, Character::isLetter));
            assertThat((shape & CellShape.DIGIT) != 0).as("digit %s", t).isEqualTo(any(t, Character::isDigit));
            assertThat((shape & CellShape.MAY_BE_DURATION) != 0).as("duration %s", t).isEqualTo(TableEfforts.mayBeDuration(t));
            if ((shape & CellShape.NUMERIC) == 0) {
                assertThat(ColumnStats.integer(t)).as("integer %s", t).isEqualTo(-1);
                assertThat(ColumnStats.isDate(t)).as("date %s", t).isFalse();
            }
        }
    }

    @Test
    void everyCharacterAloneAndAfterADigitIsItsDefinition() {
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String t : new String[] {String.valueOf((char) c), "4" + (char) c, (char) c + "h"}) {
                int shape = CellShape.of(t);
                assertThat((shape & CellShape.LETTER) != 0).as("letter %s", t).isEqualTo(any(t, Character::isLetter));
                assertThat((shape & CellShape.DIGIT) != 0).as("digit %s", t).isEqualTo(any(t, Character::isDigit));
                assertThat((shape & CellShape.MAY_BE_DURATION) != 0).as("duration %s", t).isEqualTo(TableEfforts.mayBeDuration(t));
            }
        }
    }

    @Test
    void rowNumbersAndDatesKeepTheNumericBit() {
        for (String t : new String[] {"12", "#4", "5.", "3)", "2024-01-31", "31/01/2024", "1.2.3", ""}) {
            assertThat(CellShape.of(t) & CellShape.NUMERIC).as(t).isEqualTo(CellShape.NUMERIC);
        }
    }

    private static String cell(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 40 + random.nextInt(40) : random.nextInt(12);
        // some cells of one kind of piece only (numbers, dates), most of all kinds
        int range = random.nextBoolean() ? 10 : PIECES.length;
        for (int k = 0; k < length; k++) {
            b.append(PIECES[random.nextInt(range)]);
        }
        return b.toString();
    }

    /** The definition: a code point of the text passes the test. */
    private static boolean any(String t, IntPredicate test) {
        return t.codePoints().anyMatch(test);
    }
}
