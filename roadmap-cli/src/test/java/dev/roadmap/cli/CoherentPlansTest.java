package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanCoherence;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.plugins.roadmapsh.RoadmapShImporter;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Default plans of roadmap.sh-shaped roadmaps (fixtures written for this project, see
 * {@code coherence/make_fixtures.py}: topics with 3-8 subtopics, at most 20 h of them before the last)
 * read like a syllabus: at 10 h a week, with one pool and with two tracks of 10 h (theory, practice), every subtopic starts
 * within 2 weeks of its topic's finish week, the plan is never longer
 * than the reading-order plan and its mean prerequisite lag is within half a week of that plan's.
 */
class CoherentPlansTest {
    static final List<String> FIXTURES = List.of("garden", "kitchen", "workshop");
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    static Roadmap fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(CoherentPlansTest.class.getResourceAsStream("/coherence/" + name + ".json"))) {
            return new RoadmapShImporter().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json").roadmap();
        }
    }

    /** Two tracks as a course would have them: topics and subtopics on "a" (theory), todos on "b" (practice). */
    static Roadmap onTwoTracks(Roadmap r) {
        List<Skill> skills = new ArrayList<>();
        for (Skill s : r.skills()) {
            skills.add(s.toBuilder().track(s.tags().contains("todo") ? "b" : "a").build());
        }
        return r.toBuilder().setSkills(skills).addTrack(dev.roadmap.core.Track.of("a", "Theory"))
                .addTrack(dev.roadmap.core.Track.of("b", "Practice")).build();
    }

    static PlanOptions options(Capacity capacity, PlanOptions.Priority priority) {
        return PlanOptions.builder().capacity(capacity).start(START).priority(priority).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garden", "kitchen", "workshop"})
    void subtopicsStartWithinTwoWeeksOfTheirTopicWithOnePoolAndWithTwoTracks(String name) throws IOException {
        Roadmap pool = fixture(name);
        assertSubtopicsFollow(pool, scheduler.schedule(pool, options(Capacity.pool(10), PlanOptions.Priority.COHERENT)));
        Roadmap tracks = onTwoTracks(pool);
        assertSubtopicsFollow(tracks, scheduler.schedule(tracks,
                options(Capacity.perTrack(Map.of("a", 10.0, "b", 10.0)), PlanOptions.Priority.COHERENT)));
    }

    private static void assertSubtopicsFollow(Roadmap r, Plan plan) {
        int checked = 0;
        for (Skill s : r.skills()) {
            if (s.group().isEmpty() || s.id().value().equals(s.group())) {
                continue;
            }
            ScheduledSkill topic = plan.skill(dev.roadmap.core.SkillId.of(s.group())).orElseThrow();
            ScheduledSkill sub = plan.skill(s.id()).orElseThrow();
            assertThat(sub.startWeek() - topic.finishWeek()).as("%s after its topic %s", s.id(), s.group())
                    .isBetween(0, 2);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garden", "kitchen", "workshop"})
    void defaultIsNeverLongerThanReadingOrderAndItsLagIsWithinHalfAWeek(String name) throws IOException {
        for (Roadmap r : List.of(fixture(name), onTwoTracks(fixture(name)))) {
            Capacity capacity = r.tracks().isEmpty() ? Capacity.pool(10) : Capacity.perTrack(Map.of("a", 10.0, "b", 10.0));
            Plan coherent = scheduler.schedule(r, options(capacity, PlanOptions.Priority.COHERENT));
            Plan document = scheduler.schedule(r, options(capacity, PlanOptions.Priority.DOCUMENT_ORDER));
            Plan longest = scheduler.schedule(r, options(capacity, PlanOptions.Priority.LONGEST_PATH));
            assertThat(coherent.totalWeeks()).isLessThanOrEqualTo(document.totalWeeks()).isLessThanOrEqualTo(longest.totalWeeks());
            assertThat(PlanCoherence.of(coherent, r).meanLagWeeks())
                    .isLessThanOrEqualTo(PlanCoherence.of(document, r).meanLagWeeks() + 0.5);
        }
    }

    @Test
    void repeatedTitlesAreNamedWithTheirTopicInEveryPlanOutput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("garden.json");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/coherence/garden.json"))) {
            Files.write(file, in.readAllBytes());
        }
        for (String format : List.of("text", "markdown", "html", "mermaid-gantt", "ics", "csv")) {
            CliTest.Run run = CliTest.run("plan", file.toString(), "--hours-per-week", "10", "--start", "2026-12-07",
                    "--to", format);
            assertThat(run.code()).as(format).isZero();
            String out = run.out().replace("&#8250;", "›").replace("\\u203a", "›");
            assertThat(out).as(format).contains("Soil › Learn the basics").contains("Seeds › Learn the basics")
                    .contains("Pruning › Learn the basics");
        }
    }

    @Test
    void explainSaysWhenASkillLeavesReadingOrderAndWhenReadingOrderHoldsOneBack() throws IOException {
        Path file = Files.createTempFile("kitchen", ".json");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/coherence/kitchen.json"))) {
            Files.write(file, in.readAllBytes());
            CliTest.Run run = CliTest.run("plan", file.toString(), "--hours-per-week", "10", "--start", "2026-12-07",
                    "--explain");
            assertThat(run.code()).isZero();
            assertThat(run.out() + run.err()).contains("': reading order").contains("moved ahead of '");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
