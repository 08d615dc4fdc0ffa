package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.spi.PlanningException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A plan's skill hours (computed without laying the weeks out) are, to the hundredth, the sums of
 * that skill's laid-out weekly allocations, on random roadmaps ({@link RandomScenario}: tracks, pools,
 * fixed-pace mixes, overrides, every priority) at every budget: the plans of every stage of the
 * search, not only single passes.
 */
class SkillTotalsPropertiesTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 16).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 400)
    void skillHoursAreTheSumsOfTheirAllocations(@ForAll("seeds") long seed, @ForAll PlanOptions.Budget budget) {
        RandomScenario s = RandomScenario.of(seed);
        Plan plan;
        try {
            plan = new WeekPackingScheduler(CLOCK).schedule(s.roadmap(), s.options().toBuilder().budget(budget).build());
        } catch (PlanningException e) {
            return;
        }
        Map<SkillId, Long> cents = new HashMap<>();
        for (PlanWeek w : plan.weeks()) {
            for (Allocation a : w.allocations()) {
                cents.merge(a.skill(), Math.round(a.hours() * 100), Long::sum);
            }
        }
        for (ScheduledSkill k : plan.skills()) {
            assertThat(cents.getOrDefault(k.id(), 0L)).as("seed %d skill %s", seed, k.id()).isEqualTo(Math.round(k.hours() * 100));
        }
    }
}
