package dev.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import org.junit.jupiter.api.Test;

class TableEffortsTest {
    private final TableEfforts e = TableEfforts.create();

    @Test
    void durationTimesWeeklyLoad() {
        Effort load = e.weeklyLoad("6-10 hours/week").orElseThrow();
        assertThat(load).isEqualTo(Effort.ofHours(6, 10));
        assertThat(e.combine("14 weeks", load)).contains(Effort.ofHours(84, 140));
        assertThat(e.combine("8 weeks", e.weeklyLoad("4–12 hours/week").orElseThrow())).contains(Effort.ofHours(32, 96));
        assertThat(e.combine("6 months", e.weeklyLoad("5 hours/week").orElseThrow())).contains(Effort.ofHours(130));
        assertThat(e.combine("10-12 weeks", e.weeklyLoad("6 hours per week").orElseThrow())).contains(Effort.ofHours(60, 72));
        assertThat(e.combine("3 hours", load)).contains(Effort.ofHours(3));
    }

    @Test
    void weeklyLoadsInOtherLanguagesAndNeverAsDurations() {
        assertThat(e.weeklyLoad("20 horas semanales")).contains(Effort.ofHours(20));
        assertThat(e.weeklyLoad("每周10小时")).contains(Effort.ofHours(10));
        assertThat(e.weeklyLoad("5 часов в неделю")).contains(Effort.ofHours(5));
        assertThat(e.isDuration("6-10 hours/week")).isFalse();
        assertThat(e.isDuration("14 weeks")).isTrue();
        assertThat(e.isDuration("4 semanas")).isTrue();
        assertThat(e.isDuration("3 Stunden")).isTrue();
        assertThat(e.isDuration("12")).isFalse();
        assertThat(e.normalise("4 semanas")).isEqualTo("4 weeks");
    }

    @Test
    void dashesAndQuestionMarksSayNothing() {
        for (String none : new String[] {"-", "—", "–", "n/a", "?", "", " \\- ", "none", "нет", "无", "ninguno", "nenhum"}) {
            assertThat(e.isNone(none)).as(none).isTrue();
        }
        assertThat(e.isNone("Calculus 1A")).isFalse();
    }

    @Test
    void totalsRowsAreRecognised() {
        TableRows rows = TableRows.create();
        assertThat(rows.isTotal(java.util.List.of("**Total**", "7 months"))).isTrue();
        assertThat(rows.isTotal(java.util.List.of("", "Итого", "20 ч"))).isTrue();
        assertThat(rows.isTotal(java.util.List.of("合计", "3周"))).isTrue();
        assertThat(rows.isTotal(java.util.List.of("Totally new topic", "2 h"))).isFalse();
    }

    @Test
    void everyTotalWordOfTheVocabularyLeadsATotalsRow() {
        TableRows rows = TableRows.create();
        java.util.List<String> words = Vocabulary.builtIn().phrases("cell.total");
        assertThat(words).hasSizeGreaterThan(5);
        for (String w : words) {
            assertThat(rows.isTotal(java.util.List.of(" ", w + " 12", "x"))).as(w).isTrue();
            assertThat(rows.isTotal(java.util.List.of("🔥 " + w.toUpperCase(java.util.Locale.ROOT)))).as(w).isTrue();
            assertThat(rows.isTotal(java.util.List.of("Skill " + w, "2 h"))).as(w).isFalse();
        }
    }
}
