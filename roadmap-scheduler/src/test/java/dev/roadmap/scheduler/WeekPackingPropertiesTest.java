package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every plan over random DAGs, capacities and options, at every effort level of the
 * improvement stage, for mixed roadmaps and for all-rigid ones (which the stage searches with its
 * serial packer).
 */
class WeekPackingPropertiesTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    @Provide
    Arbitrary<RandomScenario> scenarios() {
        return Arbitraries.longs().map(RandomScenario::of);
    }

    @Provide
    Arbitrary<RandomScenario> rigidScenarios() {
        return Arbitraries.longs().map(seed -> RandomScenario.of(seed, true));
    }

    @Property(tries = 900)
    void everyPlanKeepsTheRules(@ForAll("scenarios") RandomScenario s, @ForAll PlanOptions.Budget budget, @ForAll long seed) {
        checkRules(s, s.options().toBuilder().budget(budget).seed(seed).build());
    }

    @Property(tries = 400)
    void everyAllRigidPlanKeepsTheRules(@ForAll("rigidScenarios") RandomScenario s, @ForAll PlanOptions.Budget budget,
                                        @ForAll long seed) {
        checkRules(s, s.options().toBuilder().budget(budget).seed(seed).build());
    }

    @Property(tries = 200)
    void improvementNeverLengthensTheFirstPlanNorBeatsTheBound(@ForAll("rigidScenarios") RandomScenario s,
                                                               @ForAll PlanOptions.Budget budget) {
        Plan single;
        Plan improved;
        try {
            single = scheduler.schedule(s.roadmap(), s.options().toBuilder().improvementPasses(0).build());
            improved = scheduler.schedule(s.roadmap(), s.options().toBuilder().budget(budget).build());
        } catch (PlanningException e) {
            Assume.that(false);
            return;
        }
        assertThat(improved.totalWeeks()).isLessThanOrEqualTo(single.totalWeeks());
        assertThat(improved.totalWeeks()).isGreaterThanOrEqualTo(improved.lowerBoundWeeks());
        assertThat(improved.lowerBoundWeeks()).isEqualTo(single.lowerBoundWeeks());
    }

    @Property(tries = 200)
    void twoRunsGiveIdenticalPlans(@ForAll("scenarios") RandomScenario s, @ForAll PlanOptions.Budget budget) {
        assertDeterministic(s, s.options().toBuilder().budget(budget).build());
    }

    @Property(tries = 150)
    void twoAllRigidRunsWithTheSameSeedGiveIdenticalPlans(@ForAll("rigidScenarios") RandomScenario s,
                                                          @ForAll PlanOptions.Budget budget, @ForAll long seed) {
        assertDeterministic(s, s.options().toBuilder().budget(budget).seed(seed).build());
    }

    private void checkRules(RandomScenario s, PlanOptions options) {
        Plan plan;
        try {
            plan = scheduler.schedule(s.roadmap(), options);
        } catch (InvalidPlanRequestException e) {
            Assume.that(e.code().equals(InvalidPlanRequestException.CHOICE_CONFLICT));
            return;
        }
        PlanContract.verify(s.roadmap(), options, plan);
    }

    private void assertDeterministic(RandomScenario s, PlanOptions options) {
        Plan first;
        try {
            first = scheduler.schedule(s.roadmap(), options);
        } catch (PlanningException e) {
            Assume.that(false);
            return;
        }
        assertThat(scheduler.schedule(s.roadmap(), options)).isEqualTo(first);
    }
}
