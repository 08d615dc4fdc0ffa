package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The five real documents in {@code ../shared/seeds} (outside the repository; skipped when absent).
 * The expected counts are what a careful reader finds; the reasons are in docs/markdown-import.md.
 */
class SeedsTest {

    private static MarkdownImport seed(String prefix) throws IOException {
        Optional<Path> dir = Corpus.shared("seeds");
        Assumptions.assumeTrue(dir.isPresent(), "../shared/seeds not present");
        Path file;
        try (var list = Files.list(dir.get())) {
            file = list.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(file != null, "seed " + prefix + " not present");
        MarkdownImport mi = Corpus.importValid(file);
        assertThat(mi.result().diagnostics()).allMatch(d -> d.location().hasLine() && d.location().column() > 0);
        assertThat(Validator.standard().validate(mi.roadmap()).diagnostics())
                .filteredOn(d -> d.severity() != dev.roadmap.core.validate.Severity.NOTICE)
                .allMatch(d -> d.location().hasLine(), "every warning is located");
        return mi;
    }

    /**
     * A seed saved in a mojibake encoding: the import repairs it and says so; besides the repair it gives
     * only block-not-read notices (summaries and lists outside the skills, each named).
     */
    private static Roadmap repairedSeed(String prefix) throws IOException {
        MarkdownImport mi = seed(prefix);
        assertThat(mi.result().diagnostics()).extracting(Diagnostic::code).filteredOn(c -> !c.equals("block-not-read"))
                .containsExactly("encoding-repaired");
        return mi.roadmap();
    }

    @Test
    void seed000ConversationWithAConcreteSixMonthPlan() throws IOException {
        // Setup (1–2 дня) + "Неделя 1".."Неделя 8" + "Месяцы 3–4" + "Месяцы 5–6"; the first answer's
        // overview headings ("Ближайшие 3–6 месяцев (11 класс)") carry no effort in the conventions' places.
        Roadmap r = seed("000").roadmap();
        assertThat(r.size()).isEqualTo(11);
        assertThat(r.groups()).extracting(g -> g.title()).containsExactly("My Response", "Первые 8 недель (очень конкретно)");
        assertThat(r.choices()).isEmpty();
        assertThat(r.skill(0).effortNotation()).isEqualTo("1–2 дня");
        assertThat(r.skill(9).effortNotation()).isEqualTo("2 месяца");
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(15);   // 2–3 часа в день, 6 дней в неделю
        assertThat(r.skill(1).topics()).isNotEmpty();
    }

    @Test
    void seed001PortfolioInMacRomanMojibakeListsSkillsWithoutEfforts() throws IOException {
        Roadmap r = repairedSeed("001");
        assertThat(r.title()).isEqualTo("Сухой Даниил. Портфолио");
        // 3 fundamentals + 8 specialisations ("DL" with its 6 sub-areas), each a bold term
        assertThat(r.size()).isEqualTo(11);
        assertThat(r.skills()).extracting(Skill::title).startsWith("Математика", "Кодинг", "Английский");
        assertThat(r.groups()).extracting(g -> g.id() + "<" + g.parent()).containsExactly("navyki<", "fundament<navyki",
                "spetsializatsiya<navyki");
        assertThat(r.skills()).allMatch(s -> s.effort().isEmpty());
    }

    @Test
    void seed002PlainTextPlanWithAFork() throws IOException {
        Roadmap r = seed("002").roadmap();
        // 1)–4) the base, 5)–6) Path A, "Вариант B ... вместо 5–6" the alternative
        Choice fork = MarkdownImporterTest.forkOfAAndB(r, 7);
        assertThat(fork.options().get(0).skills()).hasSize(2);
        assertThat(fork.options().get(1).skills()).hasSize(1);
        assertThat(r.skill(0).topics()).hasSize(8);
        assertThat(r.skill(6).requires()).containsExactly(r.skill(3).id());
        assertThat(r.skill(5).effort().orElseThrow().openEnded()).isTrue();
    }

    @Test
    void seed003ChineseWeekByWeekTables() throws IOException {
        Roadmap r = seed("003").roadmap();
        // 11 weeks of 7 days, plus week 8 whose table was cut off after one row
        assertThat(r.size()).isEqualTo(78);
        assertThat(r.groups()).hasSize(12);
        assertThat(r.choices()).isEmpty();
        assertThat(r.skill(0).title()).isEqualTo("向量与矩阵运算");
        assertThat(r.declared().totalDuration()).isEqualTo("1~3months");
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(9);   // 每天 1–2 小时, 每周 6 天
        assertThat(r.skills()).allMatch(s -> s.effortNotation().equals("1–2h"));
    }

    @Test
    void seed004SkillTableWithSectionsInWindows1252Mojibake() throws IOException {
        Roadmap r = repairedSeed("004");
        assertThat(r.title()).isEqualTo("AI & Machine Learning Roadmap");
        assertThat(r.size()).isEqualTo(9);
        assertThat(r.groups()).hasSize(1);
        assertThat(r.choices()).isEmpty();
        assertThat(r.skills()).allMatch(s -> s.projects().size() == 3 && s.resources().size() >= 3 && s.topics().size() >= 10);
        assertThat(r.declared().totalDuration()).isEqualTo("12-24 months");
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(24.5);   // 3-4 hours daily
        assertThat(r.skill(8).effort().orElseThrow().openEnded()).isTrue();
    }
}
