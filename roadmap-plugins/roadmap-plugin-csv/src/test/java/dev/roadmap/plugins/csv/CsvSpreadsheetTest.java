package dev.roadmap.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Spreadsheets people write by hand: no id column, headers in other languages, roles by content. */
class CsvSpreadsheetTest {
    private static ImportResult read(String csv) {
        try {
            return new CsvImporter().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "plan.csv",
                    ReadLimits.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void titleAndEffortOnlyGetSlugIds() {
        Roadmap r = read("title,effort\nPython basics,20h\nNumPy arrays,2 weeks\nPlotting,90 min\n").roadmap();
        assertThat(r.skills()).extracting(s -> s.id().value()).containsExactly("python-basics", "numpy-arrays", "plotting");
        assertThat(r.skill(SkillId.of("python-basics")).orElseThrow().effort()).contains(Effort.ofHours(20));
        assertThat(r.skill(SkillId.of("numpy-arrays")).orElseThrow().effort()).contains(Effort.ofHours(2 * dev.roadmap.core.Pace.DEFAULT_HOURS_PER_WEEK));
        assertThat(r.skill(SkillId.of("plotting")).orElseThrow().effort()).contains(Effort.ofHours(1.5));
    }

    @Test
    void spanishCourseSheetWithDurationLoadAndPrerequisitesByName() {
        ImportResult result = read("Cursos,Duración,Esfuerzo,Prerrequisitos\n"
                + "Programación básica,10 semanas,4-6 horas/semana,ninguno\n"
                + "\"Estructuras de datos: listas, árboles y grafos\",8 semanas,5 horas/semana,programación básica\n"
                + "Algoritmos,6 semanas,-,\"Estructuras de datos: listas, árboles y grafos\"\n"
                + "Total,24 semanas,,\n");
        Roadmap r = result.roadmap();
        assertThat(r.skills()).extracting(Skill::title).containsExactly("Programación básica",
                "Estructuras de datos: listas, árboles y grafos", "Algoritmos");
        Skill basics = r.skills().get(0);
        assertThat(basics.effort()).contains(Effort.ofHours(40, 60));
        assertThat(basics.requires()).isEmpty();
        Skill data = r.skills().get(1);
        assertThat(data.effort()).contains(Effort.ofHours(40));
        assertThat(data.requires()).containsExactly(basics.id());
        Skill algorithms = r.skills().get(2);
        assertThat(algorithms.requires()).containsExactly(data.id());
        assertThat(algorithms.effortNotation()).isEqualTo("6 semanas");
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("table-total-row");
        assertThat(result.diagnostics().get(0).location()).isEqualTo(SourceLocation.of("plan.csv", 5, 1));
        assertThat(r.sourceMap().locate(SourceMap.keySkill(1)).line()).isEqualTo(3);
    }

    @Test
    void unresolvedPrerequisiteIsAWarningAndTheSkillStays() {
        ImportResult result = read("Тема,Время,Зависит от\nОсновы,2 недели,нет\nПрактика,1 неделя,Основы; Теория графов\n");
        Roadmap r = result.roadmap();
        assertThat(r.skills()).hasSize(2);
        assertThat(r.skills().get(1).requires()).containsExactly(r.skills().get(0).id());
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unresolved-prerequisite");
            assertThat(d.message()).contains("Теория графов");
            assertThat(d.location()).isEqualTo(SourceLocation.of("plan.csv", 3, 19));
        });
    }

    @Test
    void numbersInAnHoursColumnAreHoursAndRowNumbersAreNotTitles() {
        Roadmap r = read("#,Aufgabe,Stunden\n1,Grundlagen,3\n2,Vertiefung,5\n").roadmap();
        assertThat(r.skills()).extracting(Skill::title).containsExactly("Grundlagen", "Vertiefung");
        assertThat(r.skills().get(1).effort()).contains(Effort.ofHours(5));
    }
}
