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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A plan's skill hours (computed without laying the weeks out) are, to the hundredth, the sums of
 * that skill's laid-out weekly allocations, on random roadmaps ({@link RandomScenario}: tracks, pools,
 * fixed-pace mixes, overrides, every priority) at every budget: the plans of every stage of the
 * search, not only single passes.
 */
class SkillTotalsPropertiesTest {
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler(
            Clock.fixed(LocalDate.of(2026, 12, 16).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Property(tries = 400)
    void skillHoursAreTheSumsOfTheirAllocations(@ForAll long seed, @ForAll PlanOptions.Budget budget) {
        RandomScenario s = RandomScenario.of(seed);
        Plan plan;
        try {
            plan = scheduler.schedule(s.roadmap(), s.options().toBuilder().budget(budget).build());
        } catch (PlanningException e) {
            return; // refused (a track without hours): nothing to add up
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
