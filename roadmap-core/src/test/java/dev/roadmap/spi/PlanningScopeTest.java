package dev.roadmap.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scope rules every scheduler shares: what is planned, how much of it, and what is refused. */
class PlanningScopeTest {
    /** The percentages of progress notices, against the formatter they replace, on edge and random shares. */
    @Test
    void percentWritesWhatTheFormatterWrites() {
        java.util.Random random = new java.util.Random(16);
        List<Double> shares = new java.util.ArrayList<>(List.of(0.0, 1.0, 0.005, 0.125, 0.245, 0.255, 0.995, 1.0 / 3, 2.0 / 3,
                0.49999999999999994, Math.nextDown(0.005), Math.nextUp(0.005), Double.MIN_VALUE));
        for (int k = 0; k < 200; k++) {
            shares.add((k + 0.5) / 200);   // the halves, where rounding differs first
            shares.add(k / 7.0 / 29);
        }
        for (int k = 0; k < 100_000; k++) {
            shares.add(random.nextDouble());
        }
        for (double share : shares) {
            assertThat(PlanningScope.percent(share)).as("%s", share)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.0f%%", share * 100));
        }
    }

    /** The hours of progress notices, against the formatter they replace, on edge, half-way and random hours. */
    @Test
    void oneDecimalWritesWhatTheFormatterWrites() {
        java.util.Random random = new java.util.Random(17);
        List<Double> hours = new java.util.ArrayList<>(List.of(0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.675, 9.95, 99.95,
                0.04999999999999999, Math.nextUp(0.05), Math.nextDown(0.05), Double.MIN_VALUE, 1e-5, 123456789.95, 1e20, 1e300));
        for (int k = 0; k < 20_000; k++) {
            hours.add(k / 100.0);   // hundredths: the halves of tenths among them
            hours.add(k / 20.0 + 0.0);
            hours.add(Math.nextUp(k / 20.0));
            hours.add(Math.nextDown(k / 20.0 + 0.05));
            hours.add(k / 3.0);
        }
        for (int k = 0; k < 100_000; k++) {
            hours.add(random.nextDouble() * 400);
            hours.add(Math.scalb(random.nextDouble(), random.nextInt(80) - 40));
        }
        for (double h : hours) {
            assertThat(PlanningScope.oneDecimal(h)).as("%s", h).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", h));
        }
    }

    private static Skill.Builder flex(String id, double hours, String... requires) {
        return Skill.builder(id, id).effort(Effort.ofHours(hours)).requires(requires);
    }

    private static Roadmap roadmap(Skill.Builder... skills) {
        Roadmap.Builder b = Roadmap.builder("test").pace(Pace.of(10));
        for (Skill.Builder s : skills) {
            b.addSkill(s.build());
        }
        return b.build();
    }

    private static SkillId id(String s) {
        return SkillId.of(s);
    }

    @Test
    void plansEverySkillWithItsHoursByDefault() {
        Roadmap r = roadmap(flex("a", 5), flex("b", 7, "a"));
        PlanningScope scope = PlanningScope.of(r, PlanOptions.defaults());
        assertThat(scope.plannedCount()).isEqualTo(2);
        assertThat(scope.isPlanned(0)).isTrue();
        assertThat(scope.hours(1)).isEqualTo(7.0);
        assertThat(scope.unscheduled()).isEmpty();
        assertThat(scope.diagnostics()).isEmpty();
        assertThat(scope.capacity()).isEqualTo(Capacity.pool(10));
    }

    @Test
    void doneSkillsAreClosedAndSatisfyDependentsWithoutWarnings() {
        Roadmap r = roadmap(flex("a", 5).status(Status.DONE), flex("b", 5), flex("c", 5, "a", "b"));
        PlanningScope scope = PlanningScope.of(r, PlanOptions.builder().done(List.of(id("b"))).build());
        assertThat(scope.isClosed(0)).isTrue();
        assertThat(scope.isClosed(1)).isTrue();
        assertThat(scope.leftOutReason(0)).contains("done");
        assertThat(scope.leftOutReason(1)).contains("done");
        assertThat(scope.isPlanned(2)).isTrue();
        assertThat(scope.diagnostics()).isEmpty();
    }

    @Test
    void targetsKeepOnlyWhatTheyNeedAndLeftOutSkillsCutTheSearch() {
        Roadmap r = roadmap(flex("root", 1), flex("mid", 1, "root").status(Status.DONE), flex("goal", 1, "mid"),
                flex("other", 1));
        PlanningScope scope = PlanningScope.of(r, PlanOptions.builder().target(id("goal")).build());
        assertThat(scope.isPlanned(2)).isTrue();
        assertThat(scope.isInReach(1)).isTrue();
        assertThat(scope.isPlanned(1)).isFalse();
        assertThat(scope.isInReach(0)).as("only the done 'mid' needs 'root'").isFalse();
        assertThat(scope.isInReach(3)).isFalse();
        assertThat(scope.unscheduled()).containsExactly(new Unscheduled(id("mid"), "done"));
    }

    @Test
    void choicesLeaveOutTheOtherOptionsAndATargetPicksItsOption() {
        Roadmap r = Roadmap.builder("test").pace(Pace.of(10))
                .addSkill(flex("x", 1).build()).addSkill(flex("y", 1).build())
                .addChoice(Choice.of("path", "Path", "a", List.of(ChoiceOption.of("a", "A", List.of(id("x"))),
                        ChoiceOption.of("b", "B", List.of(id("y"))))))
                .build();
        PlanningScope byDefault = PlanningScope.of(r, PlanOptions.defaults());
        assertThat(byDefault.isPlanned(0)).isTrue();
        assertThat(byDefault.leftOutReason(1)).contains("option 'b' of choice 'path' not chosen");

        PlanningScope byTarget = PlanningScope.of(r, PlanOptions.builder().target(id("y")).build());
        assertThat(byTarget.isPlanned(1)).isTrue();
        assertThat(byTarget.diagnostics()).extracting(Diagnostic::code).containsExactly("target-picks-option");

        assertThatThrownBy(() -> PlanningScope.of(r, PlanOptions.builder().choose("path", "z").build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidPlanRequestException.UNKNOWN_CHOICE));
        assertThatThrownBy(() -> PlanningScope.of(r, PlanOptions.builder().choose("path", "a").target(id("y")).build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(InvalidPlanRequestException.CHOICE_CONFLICT);
                    assertThat(e.skills()).containsExactly(id("y"));
                });
    }

    @Test
    void optionalSkillsAreSkippedOnRequestUnlessTargeted() {
        Roadmap r = roadmap(flex("a", 1).optional(true), flex("b", 1).optional(true));
        PlanningScope scope = PlanningScope.of(r, PlanOptions.builder().skipOptional(true).target(id("b"))
                .target(id("a")).build());
        assertThat(scope.isPlanned(0)).isTrue();
        PlanningScope skipped = PlanningScope.of(r, PlanOptions.builder().skipOptional(true).build());
        assertThat(skipped.leftOutReason(0)).contains("optional, skipped");
        assertThat(skipped.plannedCount()).isZero();
    }

    @Test
    void progressLeavesTheUntickedShareAndEstimatesPickTheRangePoint() {
        Roadmap r = roadmap(
                Skill.builder("a", "a").effort(Effort.ofHours(10, 30)).status(Status.DOING)
                        .addTopic(Topic.of("one", true)).addTopic(Topic.of("two", false)),
                Skill.builder("b", "b").effort(Effort.ofHours(4)).status(Status.DOING).addTopic(Topic.of("only", true)),
                Skill.builder("c", "c").rigidPace(new RigidPace(3, Map.of("*", 2.0))).status(Status.DOING)
                        .addTopic(Topic.of("1", true)).addTopic(Topic.of("2", false)).addTopic(Topic.of("3", false)));
        PlanningScope high = PlanningScope.of(r, PlanOptions.builder().estimate(Effort.Estimate.HIGH).build());
        assertThat(high.hours(0)).isEqualTo(15.0);
        assertThat(high.isClosed(1)).as("every topic ticked counts as done").isTrue();
        assertThat(high.rigidWeeks(2)).isEqualTo(2);
        assertThat(high.diagnostics()).extracting(Diagnostic::code).containsExactly("progress", "progress-complete", "progress");
        assertThat(high.diagnostics().get(0).skills()).containsExactly(id("a"));
        assertThat(PlanningScope.of(r, PlanOptions.builder().estimate(Effort.Estimate.LOW).build()).hours(0)).isEqualTo(5.0);
    }

    @Test
    void droppedPrerequisitesAreReportedWithTheirSkillsAsData() {
        Roadmap r = roadmap(flex("opt", 1).optional(true), Skill.builder("research", "research").effort(Effort.openEnded(0)),
                flex("next", 1, "opt", "research"));
        PlanningScope scope = PlanningScope.of(r, PlanOptions.builder().skipOptional(true).build());
        assertThat(scope.isPlanned(2)).isTrue();
        assertThat(scope.isOpenEnded(1)).isTrue();
        assertThat(scope.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("left-out-prerequisite", "open-ended-prerequisite");
        assertThat(scope.diagnostics().get(0).skills()).containsExactly(id("next"), id("opt"));
        assertThat(scope.diagnostics().get(1).skills()).containsExactly(id("next"), id("research"));
    }

    @Test
    void refusesInvalidRoadmapsNamingTheSkillsFromTheDiagnosticsData() {
        Roadmap r = roadmap(flex("a", 1, "b"), flex("b", 1, "a"), flex("c", 1, "ghost"), flex("d", 1));
        assertThatThrownBy(() -> PlanningScope.of(r, PlanOptions.defaults()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(InvalidPlanRequestException.INVALID_ROADMAP);
                    assertThat(e.skills()).containsExactlyInAnyOrder(id("a"), id("b"), id("c"));
                    assertThat(e.diagnostics()).extracting(Diagnostic::code).contains("cycle", "unknown-prerequisite");
                    assertThat(e).isInstanceOf(PlanningException.class);
                });
    }

    @Test
    void refusesUnknownTargetAndDoneIds() {
        Roadmap r = roadmap(flex("a", 1));
        assertThatThrownBy(() -> PlanningScope.of(r, PlanOptions.builder().target(id("nope")).done(List.of(id("gone"))).build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(InvalidPlanRequestException.UNKNOWN_SKILL);
                    assertThat(e.skills()).containsExactly(id("nope"), id("gone"));
                });
    }

    @Test
    void capacityFallsBackToTheRoadmapsPace() {
        Roadmap r = Roadmap.builder("t").pace(new Pace(6, Map.of("math", 2.0, "code", 4.0)))
                .addSkill(flex("a", 1).build()).build();
        assertThat(PlanningScope.of(r, PlanOptions.defaults()).capacity())
                .isEqualTo(Capacity.perTrack(Map.of("math", 2.0, "code", 4.0)));
        assertThat(PlanningScope.of(r, PlanOptions.builder().capacity(Capacity.pool(3)).build()).capacity())
                .isEqualTo(Capacity.pool(3));
    }

    @Test
    void rescopingAfterProgressGivesTheScopeOfAFreshCall() {
        Roadmap r = roadmap(flex("a", 5), flex("b", 8, "a").addTopic(Topic.of("one", false)).addTopic(Topic.of("two", false)),
                flex("c", 3, "b"));
        PlanningScope first = PlanningScope.of(r, PlanOptions.defaults());
        Roadmap progressed = r.withSkill(0, r.skill(0).toBuilder().status(Status.DONE).build())
                .withSkill(1, r.skill(1).toBuilder().status(Status.DOING)
                        .setTopics(List.of(Topic.of("one", true), Topic.of("two", false))).build());
        PlanOptions options = PlanOptions.builder().capacity(Capacity.pool(4)).build();

        PlanningScope again = first.rescope(progressed, options, java.time.Clock.systemUTC());
        PlanningScope fresh = PlanningScope.of(progressed, options);

        assertThat(again.plannedCount()).isEqualTo(fresh.plannedCount()).isEqualTo(2);
        assertThat(again.hours(1)).isEqualTo(fresh.hours(1)).isEqualTo(4.0);
        assertThat(again.unscheduled()).isEqualTo(fresh.unscheduled());
        assertThat(again.diagnostics()).isEqualTo(fresh.diagnostics());
        assertThat(again.capacity()).isEqualTo(Capacity.pool(4));
    }

    @Test
    void rescopingRefusesAStructuralChange() {
        Roadmap r = roadmap(flex("a", 5), flex("b", 8, "a"));
        PlanningScope first = PlanningScope.of(r, PlanOptions.defaults());
        Roadmap otherEdges = roadmap(flex("a", 5), flex("b", 8));
        Roadmap otherEffort = roadmap(flex("a", 6), flex("b", 8, "a"));
        for (Roadmap changed : List.of(otherEdges, otherEffort)) {
            assertThatThrownBy(() -> first.rescope(changed, PlanOptions.defaults(), java.time.Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PlanningScope.of");
        }
    }
}
