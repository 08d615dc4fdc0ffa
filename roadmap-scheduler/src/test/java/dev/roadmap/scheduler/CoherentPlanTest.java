package dev.roadmap.scheduler;

import static dev.roadmap.scheduler.TestRoadmaps.flex;
import static dev.roadmap.scheduler.TestRoadmaps.pool;
import static dev.roadmap.scheduler.TestRoadmaps.roadmap;
import static dev.roadmap.scheduler.TestRoadmaps.tracks;
import static dev.roadmap.scheduler.TestRoadmaps.withTracks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanCoherence;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.ScheduledSkill;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default objective on small cases: reading order where nothing is lost, out of it where the length needs it. */
class CoherentPlanTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    private static dev.roadmap.core.SkillId id(String s) {
        return dev.roadmap.core.SkillId.of(s);
    }

    @Test
    void onOnePoolTheDefaultKeepsReadingOrderWhereLongestPathWouldNot() {
        Roadmap r = roadmap(flex("intro", 10), flex("basics", 10, "intro"), flex("other", 10), flex("deep", 40, "other"));
        Plan plan = scheduler.schedule(r, pool(10).build());
        assertThat(plan.skills()).extracting(ScheduledSkill::id).containsExactly(id("intro"), id("basics"), id("other"), id("deep"));
        Plan longest = scheduler.schedule(r, pool(10).priority(PlanOptions.Priority.LONGEST_PATH).build());
        assertThat(longest.totalWeeks()).isEqualTo(plan.totalWeeks());
        assertThat(PlanCoherence.of(plan, r).outOfOrderShare()).isZero();
        assertThat(PlanCoherence.of(longest, r).outOfOrderShare()).isPositive();
    }

    @Test
    void withTracksASkillIsTakenOutOfReadingOrderOnlyWhenTheLengthNeedsIt() {
        Roadmap r = withTracks(roadmap(flex("m1", 10).track("math"), flex("m2", 10).track("math"),
                flex("c0", 10).track("math"), flex("c1", 10, "c0").track("coding"), flex("c2", 10, "c1").track("coding")),
                "math", "coding");
        PlanOptions.Builder o = tracks(Map.of("math", 10.0, "coding", 10.0));
        Plan document = scheduler.schedule(r, o.priority(PlanOptions.Priority.DOCUMENT_ORDER).improvementPasses(0).build());
        Plan plan = scheduler.schedule(r, o.priority(PlanOptions.Priority.COHERENT).improvementPasses(0).build());
        assertThat(document.totalWeeks()).isEqualTo(5);
        assertThat(plan.totalWeeks()).isEqualTo(3);
        assertThat(plan.skill(id("c0")).orElseThrow().startWeek()).isEqualTo(1);
        assertThat(plan.skill(id("m1")).orElseThrow().startWeek()).isEqualTo(2);
        assertThat(plan.skill(id("m2")).orElseThrow().startWeek()).isEqualTo(3);
        assertThat(plan.explanations().get(id("c0"))).isEqualTo("starts week 1: no prerequisites; moved ahead of 'm2': on the longest chain");
        assertThat(plan.explanations().get(id("m2")))
                .isEqualTo("starts week 3: capacity of track math full in weeks 1-2; kept after 'm1': reading order");
    }

    @Test
    void allocationsAreHundredthsThatAddUpToTheSkillsHours() {
        Roadmap r = roadmap(flex("a", 3.333), flex("b", 65.22), flex("c", 1.0 / 3, "a"));
        Plan plan = scheduler.schedule(r, pool(7.5).build());
        Map<String, Long> cents = new java.util.HashMap<>();
        for (var w : plan.weeks()) {
            for (Allocation a : w.allocations()) {
                long c = Math.round(a.hours() * 100);
                assertThat(a.hours() * 100).isCloseTo(c, org.assertj.core.data.Offset.offset(1e-9));
                cents.merge(a.skill().value(), c, Long::sum);
            }
        }
        assertThat(cents).containsEntry("a", 333L).containsEntry("b", 6522L).containsEntry("c", 33L);
        assertThat(plan.skill(id("b")).orElseThrow().hours()).isEqualTo(65.22);
        assertThat(plan.totalHours()).isEqualTo(68.88);
    }
}
