package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The outline documents of the development corpus in {@code ../shared/corpus/markdown} (outside
 * the repository; skipped when absent), against the counts of the careful reader in its README:
 * coding-interview-university (jwasham, CC BY-SA 4.0), cs-self-learning CS学习规划 (PKUFlyingPig,
 * MIT) and 100-Days-Of-ML-Code zh (MLEveryday, MIT). The files are read, never copied.
 */
class CorpusOutlinesTest {

    private static MarkdownImport read(String name) throws IOException {
        MarkdownImport mi = Corpus.read(name);
        assertThat(mi.result().diagnostics()).allMatch(d -> d.location().hasLine() && d.location().column() > 0);
        return mi;
    }

    @Test
    void codingInterviewUniversityReadsTopicsAsUnitsWithTheOptionalPartOptional() throws IOException {
        // reader: 8 required H2 sections with 25 list-item-heading subtopics -> ~25-55 skills; 30 more
        // "- ### Topic" items in the optional "Additional Learning" part; the TOC is not units
        MarkdownImport mi = read("coding-interview-university.md");
        Roadmap r = mi.roadmap();
        long required = r.skills().stream().filter(s -> !s.optional()).count();
        assertThat(required).isBetween(25L, 55L);
        assertThat(r.skills()).filteredOn(s -> s.title().equals("Arrays")).singleElement()
                .satisfies(s -> assertThat(s.optional()).isFalse());
        int optionalStart = 1339;   // "Everything below this point is optional"
        assertThat(mi.provenance()).allMatch(p -> r.skill(p.index()).optional() == (p.location().line() > optionalStart));
        assertThat(r.skills()).filteredOn(Skill::optional).hasSizeBetween(25, 40);
        long boxes = r.skills().stream().filter(s -> !s.optional()).mapToLong(s -> s.topics().size()).sum();
        assertThat(boxes).as("the required checklist's tasks are the units' topics").isGreaterThanOrEqualTo(404);
        assertThat(mi.leftOut()).filteredOn(e -> e.block().equals("contents")).isNotEmpty();
        assertThat(r.title()).isEqualTo("Coding Interview University");
    }

    @Test
    void csSelfLearningPlanReadsOneUnitPerLinkedCourse() throws IOException {
        // reader: ~66 course pages (+5 by reference) under 课程地图, 14 tools under 必学工具
        Roadmap r = read("cs-self-learning-plan-zh.md").roadmap();
        long courses = r.skills().stream().filter(s -> underMap(r, s)).count();
        assertThat(courses).isBetween(66L, 71L);
        long tools = r.skills().stream().filter(s -> s.group().equals("必学工具")).count();
        assertThat(tools).isBetween(10L, 14L);
        assertThat(r.title()).isEqualTo("一个仅供参考的 CS 学习规划");
    }

    private static boolean underMap(Roadmap r, Skill s) {
        for (String g = s.group(); !g.isEmpty(); ) {
            if (g.equals("课程地图")) {
                return true;
            }
            String current = g;
            g = r.groups().stream().filter(x -> x.id().equals(current)).findFirst().map(x -> x.parent()).orElse("");
        }
        return false;
    }

    @Test
    void ml100DaysReadsOneUnitPerLoggedDay() throws IOException {
        // reader: 54 days logged, topics repeat across days, a 10-entry table of contents
        MarkdownImport mi = read("ml-100-days-zh.md");
        Roadmap r = mi.roadmap();
        assertThat(r.size()).isEqualTo(54);
        assertThat(r.skills()).allMatch(s -> s.effortNotation().equals("1天"));
        assertThat(r.skills()).extracting(Skill::title).doesNotHaveDuplicates();
        assertThat(r.groups()).as("the contents heading is no group").isEmpty();
        assertThat(r.title()).isEqualTo("机器学习100天");
        assertThat(mi.leftOut()).extracting(CoverageEntry::block).containsExactly("contents");
    }
}
