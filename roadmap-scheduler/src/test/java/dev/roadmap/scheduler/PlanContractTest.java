package dev.roadmap.scheduler;

import static dev.roadmap.scheduler.TestRoadmaps.flex;
import static dev.roadmap.scheduler.TestRoadmaps.pool;
import static dev.roadmap.scheduler.TestRoadmaps.roadmap;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.plugins.testkit.PlanContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan contract (testkit) catches broken plans, so the scheduler tests that pass it mean something. */
class PlanContractTest {
    private final Roadmap roadmap = roadmap(flex("a", 15), flex("b", 10, "a"));
    private final PlanOptions options = pool(10).build();
    private final Plan good = new WeekPackingScheduler().schedule(roadmap, options);

    @Test
    void acceptsTheSchedulersPlan() {
        PlanContract.verify(roadmap, options, good);
    }

    @Test
    void catchesAnEarlyStart() {
        // a spread over weeks 1-3 while b already runs in weeks 2-3: every other rule holds
        List<PlanWeek> weeks = new ArrayList<>();
        for (PlanWeek w : good.weeks()) {
            List<Allocation> allocations = new ArrayList<>(List.of(new Allocation(SkillId.of("a"), "*", 5)));
            if (w.week() > 1) {
                allocations.add(new Allocation(SkillId.of("b"), "*", 5));
            }
            weeks.add(new PlanWeek(w.week(), w.start(), w.capacity(), allocations));
        }
        List<ScheduledSkill> skills = List.of(new ScheduledSkill(SkillId.of("a"), 1, 3, 15),
                new ScheduledSkill(SkillId.of("b"), 2, 3, 10));
        Plan bad = changed(weeks, skills, good.unscheduled());
        assertThatThrownBy(() -> PlanContract.verify(roadmap, options, bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("b after a");
    }

    @Test
    void catchesAnOverfullWeek() {
        List<PlanWeek> weeks = new ArrayList<>(good.weeks());
        PlanWeek first = weeks.get(0);
        List<Allocation> more = new ArrayList<>(first.allocations());
        more.add(new Allocation(more.get(0).skill(), "*", 1));
        weeks.set(0, new PlanWeek(1, first.start(), first.capacity(), more));
        Plan bad = changed(weeks, good.skills(), good.unscheduled());
        assertThatThrownBy(() -> PlanContract.verify(roadmap, options, bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("week 1 track *");
    }

    @Test
    void catchesASkillGivenLessThanItsHours() {
        List<PlanWeek> weeks = new ArrayList<>(good.weeks());
        PlanWeek last = weeks.get(weeks.size() - 1);
        weeks.set(weeks.size() - 1, new PlanWeek(last.week(), last.start(), last.capacity(), List.of()));
        Plan bad = changed(weeks, good.skills(), good.unscheduled());
        assertThatThrownBy(() -> PlanContract.verify(roadmap, options, bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("hours of b");
    }

    @Test
    void catchesAPlanMadeForAnotherCapacity() {
        assertThatThrownBy(() -> PlanContract.verify(roadmap, pool(8).build(), good)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("capacity");
    }

    @Test
    void catchesASkillThatIsNeitherPlannedNorReported() {
        Roadmap withC = roadmap(flex("a", 15), flex("b", 10, "a"), flex("c", 5));
        assertThatThrownBy(() -> PlanContract.verify(withC, options, good)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("c planned or reported");
    }

    @Test
    void acceptsAReportedSkillButVerifyCompleteDoesNot() {
        Roadmap withC = roadmap(flex("a", 15), flex("b", 10, "a"), flex("c", 5));
        Plan reported = changed(good.weeks(), good.skills(), List.of(new Unscheduled(SkillId.of("c"), "left out")));
        PlanContract.verify(withC, options, reported);
        assertThatThrownBy(() -> PlanContract.verifyComplete(withC, options, reported)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("left unscheduled");
    }

    /** The good plan with other weeks, skills or unscheduled skills. */
    private Plan changed(List<PlanWeek> weeks, List<ScheduledSkill> skills, List<Unscheduled> unscheduled) {
        return new Plan(good.roadmap(), good.start(), good.capacity(), good.totalWeeks(), good.lowerBoundWeeks(),
                good.totalHours(), weeks, skills, unscheduled, good.diagnostics(), good.explanations());
    }
}
