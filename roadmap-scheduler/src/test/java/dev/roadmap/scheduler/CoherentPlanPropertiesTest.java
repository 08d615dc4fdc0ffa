package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanCoherence;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import dev.roadmap.spi.PlanningException;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The guarantees of the default objective on random roadmaps (one pool, tracks, fixed-pace mixes,
 * maxParallel, choices, done and doing skills): never longer than the longest-path or the
 * reading-order plan at the same budget and seed, and when as long as the reading-order plan at
 * least as coherent in {@link PlanCoherence}'s scalar order (mean lag, then out-of-order share, then
 * open skills).
 */
class CoherentPlanPropertiesTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    @Property(tries = 400)
    void defaultIsShortestThenMostCoherent(@ForAll(supplier = RandomScenario.Any.class) RandomScenario s, @ForAll PlanOptions.Budget budget) {
        check(s, budget);
    }

    @Property(tries = 150)
    void defaultIsShortestThenMostCoherentWhenAllRigid(@ForAll(supplier = RandomScenario.AllRigid.class) RandomScenario s,
                                                       @ForAll PlanOptions.Budget budget) {
        check(s, budget);
    }

    private void check(RandomScenario s, PlanOptions.Budget budget) {
        PlanOptions base = s.options().toBuilder().budget(budget).build();
        Plan coherent;
        Plan longest;
        Plan document;
        try {
            coherent = plan(s, base, PlanOptions.Priority.COHERENT);
            longest = plan(s, base, PlanOptions.Priority.LONGEST_PATH);
            document = plan(s, base, PlanOptions.Priority.DOCUMENT_ORDER);
        } catch (PlanningException e) {
            Assume.that(false);
            return;
        }
        PlanContract.verify(s.roadmap(), base, coherent);
        assertThat(coherent.totalWeeks()).as("vs longest path").isLessThanOrEqualTo(longest.totalWeeks());
        assertThat(coherent.totalWeeks()).as("vs document order").isLessThanOrEqualTo(document.totalWeeks());
        if (coherent.totalWeeks() == document.totalWeeks()) {
            assertThat(PlanCoherence.of(coherent, s.roadmap()))
                    .matches(c -> c.atLeastAsCoherentAs(PlanCoherence.of(document, s.roadmap())), "at least as coherent");
        }
    }

    private Plan plan(RandomScenario s, PlanOptions base, PlanOptions.Priority priority) {
        return scheduler.schedule(s.roadmap(), base.toBuilder().priority(priority).build());
    }
}
