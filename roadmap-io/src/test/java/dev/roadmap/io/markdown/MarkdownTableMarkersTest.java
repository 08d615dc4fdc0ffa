package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Day and week markers in table rows, Low priority the document lets skip, weekly loads without a duration. */
class MarkdownTableMarkersTest {

    static MarkdownImport read(String text) throws IOException {
        return new MarkdownImporter().importDetailed(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "plan.md", ReadLimits.defaults());
    }

    static Skill skill(Roadmap r, String title) {
        return r.skills().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void weekColumnGivesEachRowItsWeeksAtTheStatedWeeklyTime() throws IOException {
        Roadmap r = read("""
                # Rust in a season

                I study about 6 hours per week.

                | Week | Topic | Notes |
                |------|-------|-------|
                | Week 1 | Ownership basics | borrow checker |
                | Week 2 | Traits and generics | |
                | Week 3-4 | Async services | tokio |
                | Week 5 | Error design | 3 hours |
                """).roadmap();
        assertThat(r.skills()).extracting(Skill::title)
                .containsExactly("Ownership basics", "Traits and generics", "Async services", "Error design");
        assertThat(skill(r, "Ownership basics").effortNotation()).isEqualTo("1 week");
        assertThat(skill(r, "Async services").effortNotation()).isEqualTo("2 weeks");
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(6);
        assertThat(skill(r, "Async services").effort().orElseThrow().maxHours()).isEqualTo(12);
    }

    @Test
    void dayMarkersInOtherLanguagesAndInANumberColumnHeadedByAPeriodWord() throws IOException {
        Roadmap zh = read("""
                # 三十天计划

                | 天 | 内容 |
                |----|------|
                | 第1天 | 环境搭建 |
                | 第2天 | 基本语法 |
                | 第3天 | 函数与模块 |
                """).roadmap();
        assertThat(zh.skills()).extracting(Skill::effortNotation).containsOnly("1天");
        Roadmap es = read("""
                # Plan de estudio

                | Semana | Tema |
                |--------|------|
                | 1 | Fundamentos de SQL |
                | 2 | Índices y planes |
                | 3-4 | Replicación |
                """).roadmap();
        assertThat(es.skills()).extracting(Skill::effortNotation).containsExactly("1 week", "1 week", "2 weeks");
        Roadmap ru = read("""
                # Марафон

                | Тема | День |
                |------|------|
                | Сети | День 5 |
                | Диски | День 6 |
                """).roadmap();
        assertThat(ru.skills()).extracting(Skill::effortNotation).containsOnly("1 день");
    }

    @Test
    void markerInTheTitleCellAndAnEffortColumnThatWins() throws IOException {
        MarkdownImport mi = read("""
                # Sprint

                | Session | Time |
                |---------|------|
                | Day 1 - Shell tools | 2 hours |
                | Day 2 - Version control | - |
                | Day 3 - Build systems | |
                """);
        Roadmap r = mi.roadmap();
        assertThat(r.skills()).extracting(Skill::effortNotation).containsExactly("2 hours", "1 day", "1 day");
        assertThat(mi.provenance()).extracting(SkillProvenance::rule)
                .containsExactly("table-row", "table-row-period", "table-row-period");
    }

    @Test
    void rowsSharingOneWeekAreAGroupNotEachAWeek() throws IOException {
        Roadmap r = read("""
                # Plan

                | Week | Topic |
                |------|-------|
                | Week 1 | Variables |
                | Week 1 | Loops |
                | Week 2 | Functions |
                """).roadmap();
        assertThat(r.skills()).hasSize(3);
        assertThat(r.skills()).allMatch(s -> s.effort().isEmpty());
    }

    static final String PRIORITY_TABLE = """
            | Topic | Priority | Hours |
            |-------|----------|-------|
            | Linear algebra | High | 20 |
            | Probability | Medium | 15 |
            | Measure theory | Low | 30 |
            | Category theory | 🔵 Low | 10 |
            """;

    @Test
    void lowPriorityRowsBecomeOptionalWhenTheDocumentSaysTheyMayBeSkipped() throws IOException {
        MarkdownImport mi = read("# Maths for ML\n\nIf you are short on time, feel free to skip the low-priority topics.\n\n"
                + PRIORITY_TABLE);
        Roadmap r = mi.roadmap();
        assertThat(r.skills()).filteredOn(Skill::optional).extracting(Skill::title)
                .containsExactly("Measure theory", "Category theory");
        assertThat(mi.provenance().get(2).detail()).contains("line 3 says low-priority items may be skipped");
        Roadmap es = read("# Mates\n\nLos temas de prioridad baja se pueden saltar.\n\n"
                + "| Tema | Prioridad |\n|---|---|\n| Álgebra | Alta |\n| Topología | Baja |\n").roadmap();
        assertThat(es.skills()).filteredOn(Skill::optional).extracting(Skill::title).containsExactly("Topología");
    }

    @Test
    void lowPriorityStaysRequiredWithoutASkipSentence() throws IOException {
        Roadmap r = read("# Maths for ML\n\nThe reading list at the end can be skipped on a first pass.\n\n" + PRIORITY_TABLE).roadmap();
        assertThat(r.skills()).hasSize(4).noneMatch(Skill::optional);
        Roadmap lowLevel = read("# Maths for ML\n\nWe cover low-level details; nothing is skipped.\n\n" + PRIORITY_TABLE).roadmap();
        assertThat(lowLevel.skills()).noneMatch(Skill::optional);
    }

    @Test
    void weeklyLoadWithoutADurationIsANoticeAtTheLoadCellAndGivesNoEffort() throws IOException {
        MarkdownImport mi = read("""
                # Evening courses

                | Course | Duration | Load |
                |--------|----------|------|
                | Compilers | 10 weeks | 5 hours/week |
                | Databases | - | 4 hours/week |
                """);
        Roadmap r = mi.roadmap();
        assertThat(skill(r, "Compilers").effortNotation()).isEqualTo("50h");
        assertThat(skill(r, "Databases").effort()).isEmpty();
        List<Diagnostic> notices = mi.result().diagnostics().stream()
                .filter(d -> d.code().equals("weekly-load-without-duration")).toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).message()).contains("Databases").contains("4 hours/week");
        assertThat(notices.get(0).location().toString()).isEqualTo("plan.md:6:19");
        assertThat(Validator.standard().validate(r).diagnostics()).extracting(Diagnostic::code).contains("missing-effort");
    }
}
