package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Plan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of every plan over random DAGs, capacities and options. */
class WeekPackingPropertiesTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    @Provide
    Arbitrary<RandomScenario> scenarios() {
        return Arbitraries.longs().map(RandomScenario::of);
    }

    @Property(tries = 1500)
    void everyPlanKeepsTheRules(@ForAll("scenarios") RandomScenario s) {
        Plan plan;
        try {
            plan = scheduler.schedule(s.roadmap(), s.options());
        } catch (InvalidPlanRequestException e) {
            Assume.that(e.code().equals(InvalidPlanRequestException.CHOICE_CONFLICT));
            return;
        }
        PlanInvariants.verify(s.roadmap(), s.options(), plan);
    }

    @Property(tries = 300)
    void twoRunsGiveIdenticalPlans(@ForAll("scenarios") RandomScenario s) {
        Plan first;
        try {
            first = scheduler.schedule(s.roadmap(), s.options());
        } catch (PlanningException e) {
            Assume.that(false);
            return;
        }
        assertThat(scheduler.schedule(s.roadmap(), s.options())).isEqualTo(first);
    }
}
