package dev.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Vocabulary v = Vocabulary.builtIn();

    @Test
    void shipsTheRequiredLanguagesEachDefiningTheColumnRoles() {
        assertThat(v.languages()).contains("en", "es", "pt", "fr", "de", "it", "ru", "uk", "zh", "ja", "ko");
        for (String lang : v.languages()) {
            for (String key : List.of("column.title", "column.effort", "column.requires", "cell.none", "cell.total",
                    "unit.per-week", "priority.low")) {
                assertThat(v.phrases(key, lang)).as(lang + " " + key).isNotEmpty();
            }
        }
    }

    @Test
    void mergesAllLanguagesAtLookup() {
        assertThat(v.isPhrase("cell.none", "нет")).isTrue();
        assertThat(v.isPhrase("cell.none", "无")).isTrue();
        assertThat(v.isPhrase("cell.none", " Ninguno ")).isTrue();
        assertThat(v.isPhrase("cell.none", "nenhum")).isTrue();
        assertThat(v.isPhrase("cell.none", "Calculus")).isFalse();
        assertThat(v.find("column.requires", "Pré-requisitos")).isPresent();
        assertThat(v.find("column.title", "Ejercicio")).isPresent();
    }

    @Test
    void matchesLatinAtWordStartsAndCjkAnywhere() {
        assertThat(Vocabulary.indexOfWord("time required", "required")).isEqualTo(5);
        assertThat(Vocabulary.indexOfWord("unrequired", "required")).isEqualTo(-1);
        assertThat(Vocabulary.indexOfWord("日预计时长", "时长")).isEqualTo(3);
        assertThat(Vocabulary.indexOfWord("6 hours/week", "/week")).isEqualTo(7);
    }

    @Test
    void parsesTheResourceFormatAndRejectsBadKeys() throws IOException {
        Map<String, List<String>> m = Vocabulary.parse(new StringReader("# c\n\nmarker.optional = Optional | (optional)\n"
                + "marker.optional = opt\n"));
        assertThat(m).containsEntry("marker.optional", List.of("Optional", "(optional)", "opt"));
        Vocabulary custom = Vocabulary.of(Map.of("xx", m));
        assertThat(custom.phrases("marker.optional")).containsExactly("optional", "(optional)", "opt");
        assertThatThrownBy(() -> Vocabulary.parse(new StringReader("Bad Key = x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }
}
