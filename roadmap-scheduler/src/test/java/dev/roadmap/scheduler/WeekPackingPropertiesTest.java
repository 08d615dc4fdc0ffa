package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import dev.roadmap.spi.InvalidPlanRequestException;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of every plan over random DAGs, capacities and options, at every effort level of the
 * improvement stage, for mixed roadmaps and for all-rigid ones (which the stage searches with its
 * serial packer).
 */
class WeekPackingPropertiesTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    @Property(tries = 900)
    void everyPlanKeepsTheRules(@ForAll(supplier = RandomScenario.Any.class) RandomScenario s, @ForAll PlanOptions.Budget budget, @ForAll long seed) {
        checkRules(s, s.options().toBuilder().budget(budget).seed(seed).build());
    }

    @Property(tries = 400)
    void everyAllRigidPlanKeepsTheRules(@ForAll(supplier = RandomScenario.AllRigid.class) RandomScenario s, @ForAll PlanOptions.Budget budget,
                                        @ForAll long seed) {
        checkRules(s, s.options().toBuilder().budget(budget).seed(seed).build());
    }

    @Property(tries = 200)
    void improvementNeverLengthensTheFirstPlanNorBeatsTheBound(@ForAll(supplier = RandomScenario.AllRigid.class) RandomScenario s,
                                                               @ForAll PlanOptions.Budget budget) {
        Plan single = schedule(s, s.options().toBuilder().improvementPasses(0).build());
        Plan improved = schedule(s, s.options().toBuilder().budget(budget).build());
        assertThat(improved.totalWeeks()).isLessThanOrEqualTo(single.totalWeeks());
        assertThat(improved.totalWeeks()).isGreaterThanOrEqualTo(improved.lowerBoundWeeks());
        assertThat(improved.lowerBoundWeeks()).isEqualTo(single.lowerBoundWeeks());
    }

    @Property(tries = 200)
    void twoRunsGiveIdenticalPlans(@ForAll(supplier = RandomScenario.Any.class) RandomScenario s, @ForAll PlanOptions.Budget budget) {
        assertDeterministic(s, s.options().toBuilder().budget(budget).build());
    }

    @Property(tries = 150)
    void twoAllRigidRunsWithTheSameSeedGiveIdenticalPlans(@ForAll(supplier = RandomScenario.AllRigid.class) RandomScenario s,
                                                          @ForAll PlanOptions.Budget budget, @ForAll long seed) {
        assertDeterministic(s, s.options().toBuilder().budget(budget).seed(seed).build());
    }

    private void checkRules(RandomScenario s, PlanOptions options) {
        PlanContract.verify(s.roadmap(), options, schedule(s, options));
    }

    private void assertDeterministic(RandomScenario s, PlanOptions options) {
        Plan first = schedule(s, options);
        assertThat(scheduler.schedule(s.roadmap(), options)).isEqualTo(first);
    }

    /**
     * Plans a scenario. Random choices and targets can ask for two options of one choice: refusing that
     * request is right, and the try is discarded; any other refusal fails the property (it used to
     * discard every planning failure, which would have hidden a scheduler that wrongly refused).
     */
    private Plan schedule(RandomScenario s, PlanOptions options) {
        try {
            return scheduler.schedule(s.roadmap(), options);
        } catch (InvalidPlanRequestException e) {
            if (!e.code().equals(InvalidPlanRequestException.CHOICE_CONFLICT)) {
                throw e;
            }
            Assume.that(false);
            throw new AssertionError("unreachable: Assume.that(false) aborts the try", e);
        }
    }
}
