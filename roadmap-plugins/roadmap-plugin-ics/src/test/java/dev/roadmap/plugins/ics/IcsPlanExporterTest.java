package dev.roadmap.plugins.ics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Track;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsPlanExporterTest {
    private final IcsPlanExporter exporter = new IcsPlanExporter();
    private final Roadmap sample = SampleRoadmaps.sample();
    private final Plan plan = SampleRoadmaps.plan(sample);

    @Test
    void writesOneAllDayEventPerSkillPerWeekSpanningThatWeek() {
        List<VEvent> events = IcsTesting.events(exporter.writeToString(plan, sample));

        Map<String, PlanWeek> expected = new HashMap<>();
        for (PlanWeek week : plan.weeks()) {
            for (Allocation a : week.allocations()) {
                expected.put(IcsPlanExporter.uid(plan.roadmap(), a.skill(), week.week()), week);
            }
        }
        assertThat(events).hasSize(expected.size());
        assertThat(events.size()).as("not one event per skill for the whole plan").isGreaterThan(plan.skills().size());
        for (VEvent event : events) {
            PlanWeek week = expected.get(IcsTesting.uid(event));
            assertThat(week).as(IcsTesting.uid(event)).isNotNull();
            assertThat(IcsTesting.start(event)).isEqualTo(week.start());
            assertThat(IcsTesting.end(event)).as("DTEND is exclusive: the day after the week").isEqualTo(week.end().plusDays(1));
        }
    }

    @Test
    void summaryIsTheTitleAndTheWeeksHours() {
        Roadmap roadmap = Roadmap.builder("one").addTrack(Track.of("math", "Mathematics"))
                .addSkill(Skill.builder("linalg", "Linear algebra").effort(Effort.ofHours(10)).track("math").build()).build();
        Plan p = new WeekPackingScheduler().schedule(roadmap, PlanOptions.builder()
                .start(LocalDate.of(2027, 3, 1)).capacity(Capacity.pool(4)).build());

        List<VEvent> events = IcsTesting.events(exporter.writeToString(p, roadmap));

        assertThat(events).extracting(IcsTesting::summary)
                .containsExactly("Linear algebra (4 h)", "Linear algebra (4 h)", "Linear algebra (2 h)");
        assertThat(events).extracting(IcsTesting::start)
                .containsExactly(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 15));
        assertThat(events).extracting(e -> IcsTesting.text(e, Property.CATEGORIES)).containsOnly("Mathematics");
        assertThat(events).extracting(e -> IcsTesting.text(e, Property.TRANSP)).containsOnly("TRANSPARENT");
    }

    @Test
    void uidsAreUniqueAndStayTheSameWhenThePlanChanges() {
        Plan slower = new WeekPackingScheduler().schedule(sample, PlanOptions.builder()
                .start(SampleRoadmaps.START).capacity(Capacity.pool(5)).build());

        List<String> fast = IcsTesting.events(exporter.writeToString(plan, sample)).stream().map(IcsTesting::uid).toList();
        List<String> slow = IcsTesting.events(exporter.writeToString(slower, sample)).stream().map(IcsTesting::uid).toList();

        assertThat(fast).doesNotHaveDuplicates();
        assertThat(slow).doesNotHaveDuplicates().hasSizeGreaterThan(fast.size());
        assertThat(fast).contains("linalg.week-1@sample");
        // the skill-weeks both plans have keep their identity, so a re-import updates them
        Set<String> shared = new LinkedHashSet<>(fast);
        shared.retainAll(slow);
        assertThat(shared).contains("linalg.week-1@sample");
        assertThat(IcsPlanExporter.uid("sample", SkillId.of("linalg"), 1))
                .isEqualTo(IcsPlanExporter.uid("sample", SkillId.of("linalg"), 1))
                .isNotEqualTo(IcsPlanExporter.uid("other", SkillId.of("linalg"), 1))
                .isNotEqualTo(IcsPlanExporter.uid("sample", SkillId.of("linalg"), 11));
    }

    @Test
    void uidsOfOddIdsAreEncodedSoTheyCannotCollide() {
        assertThat(IcsPlanExporter.uid("my roadmap@x", SkillId.of("a@b"), 2)).isEqualTo("a%40b.week-2@my+roadmap%40x");
        assertThat(IcsPlanExporter.uid("b", SkillId.of("a"), 1))
                .isNotEqualTo(IcsPlanExporter.uid("a@b", SkillId.of("a"), 1));
    }

    @Test
    void outputIsByteStableAndStampedWithThePlanStart() {
        String first = exporter.writeToString(plan, sample);
        String second = exporter.writeToString(SampleRoadmaps.plan(SampleRoadmaps.sample()), SampleRoadmaps.sample());

        assertThat(second).isEqualTo(first);
        assertThat(IcsTesting.events(first)).extracting(e -> IcsTesting.text(e, Property.DTSTAMP))
                .containsOnly("20270104T000000Z");
        assertThat(first).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void descriptionListsTheTopicsStillToDoAndTheHours() {
        VEvent linalg = IcsTesting.events(exporter.writeToString(plan, sample)).stream()
                .filter(e -> IcsTesting.uid(e).equals("linalg.week-1@sample")).findFirst().orElseThrow();

        String description = IcsTesting.text(linalg, Property.DESCRIPTION);
        assertThat(description).startsWith("4 h this week, week 1 of " + plan.totalWeeks() + " (2027-01-04 to 2027-01-10).")
                .contains("Topics:\n- Eigenvalues").doesNotContain("Vectors");
    }

    @Test
    void aRigidSkillOnTwoTracksIsOneEventPerWeekWithBothTracksHours() {
        List<VEvent> course = IcsTesting.events(exporter.writeToString(plan, sample)).stream()
                .filter(e -> IcsTesting.uid(e).startsWith("course.")).toList();

        assertThat(course).hasSize(3).extracting(IcsTesting::summary).containsOnly("Fixed-pace course (4 h)");
        assertThat(IcsTesting.text(course.get(0), Property.DESCRIPTION)).contains("coding 2 h", "math 2 h")
                .contains("weeks ");
    }

    @Test
    void hostileTitlesAreEscapedAndReadBackIntact() {
        Roadmap hostile = SampleRoadmaps.hostile();
        String ics = exporter.writeToString(SampleRoadmaps.plan(hostile), hostile);

        Set<String> titles = IcsTesting.events(ics).stream().map(IcsTesting::summary)
                .map(s -> s.substring(0, s.lastIndexOf(" ("))).collect(Collectors.toSet());
        assertThat(titles).containsExactlyInAnyOrderElementsOf(SampleRoadmaps.HOSTILE_TITLES);
        assertThat(ics).contains("SUMMARY:Colon: semi\\; hash # done", "Back\\\\slash\\, comma", "Line\\nbreak")
                .doesNotContain("\uFFFD");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n", "\r");
        }
    }

    @Test
    void aTrackTitleWithSeparatorsStaysOneCategory() {
        Roadmap roadmap = Roadmap.builder("cat").addTrack(Track.of("m", "Maths, stats; more \\ \"q\""))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(2)).track("m").build()).build();
        Plan p = new WeekPackingScheduler().schedule(roadmap, PlanOptions.builder()
                .start(SampleRoadmaps.START).capacity(Capacity.pool(5)).build());

        VEvent event = IcsTesting.events(exporter.writeToString(p, roadmap)).get(0);

        net.fortuna.ical4j.model.property.Categories categories = event.<net.fortuna.ical4j.model.property.Categories>
                getProperty(Property.CATEGORIES).orElseThrow();
        assertThat(categories.getCategories().getTexts()).containsExactly("Maths, stats; more \\ \"q\"");
    }

    @Test
    void anEmptyPlanIsAnEmptyCalendar() {
        Roadmap done = SampleRoadmaps.allDone();
        Plan empty = SampleRoadmaps.plan(done);

        String ics = exporter.writeToString(empty, done);

        assertThat(IcsTesting.events(ics)).isEmpty();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n").contains("X-WR-CALNAME:Study plan: done");
    }
}
