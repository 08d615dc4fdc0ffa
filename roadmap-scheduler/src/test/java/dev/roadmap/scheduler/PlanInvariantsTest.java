package dev.roadmap.scheduler;

import static dev.roadmap.scheduler.TestRoadmaps.flex;
import static dev.roadmap.scheduler.TestRoadmaps.pool;
import static dev.roadmap.scheduler.TestRoadmaps.roadmap;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property checker itself catches broken plans, so passing properties mean something. */
class PlanInvariantsTest {
    private final Roadmap roadmap = roadmap(flex("a", 15), flex("b", 10, "a"));
    private final PlanOptions options = pool(10).build();
    private final Plan good = new WeekPackingScheduler().schedule(roadmap, options);

    @Test
    void acceptsTheSchedulersPlan() {
        PlanInvariants.verify(roadmap, options, good);
    }

    @Test
    void catchesAnEarlyStart() {
        List<ScheduledSkill> skills = new ArrayList<>(good.skills());
        skills.set(1, new ScheduledSkill(skills.get(1).id(), 1, 3, 10));
        Plan bad = new Plan(good.roadmap(), good.start(), good.capacity(), good.totalWeeks(), good.lowerBoundWeeks(),
                good.totalHours(), good.weeks(), skills, good.unscheduled(), good.diagnostics(), good.explanations());
        assertThatThrownBy(() -> PlanInvariants.verify(roadmap, options, bad)).isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesAnOverfullWeek() {
        List<PlanWeek> weeks = new ArrayList<>(good.weeks());
        PlanWeek first = weeks.get(0);
        List<Allocation> more = new ArrayList<>(first.allocations());
        more.add(new Allocation(more.get(0).skill(), "*", 1));
        weeks.set(0, new PlanWeek(1, first.start(), first.capacity(), more));
        Plan bad = new Plan(good.roadmap(), good.start(), good.capacity(), good.totalWeeks(), good.lowerBoundWeeks(),
                good.totalHours(), weeks, good.skills(), good.unscheduled(), good.diagnostics(), good.explanations());
        assertThatThrownBy(() -> PlanInvariants.verify(roadmap, options, bad)).isInstanceOf(AssertionError.class);
    }
}
