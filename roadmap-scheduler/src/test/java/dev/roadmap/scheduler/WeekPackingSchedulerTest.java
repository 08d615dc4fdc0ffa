package dev.roadmap.scheduler;

import static dev.roadmap.scheduler.TestRoadmaps.START;
import static dev.roadmap.scheduler.TestRoadmaps.flex;
import static dev.roadmap.scheduler.TestRoadmaps.pool;
import static dev.roadmap.scheduler.TestRoadmaps.rigid;
import static dev.roadmap.scheduler.TestRoadmaps.roadmap;
import static dev.roadmap.scheduler.TestRoadmaps.tracks;
import static dev.roadmap.scheduler.TestRoadmaps.withTracks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.Scheduler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-checked plans of small roadmaps whose right answer is known. */
class WeekPackingSchedulerTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    private static SkillId id(String s) {
        return SkillId.of(s);
    }

    /** Renders a week's allocations as "skill:hours" for compact assertions. */
    /** @return each week of the plan as its allocations, "skill:hours" (with "@track" off the pool), in order */
    private static List<String> weeks(Plan plan) {
        return plan.weeks().stream().map(w -> w.allocations().stream()
                .map(a -> a.skill() + ":" + fmt(a.hours()) + (a.track().equals("*") ? "" : "@" + a.track()))
                .collect(Collectors.joining(" "))).toList();
    }

    private static String fmt(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
    }

    @Test
    void isRegisteredAsServiceWithItsId() {
        assertThat(ServiceLoader.load(Scheduler.class).stream().map(p -> p.get().id()))
                .contains("week-packing");
        assertThat(scheduler.id()).isEqualTo("week-packing");
    }

    @Test
    void flexibleSkillOnSameTrackStartsInTheWeekItsPrerequisiteFinishes() {
        Plan plan = scheduler.schedule(roadmap(flex("a", 15), flex("b", 10, "a")), pool(10).build());
        assertThat(plan.totalWeeks()).isEqualTo(3);
        assertThat(weeks(plan)).containsExactly("a:10", "a:5 b:5", "b:5");
        assertThat(plan.skill(id("b"))).contains(new ScheduledSkill(id("b"), 2, 3, 10));
        assertThat(plan.lowerBoundWeeks()).isEqualTo(3);
        assertThat(plan.quality()).isEqualTo(1.0);
        assertThat(plan.explanations()).containsEntry(id("a"), "starts week 1: no prerequisites")
                .containsEntry(id("b"), "starts week 2: prerequisite 'a' finishes earlier in week 2 on the same track");
        assertThat(plan.weeks().get(1).start()).isEqualTo(START.plusWeeks(1));
        assertThat(plan.end()).isEqualTo(LocalDate.of(2026, 12, 27));
    }

    @Test
    void skillOnAnotherTrackStartsTheFollowingWeek() {
        Roadmap r = withTracks(roadmap(flex("a", 6).track("coding"), flex("b", 4, "a").track("math")), "math", "coding");
        Plan plan = scheduler.schedule(r, tracks(Map.of("math", 4.0, "coding", 6.0)).build());
        assertThat(plan.skill(id("a"))).contains(new ScheduledSkill(id("a"), 1, 1, 6));
        assertThat(plan.skill(id("b"))).contains(new ScheduledSkill(id("b"), 2, 2, 4));
        assertThat(plan.explanations().get(id("b"))).isEqualTo("starts week 2: waiting for prerequisite 'a' finishing in week 1");
        assertThat(plan.weeks().get(0).capacity()).containsEntry("math", 4.0).containsEntry("coding", 6.0);
        assertThat(plan.lowerBoundWeeks()).isEqualTo(2);
    }

    @Test
    void rigidBlockRunsContiguouslyFromTheWeekAfterItsPrerequisite() {
        Roadmap r = roadmap(flex("a", 10), rigid("r", 3, Map.of("*", 4.0), "a"), flex("b", 12));
        Plan plan = scheduler.schedule(r, pool(10).build());
        assertThat(weeks(plan)).containsExactly("a:10", "r:4 b:6", "r:4 b:6", "r:4");
        assertThat(plan.skill(id("r"))).contains(new ScheduledSkill(id("r"), 2, 4, 12));
        assertThat(plan.totalWeeks()).isEqualTo(4);
        assertThat(plan.lowerBoundWeeks()).isEqualTo(4);
    }

    @Test
    void rigidBlockWaitsForARunOfWeeksWithRoom() {
        Roadmap r = roadmap(rigid("r1", 2, Map.of("*", 8.0)), rigid("r2", 2, Map.of("*", 5.0)));
        Plan plan = scheduler.schedule(r, pool(10).build());
        assertThat(plan.skill(id("r1"))).contains(new ScheduledSkill(id("r1"), 1, 2, 16));
        assertThat(plan.skill(id("r2"))).contains(new ScheduledSkill(id("r2"), 3, 4, 10));
        assertThat(plan.explanations().get(id("r2"))).startsWith("starts week 3: fixed-pace block needs 5 h on the shared pool");
    }

    @Test
    void weekOverridesChangeSingleWeeks() {
        Plan plan = scheduler.schedule(roadmap(flex("a", 25)),
                PlanOptions.builder().capacity(Capacity.pool(10).withWeekOverride(2, 0)).start(START).build());
        assertThat(plan.weeks()).extracting(w -> w.usedHours()).containsExactly(10.0, 0.0, 10.0, 5.0);
        assertThat(plan.weeks().get(1).capacity()).containsEntry("*", 0.0);
        assertThat(plan.lowerBoundWeeks()).isEqualTo(4);
    }

    @Test
    void capacityNamesTheFullTrackInTheExplanation() {
        Roadmap r = withTracks(roadmap(flex("a", 8).track("math"), flex("b", 4).track("math")), "math");
        Plan plan = scheduler.schedule(r, tracks(Map.of("math", 4.0)).build());
        assertThat(plan.skill(id("b"))).contains(new ScheduledSkill(id("b"), 3, 3, 4));
        assertThat(plan.explanations().get(id("b"))).isEqualTo("starts week 3: capacity of track math full in weeks 1-2; kept after 'a': reading order");
    }

    @Test
    void maxParallelKeepsASecondSkillWaiting() {
        Roadmap r = withTracks(roadmap(flex("a", 10).track("math"), flex("b", 10).track("coding")), "math", "coding");
        PlanOptions.Builder o = tracks(Map.of("math", 5.0, "coding", 5.0));
        assertThat(scheduler.schedule(r, o.build()).totalWeeks()).isEqualTo(2);
        Plan plan = scheduler.schedule(r, o.maxParallel(1).build());
        assertThat(plan.skill(id("a"))).contains(new ScheduledSkill(id("a"), 1, 2, 10));
        assertThat(plan.skill(id("b"))).contains(new ScheduledSkill(id("b"), 2, 3, 10));
        assertThat(plan.explanations().get(id("b"))).isEqualTo("starts week 2: at most 1 skills in progress at once in week 1");
    }

    @Test
    void longestPathGoesFirstWhenAsked() {
        Roadmap r = roadmap(flex("short", 10), flex("long", 10), flex("after", 20, "long"));
        Plan plan = scheduler.schedule(r, pool(10).priority(PlanOptions.Priority.LONGEST_PATH).build());
        assertThat(plan.skills()).extracting(ScheduledSkill::id).containsExactly(id("long"), id("after"), id("short"));
        assertThat(plan.skill(id("short")).orElseThrow().startWeek()).isEqualTo(4);
    }

    @Test
    void documentOrderAndShortestFirstAreAvailable() {
        Roadmap r = roadmap(flex("big", 20), flex("small", 5));
        Plan doc = scheduler.schedule(r, pool(10).priority(PlanOptions.Priority.DOCUMENT_ORDER).build());
        assertThat(weeks(doc).get(0)).isEqualTo("big:10");
        Plan shortest = scheduler.schedule(r, pool(10).priority(PlanOptions.Priority.SHORTEST_FIRST).build());
        assertThat(weeks(shortest).get(0)).isEqualTo("small:5 big:5");
    }

    @Test
    void doneAndSkippedSkillsAreLeftOutAndSatisfyDependents() {
        Roadmap r = roadmap(flex("a", 10).status(Status.DONE), flex("s", 10).status(Status.SKIPPED),
                flex("x", 10), flex("b", 5, "a", "s", "x"), flex("c", 5, "a"));
        Plan plan = scheduler.schedule(r, pool(10).done(List.of(id("x"))).build());
        assertThat(plan.skills()).extracting(ScheduledSkill::id).containsExactlyInAnyOrder(id("b"), id("c"));
        assertThat(plan.totalWeeks()).isEqualTo(1);
        assertThat(plan.unscheduled()).contains(new Unscheduled(id("a"), "done"), new Unscheduled(id("s"), "skipped"),
                new Unscheduled(id("x"), "done"));
        assertThat(plan.explanations().get(id("b"))).isEqualTo("starts week 1: prerequisites already done");
    }

    @Test
    void targetsKeepOnlyWhatTheyNeed() {
        Roadmap r = roadmap(flex("a", 5), flex("b", 5, "a"), flex("c", 5, "b"), flex("d", 5));
        Plan plan = scheduler.schedule(r, pool(10).target(id("b")).build());
        assertThat(plan.skills()).extracting(ScheduledSkill::id).containsExactly(id("a"), id("b"));
    }

    @Test
    void choicesKeepOneOptionDefaultOrChosen() {
        Roadmap r = roadmap(flex("base", 5), flex("p", 5, "base"), flex("q", 5, "base")).toBuilder()
                .addChoice(Choice.of("path", "Path", "x", List.of(ChoiceOption.of("x", "X", List.of(id("p"))),
                        ChoiceOption.of("y", "Y", List.of(id("q")))))).build();
        Plan byDefault = scheduler.schedule(r, pool(10).build());
        assertThat(byDefault.skills()).extracting(ScheduledSkill::id).containsExactly(id("base"), id("p"));
        assertThat(byDefault.unscheduled()).containsExactly(new Unscheduled(id("q"), "option 'y' of choice 'path' not chosen"));
        Plan chosen = scheduler.schedule(r, pool(10).choose("path", "y").build());
        assertThat(chosen.skills()).extracting(ScheduledSkill::id).containsExactly(id("base"), id("q"));
        Plan byTarget = scheduler.schedule(r, pool(10).target(id("q")).build());
        assertThat(byTarget.skills()).extracting(ScheduledSkill::id).containsExactly(id("base"), id("q"));
    }

    @Test
    void skipOptionalLeavesOptionalSkillsOut() {
        Roadmap r = roadmap(flex("a", 5), flex("extra", 5).optional(true));
        assertThat(scheduler.schedule(r, pool(10).build()).skills()).hasSize(2);
        Plan plan = scheduler.schedule(r, pool(10).skipOptional(true).build());
        assertThat(plan.skills()).extracting(ScheduledSkill::id).containsExactly(id("a"));
        assertThat(plan.unscheduled()).containsExactly(new Unscheduled(id("extra"), "optional, skipped"));
    }

    @Test
    void openEndedSkillsAreUnscheduledAndDoNotHoldUpDependents() {
        Roadmap r = roadmap(Skill.builder("practice", "Practice").effort(Effort.openEnded(0)), flex("b", 5, "practice"));
        Plan plan = scheduler.schedule(r, pool(10).build());
        assertThat(plan.unscheduled()).containsExactly(new Unscheduled(id("practice"), "open-ended effort"));
        assertThat(plan.skill(id("b")).orElseThrow().startWeek()).isEqualTo(1);
    }

    @Test
    void skillWithoutEffortIsPlannedAsZeroHoursWithAWarning() {
        Roadmap r = roadmap(Skill.builder("a", "A"), flex("b", 5, "a"));
        Plan plan = scheduler.schedule(r, pool(10).build());
        assertThat(plan.skill(id("a"))).contains(new ScheduledSkill(id("a"), 1, 1, 0));
        assertThat(plan.diagnostics()).extracting(Diagnostic::code).contains("missing-effort");
        assertThat(plan.weeks().get(0).allocations()).extracting(Allocation::skill).containsExactly(id("b"));
    }

    @Test
    void doingSkillKeepsTheUntickedShareOfItsEffort() {
        Roadmap r = roadmap(flex("a", 20).status(Status.DOING).setTopics(List.of(Topic.of("one", true), Topic.of("two", false),
                Topic.of("three", false), Topic.of("four", false))));
        Plan plan = scheduler.schedule(r, pool(10).build());
        assertThat(plan.skill(id("a")).orElseThrow().hours()).isEqualTo(15.0);
        assertThat(plan.diagnostics()).extracting(Diagnostic::code).contains("progress");
    }

    @Test
    void estimatePicksThePointOfTheRange() {
        Roadmap r = roadmap(Skill.builder("a", "A").effort(Effort.ofHours(10, 30)));
        assertThat(scheduler.schedule(r, pool(10).build()).totalHours()).isEqualTo(20.0);
        assertThat(scheduler.schedule(r, pool(10).estimate(Effort.Estimate.LOW).build()).totalHours()).isEqualTo(10.0);
        assertThat(scheduler.schedule(r, pool(10).estimate(Effort.Estimate.HIGH).build()).totalHours()).isEqualTo(30.0);
    }

    @Test
    void withoutCapacityUsesTheRoadmapsTrackHoursThenItsPace() {
        Roadmap perTrack = withTracks(roadmap(flex("a", 8).track("math")), "math").toBuilder()
                .pace(new Pace(10, Map.of("math", 4.0))).build();
        Plan plan = scheduler.schedule(perTrack, PlanOptions.builder().start(START).build());
        assertThat(plan.capacity()).isEqualTo(Capacity.perTrack(Map.of("math", 4.0)));
        assertThat(plan.totalWeeks()).isEqualTo(2);
        Roadmap pooled = roadmap(flex("a", 8)).toBuilder().pace(Pace.of(4)).build();
        assertThat(scheduler.schedule(pooled, PlanOptions.builder().start(START).build()).capacity()).isEqualTo(Capacity.pool(4));
        Roadmap none = roadmap(flex("a", 8)).toBuilder().pace(null).build();
        assertThat(scheduler.schedule(none, PlanOptions.builder().start(START).build()).capacity())
                .isEqualTo(Capacity.pool(Pace.DEFAULT_HOURS_PER_WEEK));
    }

    @Test
    void startDefaultsToTheNextMonday() {
        Clock wednesday = Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Plan plan = new WeekPackingScheduler(wednesday).schedule(roadmap(flex("a", 1)),
                PlanOptions.builder().capacity(Capacity.pool(5)).build());
        assertThat(plan.start()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void onAMondayThePlanStartsThatDayAsTheCommandLineDoes() {
        Clock monday = Clock.fixed(LocalDate.of(2026, 12, 7).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Plan plan = new WeekPackingScheduler(monday).schedule(roadmap(flex("a", 1)),
                PlanOptions.builder().capacity(Capacity.pool(5)).build());
        assertThat(plan.start()).isEqualTo(LocalDate.of(2026, 12, 7)).isEqualTo(PlanOptions.defaultStart(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void emptyRoadmapGivesAnEmptyPlan() {
        Plan plan = scheduler.schedule(roadmap(), pool(10).build());
        assertThat(plan.totalWeeks()).isZero();
        assertThat(plan.lowerBoundWeeks()).isZero();
        assertThat(plan.weeks()).isEmpty();
    }
}
