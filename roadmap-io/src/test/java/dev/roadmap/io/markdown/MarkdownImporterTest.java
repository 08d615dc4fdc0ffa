package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cases in the shapes of real roadmap documents (fixtures under src/test/resources/markdown). */
class MarkdownImporterTest {

    static MarkdownImport load(String name) throws IOException {
        return load(name, new MarkdownImporter());
    }

    static MarkdownImport load(String name, MarkdownImporter importer) throws IOException {
        try (InputStream in = MarkdownImporterTest.class.getResourceAsStream("/markdown/" + name)) {
            return importer.importDetailed(in, name, ReadLimits.defaults());
        }
    }

    static List<String> ids(Roadmap r) {
        return r.skills().stream().map(s -> s.id().value()).toList();
    }

    /** Loads a fixture that must validate without errors, and checks that it does. */
    static MarkdownImport loadValid(String name) throws IOException {
        MarkdownImport mi = load(name);
        assertThat(Validator.standard().validate(mi.roadmap()).errors()).as("validation errors of " + name).isEmpty();
        return mi;
    }

    /**
     * Checks that a roadmap has {@code size} skills, no groups and one choice, between options "a" and "b".
     *
     * @return that choice
     */
    static Choice forkOfAAndB(Roadmap r, int size) {
        assertThat(r.size()).isEqualTo(size);
        assertThat(r.groups()).isEmpty();
        assertThat(r.choices()).hasSize(1);
        Choice choice = r.choices().get(0);
        assertThat(choice.options()).extracting(o -> o.id()).containsExactly("a", "b");
        return choice;
    }

    @Test
    void weekByWeekTableMakesOneGroupPerWeekAndOneSkillPerRow() throws IOException {
        MarkdownImport mi = loadValid("week-table.md");
        Roadmap r = mi.roadmap();
        assertThat(r.title()).isEqualTo("Data Science Sprint");
        assertThat(r.groups()).extracting(g -> g.title()).containsExactly("Week 1 — Foundations", "Week 2 — Models");
        assertThat(ids(r)).containsExactly("vectors", "matrices", "review", "linear-regression", "review-2");
        Skill vectors = r.skill(0);
        assertThat(vectors.title()).isEqualTo("Vectors");
        assertThat(vectors.description()).isEqualTo("dot product, norms. Practice: implement in NumPy.");
        assertThat(vectors.effortNotation()).isEqualTo("1–2h");
        assertThat(vectors.effort().orElseThrow().maxHours()).isEqualTo(2);
        assertThat(r.skill(3).group()).isEqualTo(r.groups().get(1).id());
        assertThat(r.skill(3).requires()).containsExactly(SkillId.of("review"));
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(14);
        assertThat(r.sourceMap().locate("pace").line()).isEqualTo(3);
        assertThat(mi.provenance()).allMatch(p -> p.rule().equals("table-row"));
        assertThat(r.sourceMap().locate("skills/1/effort").toString()).isEqualTo("week-table.md:10:9");   // the effort text, after the cell's padding
    }

    @Test
    void skillTableWithSectionsAttachesChecklistsResourcesAndProjectsByNumber() throws IOException {
        Roadmap r = loadValid("skill-table-sections.md").roadmap();
        assertThat(ids(r)).containsExactly("http-basics", "databases", "deployment");
        Skill http = r.skill(0);
        assertThat(http.description()).isEqualTo("Requests and responses");
        assertThat(http.topics()).extracting(t -> t.title() + ":" + t.done())
                .containsExactly("Methods and status codes:false", "Headers:true");
        assertThat(http.resources()).extracting(x -> x.url()).containsExactly("https://developer.mozilla.org/en-US/docs/Web/HTTP");
        assertThat(http.projects()).extracting(p -> p.title() + "|" + p.description())
                .containsExactly("Tiny Server|Write a server that answers GET.");
        assertThat(r.skill(1).topics()).hasSize(2);
        assertThat(r.skill(2).effort().orElseThrow().openEnded()).isTrue();
        assertThat(r.declared().totalDuration()).isEqualTo("2-4 months");
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(6);
        assertThat(r.groups()).isEmpty();
    }

    @Test
    void outlineWithChecklistsUsesPeriodsAndStatedPrerequisites() throws IOException {
        MarkdownImport mi = loadValid("outline-checklists.md");
        Roadmap r = mi.roadmap();
        assertThat(r.language()).isEqualTo("ru");
        assertThat(ids(r)).containsExactly("osnovy-python", "funktsii", "proekt-portfolio");
        assertThat(r.skill(0).effortNotation()).isEqualTo("1 неделя");
        assertThat(r.skill(0).topics()).extracting(t -> t.done()).containsExactly(true, false);
        assertThat(r.skill(0).resources()).hasSize(1);
        // a stated prerequisite anywhere switches chaining off
        assertThat(r.skill(1).requires()).containsExactly(SkillId.of("osnovy-python"));
        assertThat(r.skill(2).requires()).isEmpty();
        assertThat(r.groups()).extracting(g -> g.title()).containsExactly("Первый месяц", "Дальше");
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(10.5);
        assertThat(mi.provenance()).extracting(SkillProvenance::rule)
                .containsExactly("heading-period", "heading-period", "heading-effort");
    }

    @Test
    void chainModeAddsDocumentOrderAndNoneModeAddsNothing() throws IOException {
        Roadmap chained = load("outline-checklists.md",
                MarkdownImporter.builder().prerequisites(PrerequisiteMode.CHAIN).build()).roadmap();
        assertThat(chained.skill(2).requires()).containsExactly(SkillId.of("funktsii"));
        Roadmap none = load("week-table.md", MarkdownImporter.builder().prerequisites(PrerequisiteMode.NONE).build()).roadmap();
        assertThat(none.skills()).allMatch(s -> s.requires().isEmpty());
    }

    @Test
    void alternativesBecomeAChoiceAndChainFromTheSharedBase() throws IOException {
        Roadmap r = loadValid("alternatives.md").roadmap();
        Choice choice = forkOfAAndB(r, 5);
        assertThat(choice.options().get(0).skills()).containsExactly(SkillId.of("servis"), SkillId.of("podderzhka"));
        assertThat(choice.options().get(1).skills()).containsExactly(SkillId.of("variant-b-riskovannyy"));
        assertThat(r.skill(4).requires()).containsExactly(SkillId.of("praktika"));
        assertThat(r.skill(4).topics()).hasSize(2);
        assertThat(r.skill(2).topics()).extracting(t -> t.title()).containsExactly("REST обёртка", "деплой");
    }

    @Test
    void unknownHeadersAreRecognisedByContent() throws IOException {
        MarkdownImport mi = loadValid("unknown-headers.md");
        Roadmap r = mi.roadmap();
        assertThat(r.skills()).extracting(Skill::title).containsExactly("Lineaire algebra", "Kansrekening", "Statistiek");
        assertThat(r.skill(0).description()).isEqualTo("vectoren en matrices");
        assertThat(r.skill(2).effort().orElseThrow().minHours()).isEqualTo(1.5);
        assertThat(mi.provenance().get(0).detail()).contains("by its content");
    }

    @Test
    void messyTableWithBomCrlfEscapedPipesAndRaggedRows() throws IOException {
        MarkdownImport mi = loadValid("messy-table.md");
        Roadmap r = mi.roadmap();
        assertThat(ids(r)).containsExactly("io", "parse", "eval");
        assertThat(r.skill(0).title()).isEqualTo("Input | output");
        assertThat(r.skill(2).requires()).containsExactly(SkillId.of("parse"));
        assertThat(r.skill(1).requires()).isEmpty();
        List<Diagnostic> warnings = mi.result().diagnostics();
        assertThat(warnings).extracting(d -> d.code() + "@" + d.location().line())
                .containsExactly("table-row-cells@6", "table-row-cells@7", "table-row-skipped@8");
        assertThat(warnings).allMatch(d -> d.location().hasLine() && d.location().column() > 0);
    }

    @Test
    void repairsWindows1252MojibakeIncludingDroppedBytes() throws IOException {
        MarkdownImport mi = load("mojibake-cp1252.md");
        Roadmap r = mi.roadmap();
        assertThat(r.title()).isEqualTo("Robotics Roadmap");
        assertThat(r.skills()).extracting(Skill::title).containsExactly("Sensors 🔧", "Motors ⚙️", "Control — “PID”");
        assertThat(r.skill(1).effortNotation()).isEqualTo("1–2 weeks");
        assertThat(mi.result().diagnostics()).extracting(Diagnostic::code).contains("encoding-repaired");
    }

    @Test
    void repairsMacRomanMojibake() throws IOException {
        MarkdownImport mi = load("mojibake-macroman.md");
        Roadmap r = mi.roadmap();
        assertThat(r.title()).isEqualTo("Роботы и ИИ");
        assertThat(r.skills()).extracting(Skill::title).containsExactly("Сенсоры", "Моторы ⚙️");
        assertThat(r.skill(0).effortNotation()).isEqualTo("2 недели");
        assertThat(mi.result().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("encoding-repaired");
            assertThat(d.message()).contains("x-MacRoman");
        });
    }

    @Test
    void explainNamesLineAndRuleOfEverySkill() throws IOException {
        MarkdownImport mi = load("skill-table-sections.md");
        assertThat(mi.explain()).anyMatch(l -> l.startsWith("total duration: 2-4 months"))
                .anyMatch(l -> l.startsWith("http-basics  skill-table-sections.md:5:") && l.contains("table-row"));
    }
}
