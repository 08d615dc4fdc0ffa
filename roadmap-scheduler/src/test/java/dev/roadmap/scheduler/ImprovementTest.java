package dev.roadmap.scheduler;

import static dev.roadmap.scheduler.TestRoadmaps.flex;
import static dev.roadmap.scheduler.TestRoadmaps.pool;
import static dev.roadmap.scheduler.TestRoadmaps.rigid;
import static dev.roadmap.scheduler.TestRoadmaps.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The improvement stage after the first greedy plan, and its budget options. */
class ImprovementTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    /** Greedy week by week books the 3 h block first and then cannot pair the two 1 h blocks with it. */
    private final Roadmap trap = roadmap(rigid("s0", 2, Map.of("*", 1.0)), rigid("s1", 3, Map.of("*", 1.0)),
            rigid("s2", 2, Map.of("*", 3.0)), rigid("s3", 1, Map.of("*", 2.0), "s2"));

    @Test
    void searchFindsTheProvenOptimumTheGreedyPassMisses() {
        Plan greedy = scheduler.schedule(trap, pool(3).improvementPasses(0).build());
        Plan improved = scheduler.schedule(trap, pool(3).build());
        assertThat(greedy.totalWeeks()).isEqualTo(6);
        assertThat(improved.totalWeeks()).isEqualTo(5).isEqualTo(improved.lowerBoundWeeks());
        PlanContract.verify(trap, pool(3).build(), improved);
    }

    @Test
    void fastAndThoroughBudgetsAlsoReachIt() {
        for (PlanOptions.Budget budget : PlanOptions.Budget.values()) {
            Plan plan = scheduler.schedule(trap, pool(3).budget(budget).build());
            assertThat(plan.totalWeeks()).as(budget.name()).isEqualTo(5);
        }
    }

    @Test
    void explanationsDescribeTheImprovedPlan() {
        Plan plan = scheduler.schedule(trap, pool(3).build());
        for (var s : plan.skills()) {
            assertThat(plan.explanations().get(s.id())).startsWith("starts week " + s.startWeek() + ":");
        }
        // s2 finishes in week 2 but weeks 3-4 hold s0 and s1 (2 h of 3 h), so s3's 2 h wait for week 5
        assertThat(plan.explanations().get(SkillId.of("s3"))).isEqualTo("starts week 5: fixed-pace block needs 2 h on the"
                + " shared pool every week for 1 week(s); no such run of weeks with room starts in weeks 3-4"
                + " (prerequisite 's2' done in week 2)");
    }

    @Test
    void sameSeedSamePlanAndEverySeedValid() {
        PlanOptions a = pool(3).seed(1).build();
        assertThat(scheduler.schedule(trap, a)).isEqualTo(scheduler.schedule(trap, pool(3).seed(1).build()));
        for (long seed = 0; seed < 20; seed++) {
            PlanOptions o = pool(3).seed(seed).budget(PlanOptions.Budget.FAST).build();
            PlanContract.verify(trap, o, scheduler.schedule(trap, o));
        }
    }

    @Test
    void defaultsAreTheBalancedBudgetWithAFixedSeed() {
        PlanOptions o = PlanOptions.defaults();
        assertThat(o.budget()).isEqualTo(PlanOptions.Budget.BALANCED);
        assertThat(o.seed()).isEqualTo(PlanOptions.DEFAULT_SEED);
        assertThat(o.improvementPasses()).isEmpty();
        assertThat(o.toBuilder().improvementPasses(3).build().improvementPasses()).hasValue(3);
        assertThat(o.toBuilder().budget(PlanOptions.Budget.THOROUGH).seed(9).build().toBuilder().build().seed()).isEqualTo(9);
    }

    @Test
    void flexibleRoadmapsAreRepackedAndKeepEveryRule() {
        Roadmap r = roadmap(flex("a", 12), flex("b", 8, "a"), rigid("c", 2, Map.of("*", 3.0)), flex("d", 5, "c"));
        for (PlanOptions.Budget budget : PlanOptions.Budget.values()) {
            PlanOptions o = pool(6).budget(budget).maxParallel(2).build();
            Plan plan = scheduler.schedule(r, o);
            PlanContract.verify(r, o, plan);
            assertThat(plan.totalWeeks()).isLessThanOrEqualTo(
                    scheduler.schedule(r, pool(6).maxParallel(2).improvementPasses(0).build()).totalWeeks());
        }
    }
}
