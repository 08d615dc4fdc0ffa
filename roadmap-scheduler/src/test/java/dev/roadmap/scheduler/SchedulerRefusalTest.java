package dev.roadmap.scheduler;

import static dev.roadmap.scheduler.TestRoadmaps.START;
import static dev.roadmap.scheduler.TestRoadmaps.flex;
import static dev.roadmap.scheduler.TestRoadmaps.pool;
import static dev.roadmap.scheduler.TestRoadmaps.rigid;
import static dev.roadmap.scheduler.TestRoadmaps.roadmap;
import static dev.roadmap.scheduler.TestRoadmaps.tracks;
import static dev.roadmap.scheduler.TestRoadmaps.withTracks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.InfeasiblePlanException;
import dev.roadmap.spi.InvalidPlanRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every refusal names the skills involved and never yields a partial plan. */
class SchedulerRefusalTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    @Test
    void rejectsCycleAndNamesItsSkills() {
        Roadmap r = roadmap(flex("a", 5, "b"), flex("b", 5, "a"), flex("c", 5));
        assertThatThrownBy(() -> scheduler.schedule(r, pool(10).build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-roadmap");
                    assertThat(e.getMessage()).contains("a -> b -> a").contains("[cycle]");
                    assertThat(e.skills()).contains(SkillId.of("a"), SkillId.of("b")).doesNotContain(SkillId.of("c"));
                    assertThat(e.diagnostics()).isNotEmpty();
                    assertThat(e).isInstanceOf(RoadmapException.class);
                });
    }

    @Test
    void rejectsUnknownPrerequisiteAsInvalidRoadmap() {
        Roadmap r = roadmap(flex("a", 5, "ghost"));
        assertThatThrownBy(() -> scheduler.schedule(r, pool(10).build()))
                .isInstanceOf(InvalidPlanRequestException.class).hasMessageContaining("ghost");
    }

    @Test
    void rejectsUnknownTargetAndDoneIds() {
        Roadmap r = roadmap(flex("a", 5));
        assertThatThrownBy(() -> scheduler.schedule(r, pool(10).target(SkillId.of("nope"))
                .done(List.of(SkillId.of("gone"))).build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-skill");
                    assertThat(e.getMessage()).contains("target 'nope'").contains("done 'gone'");
                    assertThat(e.skills()).containsExactly(SkillId.of("nope"), SkillId.of("gone"));
                });
    }

    @Test
    void rejectsUnknownChoiceAndOption() {
        Roadmap r = roadmap(flex("p", 5), flex("q", 5)).toBuilder().addChoice(Choice.of("path", "Path", "x",
                List.of(ChoiceOption.of("x", "X", List.of(SkillId.of("p"))), ChoiceOption.of("y", "Y", List.of(SkillId.of("q"))))))
                .build();
        assertThatThrownBy(() -> scheduler.schedule(r, pool(10).choose("route", "x").build()))
                .isInstanceOf(InvalidPlanRequestException.class).hasMessageContaining("choice 'route'")
                .hasMessageContaining("known: path");
        assertThatThrownBy(() -> scheduler.schedule(r, pool(10).choose("path", "z").build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, e -> assertThat(e.code()).isEqualTo("unknown-choice"))
                .hasMessageContaining("option 'z' of choice 'path'").hasMessageContaining("known: x, y");
    }

    @Test
    void rejectsTargetInAnOptionThatIsNotChosen() {
        Roadmap r = roadmap(flex("p", 5), flex("q", 5)).toBuilder().addChoice(Choice.of("path", "Path", "x",
                List.of(ChoiceOption.of("x", "X", List.of(SkillId.of("p"))), ChoiceOption.of("y", "Y", List.of(SkillId.of("q"))))))
                .build();
        assertThatThrownBy(() -> scheduler.schedule(r, pool(10).choose("path", "x").target(SkillId.of("q")).build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("choice-conflict");
                    assertThat(e.skills()).containsExactly(SkillId.of("q"));
                });
    }

    @Test
    void rejectsSkillWhoseTrackHasNoCapacity() {
        Roadmap r = withTracks(roadmap(flex("a", 5).track("math"), flex("drawing", 5).track("art"), flex("free", 2)),
                "math", "art");
        assertThatThrownBy(() -> scheduler.schedule(r, tracks(Map.of("math", 4.0)).build()))
                .isInstanceOfSatisfying(InfeasiblePlanException.class, e -> {
                    assertThat(e.code()).isEqualTo("no-capacity");
                    assertThat(e.getMessage()).contains("track 'art'").contains("'drawing'").contains("'free'");
                    assertThat(e.skills()).containsExactly(SkillId.of("drawing"), SkillId.of("free"));
                });
    }

    @Test
    void rejectsZeroCapacity() {
        assertThatThrownBy(() -> scheduler.schedule(roadmap(flex("a", 5)), pool(0).build()))
                .isInstanceOfSatisfying(InfeasiblePlanException.class, e -> assertThat(e.skills()).containsExactly(SkillId.of("a")));
    }

    @Test
    void rejectsRigidSkillHeavierThanItsTrackInEveryWeek() {
        assertBootcampRefused(pool(10).build(), "20 h");
    }

    @Test
    void rejectsRigidSkillThatFitsOnlyInTooFewHolidayWeeks() {
        assertBootcampRefused(PlanOptions.builder().capacity(Capacity.pool(10).withWeekOverride(3, 20)).start(START).build(),
                "2 consecutive week(s)");
    }

    /** A fixed-pace skill of 2 weeks at 20 h a week. */
    private static Roadmap bootcamp() {
        return roadmap(rigid("bootcamp", 2, Map.of("*", 20.0)));
    }

    private void assertBootcampRefused(PlanOptions options, String reason) {
        assertThatThrownBy(() -> scheduler.schedule(bootcamp(), options))
                .isInstanceOfSatisfying(InfeasiblePlanException.class, e -> {
                    assertThat(e.code()).isEqualTo("rigid-over-capacity");
                    assertThat(e.getMessage()).contains("'bootcamp'").contains(reason);
                });
    }

    @Test
    void acceptsRigidSkillThatFitsInHolidayWeeks() {
        Roadmap r = bootcamp();
        PlanOptions o = PlanOptions.builder().capacity(Capacity.pool(10).withWeekOverride(3, 20).withWeekOverride(4, 20))
                .start(START).build();
        assertThat(scheduler.schedule(r, o).skill(SkillId.of("bootcamp")).orElseThrow().startWeek()).isEqualTo(3);
    }
}
