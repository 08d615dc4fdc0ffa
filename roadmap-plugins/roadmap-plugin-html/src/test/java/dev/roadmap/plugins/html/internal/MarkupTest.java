package dev.roadmap.plugins.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.text.Numbers;
import dev.roadmap.core.text.XmlText;
import org.junit.jupiter.api.Test;

/** The report's escaping and numbers: the shared text kit as the HTML exporter uses it. */
class MarkupTest {

    @Test
    void escapesMarkupAndQuotesForHtmlAndXml() {
        assertThat(XmlText.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void replacesCharactersXmlForbidsAndKeepsEmoji() {
        assertThat(XmlText.escape("a\u0000b\u0007c\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
        assertThat(XmlText.escape("lone \uD83E end")).isEqualTo("lone \uFFFD end");
        assertThat(XmlText.escape("robot \uD83E\uDD16")).isEqualTo("robot \uD83E\uDD16");
    }

    @Test
    void truncatesByCodePointsWithAnEllipsisAndFlattensLineBreaks() {
        assertThat(Markup.truncate("Short", 10)).isEqualTo("Short");
        assertThat(Markup.truncate("Line\nbreak\tand tab", 40)).isEqualTo("Line break and tab");
        assertThat(Markup.truncate("Linear algebra for everyone", 10)).isEqualTo("Linear al\u2026");
        String emoji = "\uD83E\uDD16\uD83E\uDD16\uD83E\uDD16\uD83E\uDD16";
        assertThat(Markup.truncate(emoji, 3)).isEqualTo("\uD83E\uDD16\uD83E\uDD16\u2026");
    }

    @Test
    void formatsHoursAndCoordinatesWithoutNeedlessDecimals() {
        assertThat(Numbers.hours(6.0)).isEqualTo("6");
        assertThat(Numbers.hours(2.5)).isEqualTo("2.5");
        assertThat(Numbers.hours(4.0 / 3)).isEqualTo("1.33");
        assertThat(Markup.num(12.0)).isEqualTo("12");
        assertThat(Markup.num(12.25)).isEqualTo("12.3");
    }
}
