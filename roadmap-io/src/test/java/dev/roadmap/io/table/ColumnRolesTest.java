package dev.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRolesTest {
    private final ColumnRoles roles = ColumnRoles.create();

    private static List<List<TableCell>> rows(String... lines) {
        List<List<TableCell>> out = new ArrayList<>();
        for (String line : lines) {
            List<TableCell> row = new ArrayList<>();
            for (String cell : line.split("\\|", -1)) {
                boolean link = cell.startsWith("@");
                row.add(new TableCell(link ? cell.substring(1) : cell, link));
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void timeRequiredIsAnEffortByItsCellsWhateverItsHeaderSays() {
        ColumnAssignment a = roles.assign(List.of("Topic", "Priority", "Time required"),
                rows("@Array|High|2 hours", "@String|Mid|3 hours", "@Graph|Low|1 hour"));
        assertThat(a.roles()).containsExactly(ColumnRole.TITLE, ColumnRole.PRIORITY, ColumnRole.EFFORT);
        assertThat(a.titleByHeader()).isTrue();
    }

    @Test
    void durationAndWeeklyLoadAreTwoEffortColumns() {
        ColumnAssignment a = roles.assign(List.of("Cursos", "Duración", "Esfuerzo", "Prerrequisitos", "Discusión"),
                rows("@Intro|10 semanas|4-6 horas/semana|ninguno|@chat", "@Datos|8 semanas|5 horas/semana|Intro|@chat",
                        "@Redes|6 semanas|-|-|@chat"));
        assertThat(a.roles()).containsExactly(ColumnRole.TITLE, ColumnRole.EFFORT, ColumnRole.WEEKLY_LOAD,
                ColumnRole.REQUIRES, ColumnRole.LINK);
    }

    @Test
    void titleIsFoundByContentAmongNumbersRepeatedStagesIconsAndGenericLinks() {
        ColumnAssignment a = roles.assign(List.of("Etapa", "Aulas em Vídeo", "Pré-requisitos", "Leitura"),
                rows("1|@Botânica|-|@Livros sobre Botânica", "1|@Solo|\\-|@Livros sobre Solo",
                        "2|@Fisiologia|Botânica\nSolo|@Livros de Fisiologia"));
        assertThat(a.roles()).containsExactly(ColumnRole.GROUP, ColumnRole.TITLE, ColumnRole.REQUIRES, ColumnRole.RESOURCES);
        ColumnAssignment b = roles.assign(List.of("#", "X", "Y", "Z"),
                rows("00|@Alpha one|@📝|@▶️", "01|@Beta two|@📝|@▶️", "02|@Gamma three|@📝|@▶️"));
        assertThat(b.roles()).containsExactly(ColumnRole.NUMBER, ColumnRole.TITLE, ColumnRole.LINK, ColumnRole.LINK);
        assertThat(b.titleByHeader()).isFalse();
    }

    @Test
    void aColumnWhoseCellsNameOtherRowsIsThePrerequisitesWithoutAHeaderHint() {
        ColumnAssignment a = roles.assign(List.of("Onderwerp", "Na"),
                rows("Algebra|", "Calculus|Algebra", "Analyse|Calculus, Algebra"));
        assertThat(a.roles()).containsExactly(ColumnRole.TITLE, ColumnRole.REQUIRES);
    }

    @Test
    void datesStatusAndNumbersAreNeverTitlesAndATableOfPlatformsIsSkipped() {
        ColumnAssignment a = roles.assign(List.of("Due", "Done", "Task"),
                rows("2026-01-05|✅|Write the outline", "2026-01-12|❌|Draft chapter one"));
        assertThat(a.roles()).containsExactly(ColumnRole.DATE, ColumnRole.STATUS, ColumnRole.TITLE);
        ColumnAssignment p = roles.assign(List.of("Plataforma", "Conteúdos"), rows("@Site A|exercícios", "@Site B|trilhas"));
        assertThat(p.isSkillTable()).isFalse();
        assertThat(p.skipped()).get().asString().contains("Plataforma");
        ColumnAssignment n = roles.assign(List.of("Week", "Hours"), rows("1|3", "2|4"));
        assertThat(n.isSkillTable()).isFalse();
        assertThat(n.skipped()).get().asString().contains("no column holds names");
    }

    @Test
    void headerWordsOfEveryLanguageNameRolesOfTextColumns() {
        assertThat(roles.assign(List.of("Тема", "Описание"), rows("Основы|вводная часть", "Практика|задачи")).roles())
                .containsExactly(ColumnRole.TITLE, ColumnRole.DESCRIPTION);
        assertThat(roles.assign(List.of("课程", "前置"), rows("线性代数|无", "机器学习|线性代数")).roles())
                .containsExactly(ColumnRole.TITLE, ColumnRole.REQUIRES);
        assertThat(roles.assign(List.of("Thema", "Dauer"), rows("Grundlagen|2 Wochen", "Vertiefung|3 Tage")).roles())
                .containsExactly(ColumnRole.TITLE, ColumnRole.EFFORT);
    }
}
