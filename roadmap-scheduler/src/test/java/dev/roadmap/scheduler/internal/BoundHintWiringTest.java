package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Status;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.scheduler.ReplanRoadmaps;
import dev.roadmap.spi.PlanningScope;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The FAST re-plans of one structure's {@link SkillLayout.Cache} (a re-planner chain) prove their lower
 * bound by the window that set the last one ({@link BoundHint}) once the first candidate is packed: most
 * re-plans after a skill is marked done are proven so, counted, and each plan equals the plan made with a
 * cache of its own (no hint).
 */
class BoundHintWiringTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    @Test
    void replansProveTheirBoundByTheLastWindowAndPlanTheSame() {
        Roadmap base = ReplanRoadmaps.realistic(200, 7);
        PlanOptions options = PlanOptions.builder().start(START).budget(PlanOptions.Budget.FAST).build();
        PrerequisiteGraph graph = PrerequisiteGraph.of(base);
        SkillLayout.Cache chain = new SkillLayout.Cache();
        int replans = 0;
        for (int i = 20; i < base.size(); i += 2) {
            Roadmap changed = base.withSkill(i, base.skill(i).toBuilder().status(Status.DONE).build());
            PlanningScope scope = PlanningScope.of(changed, options);
            Plan plan = WeekPackingEngine.plan(scope, graph.requiresRows(), graph.topologicalOrder(), chain, options, START);
            Plan alone = WeekPackingEngine.plan(scope, graph.requiresRows(), graph.topologicalOrder(), new SkillLayout.Cache(),
                    options, START);
            assertThat(plan).as("skill %d done", i).isEqualTo(alone);
            replans++;
        }
        assertThat(chain.boundHint.proofs.get()).as("bounds proven by the last window").isGreaterThan(replans / 2);
    }
}
