package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.io.markdown.internal.EncodingRepair;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingRepairTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "# Дорожная карта\n\n- Неделя 1 — основы «Python»",
        "# 学习路线\n\n| 任务 | 时长 |\n|---|---|\n| **向量** | 1–2h |",
        "# Roadmap — café, naïve, “quotes” and 20 °C ± 2",
        "Ã© is how é looks when broken; this sentence talks about it once.",
        "Ключевые навыки: математика, код — и английский ✔"})
    void neverRepairsCorrectText(String text) {
        assertThat(EncodingRepair.repair(text)).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({"Привет 🤖 — мир, windows-1252, WINDOWS_1252", "Сухой Даниил. Портфолио, x-MacRoman, MAC_ROMAN"})
    void repairsUtf8DecodedInTheWrongCharset(String text, String charset, EncodingRepair.WrongCharset expected) {
        String broken = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
        assertThat(EncodingRepair.repair(broken)).hasValueSatisfying(r -> {
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.charset()).isEqualTo(expected);
        });
    }

    @Test
    void restoresTheVariationSelectorWhoseByteWindows1252Dropped() {
        String broken = "1ï¸âƒ£ Intro and âš™ï¸ gears";   // 0x8F of U+FE0F lost
        assertThat(EncodingRepair.repair(broken)).hasValueSatisfying(r -> {
            assertThat(r.text()).isEqualTo("1\uFE0F\u20E3 Intro and ⚙\uFE0F gears");
            assertThat(r.restoredBytes()).isEqualTo(2);
        });
    }
}
