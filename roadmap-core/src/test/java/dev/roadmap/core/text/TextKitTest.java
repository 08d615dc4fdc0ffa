package dev.roadmap.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextKitTest {

    /** Value, decimals, text. */
    private static final Object[][] NUMBERS = {
        {6.0, 2, "6"}, {2.5, 2, "2.5"}, {4.0 / 3, 2, "1.33"}, {2.999, 2, "3"}, {0.125, 2, "0.13"}, {-0.001, 2, "0"},
        {1e16, 2, "10000000000000000"}, {Double.POSITIVE_INFINITY, 2, "Infinity"}, {1.96, 1, "2"}, {2.25, 1, "2.3"},
        {0.12345, 4, "0.1235"}, {-3.5, 0, "-4"},
    };

    @Test
    void spacesCollapseRunsAndTrimTheEnds() {
        assertThat(Spaces.collapse("  a \t\n b\u00A0\u00A0c  ")).isEqualTo("a b c");
        assertThat(Spaces.collapse("** x  y **", 2, 8)).isEqualTo("x y");
        assertThat(Spaces.collapse(" \t ")).isEmpty();
    }

    @Test
    void numbersRoundHalfUpWithoutTrailingZeros() {
        for (Object[] row : NUMBERS) {
            assertThat(Numbers.format((Double) row[0], (Integer) row[1])).as("%s", row[0]).isEqualTo(row[2]);
        }
        assertThat(Numbers.hours(4.0 / 3)).isEqualTo("1.33");
        assertThat(Numbers.oneDecimal(1.25)).isEqualTo("1.3");
        assertThatThrownBy(() -> Numbers.format(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void xmlEscapesMarkupAndReplacesEveryIllegalCharacterTheSameWay() {
        assertThat(XmlText.escape("R&D <b> \"q\" 'a'")).isEqualTo("R&amp;D &lt;b&gt; &quot;q&quot; &#39;a&#39;");
        assertThat(XmlText.escape("a\u0001b\tc\nd\re\u0000")).isEqualTo("a\uFFFDb\tc\nd\re\uFFFD");
        assertThat(XmlText.escape("\uD83D\uDE00 \uD83D x\uDE00 \uFFFE\uFFFF")).isEqualTo("\uD83D\uDE00 \uFFFD x\uFFFD \uFFFD\uFFFD");
        assertThat(XmlText.legal("<a\u0007>")).isEqualTo("<a\uFFFD>");
    }

    @Test
    void markdownInlineEscapesEveryMarkupStartAndFlattensLines() {
        assertThat(MarkdownText.inline("a|b *c* _d_ `e` [f](g) <h> #i \\ ![j] &amp;")).isEqualTo(
                "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\#i \\\\ \\!\\[j\\] \\&amp;");
        assertThat(MarkdownText.inline("one\ntwo\r\nthree!")).isEqualTo("one two  three!");
    }

    @Test
    void jsonQuotedEscapesQuotesBackslashesAndControls() {
        assertThat(JsonText.quoted("a\"b\\c\nd\te\u0001f\u001f é")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u001f é\"");
        assertThat(JsonText.quoted("")).isEqualTo("\"\"");
    }

    @Test
    void abbreviationKeepsShortTextAndCutsLongTextOnCodePoints() {
        String sixty = "x".repeat(60);
        String[][] rows = {
            {"short", "short"}, {sixty, sixty}, {sixty + "y", "x".repeat(59) + "…"},
        };
        for (String[] row : rows) {
            assertThat(Abbreviations.abbreviate(row[0])).isEqualTo(row[1]);
        }
        assertThat(Abbreviations.abbreviate("ab cd", 4)).isEqualTo("ab…");
        assertThat(Abbreviations.abbreviate("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("\uD83D\uDE00…");
        assertThatThrownBy(() -> Abbreviations.abbreviate("abc", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
