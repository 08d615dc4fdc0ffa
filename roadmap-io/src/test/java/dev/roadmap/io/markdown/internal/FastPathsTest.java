package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.spi.ReadLimits;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The importer's shortcuts against the definitions they stand in for, over seeded random texts:
 * the lines cut out on demand against the document's lines split at once, the language of an ASCII text against the full count, ASCII bytes read
 * as they are against their UTF-8 decoding, and the period markers of lines without a period word against the full search.
 */
class FastPathsTest {
    @Test
    void linesCutOutOnDemandAreTheDocumentsLines() {
        Random random = new Random(32);
        for (int i = 0; i < 5_000; i++) {
            String text = text(random, "ab \n\r\r\n\t", 30);
            ReadContext ctx = new ReadContext("t.md", ReadLimits.defaults(), text, 10);
            String[] lines = ParagraphTables.lines(text);
            assertThat(ctx.lineCount()).as(text).isEqualTo(lines.length);
            for (int l = 0; l <= lines.length + 1; l++) {
                assertThat(ctx.line(l)).as("%s line %d", text, l).isEqualTo(l >= 1 && l <= lines.length ? lines[l - 1] : "");
                if (l >= 1 && l <= lines.length) {
                    assertThat(text.substring(ctx.lineStart(l), ctx.lineEnd(l))).isEqualTo(lines[l - 1]);
                }
            }
        }
    }

    @Test
    void theLanguageOfAnAsciiTextIsTheFullCountsAnswer() {
        Random random = new Random(33);
        for (int i = 0; i < 20_000; i++) {
            String text = text(random, "ab1 .-\n", random.nextInt(4) == 0 ? 3 : 40);
            assertThat(Texts.guessAsciiLanguage(text)).as(text).isEqualTo(Texts.guessLanguage(text));
        }
        assertThat(Texts.guessAsciiLanguage("1 x")).isEqualTo(Texts.guessLanguage("1 x"));
    }

    @Test
    void asciiBytesReadAsTheyAreAreTheirUtf8Decoding() {
        Random random = new Random(34);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) random.nextInt(128);
            }
            ReadContext ctx = new ReadContext("t.md", ReadLimits.defaults(), "", 10);
            assertThat(MarkdownReading.isAscii(bytes)).isTrue();
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(MarkdownReading.decode(bytes, ctx));
            assertThat(ctx.diagnostics).isEmpty();
        }
    }

    @Test
    void aLineWithoutAPeriodWordCarriesNoPeriod() {
        String[] pieces = {"Week", "weeks", "WK", "Day", "DAYS", "Día", "DÍAS", "dia", "Mês", "MESES", "month", "Неделя", "НЕДЕЛЮ",
            "день", "Дни", "месяц", "Semana", "第", "天", "周", "3", "12", "1-2", " ", "  ", "-", " - ", " – ", "|", ", ", "，", "：",
            ": ", "·", "~", "Topic", "İ", "Σ", "x", "é"};
        Random random = new Random(35);
        int periods = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = b.toString();
            var expected = EffortSpotter.periodOfAnyText(line);
            assertThat(EffortSpotter.period(line)).as(line).isEqualTo(expected);
            periods += expected.isPresent() ? 1 : 0;
        }
        assertThat(periods).isGreaterThan(500);
    }

    private static String text(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, n = random.nextInt(maxLength + 1); k < n; k++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            b.append(c == 'a' || c == 'b' ? (char) ('a' + random.nextInt(26)) : c);
        }
        return b.toString();
    }
}
