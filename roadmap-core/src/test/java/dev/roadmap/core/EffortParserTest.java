package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffortParserTest {
    private static final double PACE = 10;
    private static final double MONTH = PACE * 365.25 / 12 / 7;

    @ParameterizedTest(name = "''{0}'' is {1}-{2} h at 10 h/week")
    @CsvSource(delimiter = '|', textBlock = """
            1-2h          | 1     | 2
            1–2h          | 1     | 2
            1—2 h         | 1     | 2
            1 to 2 hours  | 1     | 2
            90 min        | 1.5   | 1.5
            90 минут      | 1.5   | 1.5
            1h 30min      | 1.5   | 1.5
            6 weeks       | 60    | 60
            6 wk          | 60    | 60
            2 недели      | 20    | 20
            3 недель      | 30    | 30
            3 дня         | 4.285714285714286 | 4.285714285714286
            2 часа        | 2     | 2
            5 часов       | 5     | 5
            2周           | 20    | 20
            3天           | 4.285714285714286 | 4.285714285714286
            1–2小时        | 1     | 2
            2 个小时       | 2     | 2
            2周3天         | 24.285714285714285 | 24.285714285714285
            1,5 ч         | 1.5   | 1.5
            20            | 20    | 20
            20-30h        | 20    | 30
            1-2           | 1     | 2
            1 to 2        | 1     | 2
            ~3h           | 3     | 3
            about 3 hours | 3     | 3
            около 2 недель | 20   | 20
            3天左右        | 4.285714285714286 | 4.285714285714286
            от 1 до 2 недель | 10 | 20
            1 week - 2 weeks | 10 | 20
            ２周           | 20    | 20
            1 year        | 521.7857142857143 | 521.7857142857143
            """)
    void readsNotationAsHourRange(String text, double min, double max) {
        Effort e = EffortParser.parse(text, PACE);
        assertThat(e.minHours()).isCloseTo(min, within(1e-9));
        assertThat(e.maxHours()).isCloseTo(max, within(1e-9));
        assertThat(e.openEnded()).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' is {1}-{2} months")
    @CsvSource(delimiter = '|', textBlock = """
            1~3 months   | 1 | 3
            1-3 months   | 1 | 3
            1–2 месяца   | 1 | 2
            3 мес.       | 3 | 3
            1~3个月       | 1 | 3
            2 mo         | 2 | 2
            """)
    void convertsMonthsAtThePace(String text, double minMonths, double maxMonths) {
        Effort e = EffortParser.parse(text, PACE);
        assertThat(e.minHours()).isCloseTo(minMonths * MONTH, within(1e-9));
        assertThat(e.maxHours()).isCloseTo(maxMonths * MONTH, within(1e-9));
    }

    @ParameterizedTest(name = "''{0}'' is open-ended")
    @CsvSource(textBlock = """
            ongoing
            Ongoing
            ONGOING.
            постоянно
            Постоянно
            持续
            continuous
            """)
    void readsOpenEndedWords(String text) {
        Effort e = EffortParser.parse(text, PACE);
        assertThat(e.openEnded()).isTrue();
        assertThat(e.maxHours()).isInfinite();
        assertThat(e.minHours()).isZero();
    }

    @Test
    void readsPlusAsOpenEndedWithMinimum() {
        Effort e = EffortParser.parse("3+ weeks", PACE);
        assertThat(e.openEnded()).isTrue();
        assertThat(e.minHours()).isEqualTo(30);
    }

    @Test
    void calendarUnitsFollowThePace() {
        assertThat(EffortParser.parse("2 weeks", 4).minHours()).isEqualTo(8);
        assertThat(EffortParser.parse("2 weeks", 25).minHours()).isEqualTo(50);
        assertThat(EffortParser.parse("2h", 25).minHours()).isEqualTo(2);
    }

    @ParameterizedTest(name = "''{0}'' fails at offset {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a few weeks    | 0  | expected a number
            ''             | 0  | empty
            3 parsecs      | 2  | unknown unit 'parsecs'
            2m             | 1  | ambiguous unit 'm'
            2-             | 2  | upper bound
            5-3h           | 0  | upper bound below its lower bound
            2 weeks maybe  | 8  | unexpected 'maybe'
            1h 30          | 3  | has no unit
            9999999999 h   | 0  | too large
            200000 weeks   | 0  | exceeds
            """)
    void refusesUnreadableNotationWithOffset(String text, int offset, String message) {
        assertThatThrownBy(() -> EffortParser.parse(text, PACE))
                .isInstanceOfSatisfying(EffortFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.code()).isEqualTo("unparseable-effort");
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void refusesOverlongNotationWithoutScanningIt() {
        String text = "1".repeat(EffortParser.MAX_LENGTH + 1);
        assertThatThrownBy(() -> EffortParser.parse(text, PACE))
                .isInstanceOf(EffortFormatException.class)
                .hasMessageContaining("longer than");
    }

    @Test
    @Timeout(2)
    void adversarialInputsFailFast() {
        String[] hostile = {"1 ".repeat(99), "1-".repeat(99), "小".repeat(199), "1h -".repeat(49), "周".repeat(199)};
        for (String h : hostile) {
            assertThatThrownBy(() -> EffortParser.parse(h, PACE)).isInstanceOf(EffortFormatException.class);
        }
    }

    @Test
    void isEffortAnswersWithoutThrowing() {
        assertThat(EffortParser.isEffort("6 weeks")).isTrue();
        assertThat(EffortParser.isEffort("Python basics")).isFalse();
    }

    @Test
    void notationRoundTripsThroughToNotation() {
        for (String text : new String[] {"20-30h", "6h", "ongoing", "1.5h", "4h+"}) {
            Effort e = EffortParser.parse(text, PACE);
            assertThat(EffortParser.parse(e.toNotation(), PACE)).isEqualTo(e);
        }
    }
}
