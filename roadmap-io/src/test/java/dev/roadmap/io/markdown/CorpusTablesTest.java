package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table documents of the development corpus in {@code ../shared/corpus/markdown} (outside the
 * repository; skipped when absent), against the counts of the careful reader's notes in its
 * README: ossu-cs (github.com/ossu/computer-science, MIT), tih-study-plan
 * (github.com/yangshun/tech-interview-handbook, MIT), ubl-ciencia-computacao
 * (github.com/Universidade-Livre/ciencia-da-computacao, MIT), retos-programacion-es
 * (github.com/mouredev/roadmap-retos-programacion, Apache-2.0). Only counts and sums are asserted.
 */
class CorpusTablesTest {

    private static MarkdownImport read(String name) throws IOException {
        return Corpus.read(name);
    }

    private static long tableRows(MarkdownImport mi) {
        return mi.provenance().stream().filter(p -> p.rule().equals("table-row")).count();
    }

    /** @return skills per top-level group id (the group or its outermost ancestor) */
    private static Map<String, Integer> byTopGroup(Roadmap r, String... tops) {
        Map<String, String> parent = new HashMap<>();
        for (Group g : r.groups()) {
            parent.put(g.id(), g.parent());
        }
        Map<String, Integer> out = new HashMap<>();
        for (Skill s : r.skills()) {
            for (String g = s.group(); g != null && !g.isEmpty(); g = parent.getOrDefault(g, "")) {
                for (String t : tops) {
                    if (g.equals(t)) {
                        out.merge(t, 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    private static double hours(Roadmap r, String group) {
        return r.skills().stream().filter(s -> s.group().equals(group))
                .mapToDouble(s -> s.effort().map(Effort::midHours).orElse(0.0)).sum();
    }

    @Test
    void ossuCourseTablesGiveEveryCourseWithEffortsFromTwoColumns() throws IOException {
        MarkdownImport mi = read("ossu-cs.md");
        Roadmap r = mi.roadmap();
        assertThat(tableRows(mi)).isEqualTo(63);
        assertThat(byTopGroup(r, "intro-cs", "core-cs", "advanced-cs", "final-project"))
                .containsEntry("intro-cs", 1).containsEntry("core-cs", 30).containsEntry("advanced-cs", 23)
                .containsEntry("final-project", 9);
        // "14 weeks" with "6-10 hours/week" is 84-140 h, not 14 weeks at the roadmap's pace
        assertThat(r.skills().get(0).effort()).contains(Effort.ofHours(84, 140));
        // the en dash load "4–12 hours/week" over 8 weeks
        assertThat(r.skills()).anySatisfy(s -> assertThat(s.effort()).contains(Effort.ofHours(32, 96)));
        // 60 rows have both columns, 2 a duration alone, 1 neither
        long both = r.skills().stream().filter(s -> s.effortNotation().endsWith("h")).count();
        assertThat(both).isEqualTo(60);
        assertThat(r.skills().stream().filter(s -> s.effort().isEmpty()).count()).isEqualTo(1);
        // a prerequisite whose name holds commas resolves as one skill
        long prerequisites = r.skills().stream().mapToLong(s -> s.requires().size()).sum();
        assertThat(prerequisites).isBetween(40L, 75L);
        assertThat(r.skills().stream().filter(s -> s.requires().size() == 1
                && s.requires().get(0).value().startsWith("secure-software-development-requirements")).count()).isEqualTo(1);
        assertThat(r.skills().stream().mapToLong(s -> s.recommends().size()).sum()).isEqualTo(1);
        assertThat(mi.result().diagnostics()).noneMatch(d -> d.code().equals("unparseable-effort"));
    }

    @Test
    void tihWeekTablesGiveEighteenTopicsAndFortySixHoursOverWeeksOneToFour() throws IOException {
        MarkdownImport mi = read("tih-study-plan.md");
        Roadmap r = mi.roadmap();
        assertThat(tableRows(mi)).isEqualTo(18);
        assertThat(hours(r, "week-1")).isEqualTo(11);
        assertThat(hours(r, "week-2")).isEqualTo(11);
        assertThat(hours(r, "week-3")).isEqualTo(14);
        assertThat(hours(r, "week-4")).isEqualTo(10);
        // front matter, <head> and MDX import lines are not read as text
        assertThat(mi.provenance()).allMatch(p -> p.location().line() > 20);
    }

    @Test
    void ublStageTablesGiveThirtyFiveRequiredCoursesAndTheirPrerequisites() throws IOException {
        MarkdownImport mi = read("ubl-ciencia-computacao.md");
        Roadmap r = mi.roadmap();
        String required = r.groups().stream().filter(g -> g.title().startsWith("Obrigat")).map(Group::id)
                .findFirst().orElseThrow();
        assertThat(byTopGroup(r, required)).containsEntry(required, 35);
        long edges = r.skills().stream().mapToLong(s -> s.requires().size()).sum();
        assertThat(edges).isBetween(28L, 34L);
        // 4 preparatory + 35 required + 7 specialisations; the commented-out electives and the
        // practice platforms are not units
        assertThat(tableRows(mi)).isEqualTo(46);
        assertThat(mi.result().diagnostics()).anyMatch(d -> d.code().equals("table-not-read"));
        assertThat(r.skills()).allMatch(s -> s.effort().isEmpty());
    }

    @Test
    void retosNumberedExerciseTableGivesFiftyOneExercisesTitledByName() throws IOException {
        MarkdownImport mi = read("retos-programacion-es.md");
        Roadmap r = mi.roadmap();
        assertThat(tableRows(mi)).isEqualTo(51);
        assertThat(r.skills()).filteredOn(s -> mi.provenance().get(r.skills().indexOf(s)).rule().equals("table-row"))
                .allMatch(s -> s.title().chars().filter(Character::isLetter).count() >= 4, "titled by the exercise name")
                .allMatch(s -> !s.resources().isEmpty());
    }
}
