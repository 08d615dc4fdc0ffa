package dev.roadmap.io.markdown;

import static dev.roadmap.io.markdown.MarkdownOutlinesGoldenTest.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The outline shapes one by one: what becomes a unit, what stays a topic, what is optional or a choice. */
class MarkdownOutlinesTest {

    static MarkdownImport read(String markdown) throws IOException {
        return new MarkdownImporter().importDetailed(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)),
                "doc.md", ReadLimits.defaults());
    }

    @Test
    void nestedChecklistMakesListItemHeadingsAndCheckedSectionsUnitsWithTheBoxesAsTopics() throws IOException {
        MarkdownImport mi = load("nested-checklist.md");
        Roadmap r = mi.roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("Queues", "Heaps", "Searching", "Bloom filters", "Tries");
        Skill queues = r.skill(0);
        assertThat(queues.topics()).extracting(t -> t.title() + (t.done() ? "+" : ""))
                .containsExactly("Queue basics (video)", "Implement a ring buffer:", "enqueue(value)", "dequeue()", "Time+", "Space");
        assertThat(r.skills()).filteredOn(Skill::optional).extracting(Skill::title).containsExactly("Bloom filters", "Tries");
        assertThat(mi.leftOut()).extracting(CoverageEntry::block).containsExactly("contents", "list", "list");
        assertThat(mi.result().diagnostics()).filteredOn(d -> d.code().equals("block-not-read"))
                .extracting(d -> d.location().line()).containsExactly(7, 18, 62);
    }

    @Test
    void aCapitalDottedIWhoseLowerCaseIsLongerMovesNoPositionAndAnOptionalWordAloneIsATitle() throws IOException {
        // "İ" lower-cases to two characters: positions found in the lower case must still cut the text right
        assertThat(read("# Plan\n\nİstanbul Total: 12 weeks\n\n- Go (2 weeks)\n").roadmap().declared().totalDuration())
                .isEqualTo("12 weeks");
        Roadmap options = read("# Plan\n\n- İzmir Option A: Python (2 weeks)\n- İzmir Option B: Go (2 weeks)\n").roadmap();
        assertThat(options.choices()).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("Option A / Option B"));
        Roadmap word = read("# Plan\n\n- 选修 (2 weeks)\n- Go (2 weeks)\n").roadmap();
        assertThat(word.skills()).extracting(Skill::title).containsExactly("选修", "Go");
        assertThat(word.skill(0).optional()).isTrue();
    }

    @Test
    void aRequiredUnitNeverRequiresAnOptionalOne() throws IOException {
        Roadmap r = read("# Plan\n\n- [ ] A\n- [ ] B (optional)\n- [ ] C\n").roadmap();

        assertThat(r.skills()).extracting(s -> s.id().value()).containsExactly("a", "b", "c");
        assertThat(r.skill(1).optional()).isTrue();
        assertThat(r.skill(2).requires()).extracting(id -> id.value()).containsExactly("a");
    }

    @Test
    void checklistWithNothingElseMakesEachTopLevelBoxAUnitAndNestedBoxesItsTopics() throws IOException {
        Roadmap r = read("# Plan\n\n- [x] Git\n    - [ ] branches\n- [✔️] Docker\n- [ ] Time\n").roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("Git", "Docker", "Time");
        assertThat(r.skill(0).topics()).extracting(t -> t.title()).containsExactly("branches");
    }

    @Test
    void pseudoBoxesAreCheckBoxesAndTickedOnesStayTicked() throws IOException {
        Roadmap r = read("## Tools\n\n- [✓] [Git basics](https://example.org/git)\n- [ ] Docker: install it\n").roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("Tools");
        assertThat(r.skill(0).topics()).extracting(t -> t.title() + ":" + t.done())
                .containsExactly("Git basics:true", "Docker: install it:false");
    }

    @Test
    void headingsOverChecklistsOfPlainNamesGroupUnitsInsteadOfBeingUnits() throws IOException {
        Roadmap r = read("# Web\n\n## Frontend\n\n- [x] HTML\n- [ ] CSS\n\n## Backend\n\n- [ ] Node.js\n- [ ] SQL\n").roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("HTML", "CSS", "Node.js", "SQL");
        assertThat(r.skills()).extracting(Skill::group).containsExactly("frontend", "frontend", "backend", "backend");
        assertThat(r.skills()).extracting(s -> s.status().name()).containsExactly("DONE", "TODO", "TODO", "TODO");
    }

    @Test
    void proseOutlineMakesLinkedAndBoldCourseNamesUnitsUnderTheirAreaHeadings() throws IOException {
        Roadmap r = load("prose-courses-zh.md").roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("Shell 入门", "版本控制", "线性代数导论", "概率论基础",
                "程序设计入门", "数据结构", "计算机组成", "操作系统");
        assertThat(r.skill(2).group()).isEqualTo("线性代数");
        assertThat(r.skill(5).resources()).extracting(x -> x.url()).containsExactly("https://judge.example.org");
        assertThat(r.title()).isEqualTo("我的自学课程规划");
    }

    @Test
    void dayLogMakesOneUnitPerDayTitledWithTopicAndDayAndIgnoresTheContents() throws IOException {
        MarkdownImport mi = load("day-log-zh.md");
        Roadmap r = mi.roadmap();

        assertThat(r.size()).isEqualTo(10);
        assertThat(r.skill(5).title()).isEqualTo("深入练习 — NUMPY (第6天)");
        assertThat(r.skill(7).title()).isEqualTo("深入练习 — PANDAS (第 8天)");
        assertThat(r.skills()).allMatch(s -> s.effortNotation().equals("1天"));
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(14);
        assertThat(r.skill(0).effort().orElseThrow().maxHours()).isEqualTo(2);
        assertThat(r.groups()).isEmpty();
        assertThat(r.title()).isEqualTo("数据分析三十天");
        assertThat(r.declared().totalDuration()).as("'在1天内完成第1周' is about course weeks").isEmpty();
        assertThat(mi.leftOut()).singleElement().satisfies(e -> assertThat(e.block()).isEqualTo("contents"));
    }

    @Test
    void linkHeadingsAreModulesWithTheirLinkAsResource() throws IOException {
        Roadmap r = load("link-modules.md").roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("Module 1: How the web works", "Module 2: HTML",
                "Module 3: CSS", "Module 4: JavaScript");
        assertThat(r.skill(1).resources()).extracting(x -> x.url()).containsExactly("https://example.org/m2");
        assertThat(r.skill(1).topics()).extracting(t -> t.title()).containsExactly("elements and attributes", "forms");
    }

    @Test
    void indentedStarTreeMakesTopItemsUnitsAndNestedItemsTopics() throws IOException {
        Roadmap r = load("star-tree.md").roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("SQL", "Pipelines", "Storage", "Streaming");
        assertThat(r.skill(0).topics()).extracting(t -> t.title()).containsExactly("joins", "window functions");
        assertThat(r.skill(3).resources()).extracting(x -> x.url()).containsExactly("https://example.org/streams");
    }

    @Test
    void leafHeadingsWithListsOrLinksAreUnitsWhenNothingElseIs() throws IOException {
        Roadmap r = read("# Courses\n\n## Basics\n\n### Algebra\n\nA classic, see [the notes](https://example.org/a).\n\n"
                + "### Geometry\n\n- triangles\n- circles\n\n### Calculus\n\nLimits first: [video](https://example.org/c).\n").roadmap();

        assertThat(r.skills()).extracting(Skill::title).containsExactly("Algebra", "Geometry", "Calculus");
        assertThat(r.skill(1).topics()).extracting(t -> t.title()).containsExactly("triangles", "circles");
        assertThat(r.skills()).allMatch(s -> s.group().equals("basics"));
    }

    @Test
    void weekMarkersAnywhereInAHeadingMakeAWeekPlanAtTheStatedPace() throws IOException {
        Roadmap r = load("week-markers.md").roadmap();

        assertThat(r.skills()).extracting(Skill::effortNotation).containsExactly("1 week", "1 week", "2 weeks", "1 week", "3 weeks");
        assertThat(r.skill(2).title()).isEqualTo("Scripting (Week 3-4)");
        assertThat(r.skill(2).effort().orElseThrow().maxHours()).isEqualTo(12);
        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(6);
        assertThat(r.declared().totalDuration()).isEqualTo("8 weeks");
    }

    @Test
    void chooseOneMakesAChoiceAndOptionalMarkersAndElectivesMakeOptionalSkills() throws IOException {
        Roadmap r = load("choices-optional.md").roadmap();

        assertThat(r.choices()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Choose one of the following");
            assertThat(c.options()).extracting(o -> o.skills().get(0).value())
                    .containsExactly("statistics-course-a", "statistics-course-b");
        });
        assertThat(r.skills()).filteredOn(Skill::optional).extracting(Skill::title).containsExactly("Docker", "Kubernetes", "Jupyter", "SQL");
        assertThat(r.declared().totalDuration()).as("an item's own effort is not the document's total").isEmpty();
        assertThat(Validator.standard().validate(r).errors()).isEmpty();
    }

    @Test
    void aSectionWhoseIntroductionSaysElectiveAndASampleMenuAreOptional() throws IOException {
        Roadmap r = read("# P\n\nBuild the basics first.\n\n## Core\n\n- A (1 week)\n\n## Advanced\n\n"
                + "Choose a subset of these courses based on interest.\n\n- B (1 week)\n- C (1 week)\n\n## Final\n\n"
                + "Here is a sample of options:\n\n- D (2 weeks)\n- E (2 weeks)\n").roadmap();

        assertThat(r.skills()).filteredOn(Skill::optional).extracting(Skill::title).containsExactly("B", "C", "D", "E");
    }

    @Test
    void choiceMarkersInOtherLanguagesMakeChoices() throws IOException {
        for (String marker : new String[] {"Elige uno:", "Escolha um dos cursos:", "Выберите один курс:", "以下任选其一："}) {
            Roadmap r = read("# P\n\n- Base (1 week)\n\n" + marker + "\n\n- X (2 weeks)\n- Y (3 weeks)\n").roadmap();
            assertThat(r.choices()).as(marker).hasSize(1);
        }
    }

    @Test
    void alternativeMaterialLinksStayResourcesOfTheSameSkill() throws IOException {
        Roadmap r = read("# P\n\n## Git (2 weeks)\n\n- Alternative: [Pro Git](https://example.org/git)\n- branching\n").roadmap();

        assertThat(r.size()).isEqualTo(1);
        assertThat(r.skill(0).resources()).extracting(x -> x.url()).containsExactly("https://example.org/git");
        assertThat(r.skill(0).topics()).extracting(t -> t.title()).containsExactly("branching");
        assertThat(r.choices()).isEmpty();
    }

    @Test
    void paceAndTotalCountOnlyInSentencesAboutTheStudy() throws IOException {
        Roadmap r = read("# P\n\nTotal storage required over 5 years is part of the exercise.\n\n"
                + "Plan on 20 horas semanales; the course takes about 3 months to finish.\n\n## A (1 week)\n").roadmap();

        assertThat(r.pace().orElseThrow().hoursPerWeek()).isEqualTo(20);
        assertThat(r.declared().totalDuration()).isEqualTo("3 months");
        Roadmap es = read("# P\n\nEl pull request se cierra al cabo de 2 semanas.\n\n## A (1 week)\n").roadmap();
        assertThat(es.declared().totalDuration()).isEmpty();
        Roadmap zh = read("# P\n\n每天平均花费时间2小时-5小时。\n\n## A (1 week)\n").roadmap();
        assertThat(zh.pace().orElseThrow().hoursPerWeek()).isEqualTo(24.5);
        Roadmap night = read("# P\n\n每晚花4小时学习。\n\n## A (1 week)\n").roadmap();
        assertThat(night.pace().orElseThrow().hoursPerWeek()).isEqualTo(28);
        Roadmap story = read("# P\n\nI studied about 8-12 hours a day.\n\n## A (1 week)\n").roadmap();
        assertThat(story.pace()).isEmpty();
        Roadmap offer = read("# P\n\nЕсли хочешь, опишу план на 3–6 месяцев.\n\n## A (1 week)\n").roadmap();
        assertThat(offer.declared().totalDuration()).isEmpty();
        // found by RoundTripPropertiesTest: a one-letter unit glued to a title word is no total
        Roadmap glued = read("# Random 学1y\n\n## A (1 week)\n").roadmap();
        assertThat(glued.declared().totalDuration()).isEmpty();
        Roadmap beforeCjk = read("# 1 y数学\n\n## A (1 week)\n").roadmap();
        assertThat(beforeCjk.declared().totalDuration()).isEmpty();
        Roadmap days = read("# 机器学习100天\n\n## A (1 week)\n").roadmap();
        assertThat(days.declared().totalDuration()).isEqualTo("100天");
    }

    @Test
    void proseOnlyDocumentIsAnErrorAtOneOneThatSaysWhatWasSeen() throws IOException {
        MarkdownImport mi = MarkdownOutlinesGoldenTest.load("prose-only.md");

        assertThat(mi.roadmap().size()).isZero();
        Diagnostic error = mi.result().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertThat(error.code()).isEqualTo("no-learnable-units");
        assertThat(error.location().line()).isEqualTo(1);
        assertThat(error.location().column()).isEqualTo(1);
        assertThat(error.message()).contains("1 heading", "3 paragraphs", "0 lists", "0 tables");
    }

    @Test
    void skippedTablesAreNamedInTheNoUnitsError() throws IOException {
        MarkdownImport mi = read("# Team\n\n| 42 | 17 |\n|---|---|\n| 1 | 2 |\n");

        assertThat(mi.result().diagnostics()).filteredOn(d -> d.code().equals("no-learnable-units"))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("1 table", "line 3: no column holds names of units"));
    }

    @Test
    void emptyDocumentIsNoError() throws IOException {
        assertThat(read("\n\n").result().diagnostics()).isEmpty();
    }

    @Test
    void titleIsTheFrontMatterTitleOrTheFirstHeadingThatIsNoTableOfContents() throws IOException {
        assertThat(read("---\ntitle: \"Real title\"\n---\n\n# Index\n\n- A (1 week)\n").roadmap().title()).isEqualTo("Real title");
        assertThat(read("# Contents\n\n- [A](#a)\n- [B](#b)\n\n# Real title\n\n## A (1 week)\n").roadmap().title()).isEqualTo("Real title");
        assertThat(read("<div align=\"center\"><h3>Banner title</h3></div>\n\n# Contents\n\n## A (1 week)\n").roadmap().title())
                .isEqualTo("Banner title");
    }

    @Test
    void aTableOfContentsIsNeverUnits() throws IOException {
        MarkdownImport mi = read("# Notes\n\n- [Intro](#intro)\n- [Setup](#setup)\n- [Usage](#usage)\n");

        assertThat(mi.roadmap().size()).isZero();
        assertThat(mi.leftOut()).singleElement().satisfies(e -> assertThat(e.block()).isEqualTo("contents"));
    }
}
