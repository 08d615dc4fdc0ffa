package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.spi.PlanningException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A re-planner's plan after any sequence of small changes (statuses, topic ticks, logged hours,
 * capacity, week overrides, budgets) equals the plan of a fresh {@code schedule} call with the
 * changed roadmap and options, refusals included, on random roadmaps ({@link RandomScenario}: tracks,
 * pools, fixed-pace mixes, maxParallel, choices, targets, every priority) at every budget.
 */
class ReplannerPropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 16);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Status[] STATUSES = Status.values();

    private final WeekPackingScheduler scheduler = new WeekPackingScheduler(CLOCK);

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 300)
    void replansEqualFreshPlans(@ForAll("seeds") long seed, @ForAll PlanOptions.Budget budget) {
        RandomScenario s = RandomScenario.of(seed);
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        PlanOptions options = s.options().toBuilder().budget(budget).build();
        boolean logging = rnd.nextBoolean();
        if (logging) {
            // a progress log plans from today's week: no fixed start
            options = options.toBuilder().start(null).build();
        }
        Replanner planner;
        try {
            planner = Replanner.of(s.roadmap(), options, CLOCK);
        } catch (PlanningException e) {
            assertRefused(s.roadmap(), options, e);
            return;
        }
        assertSame(planner, seed, -1);
        for (int step = 0; step < 8; step++) {
            planner = change(planner, rnd, logging);
            assertSame(planner, seed, step);
        }
    }

    private Replanner change(Replanner planner, Random rnd, boolean logging) {
        Roadmap r = planner.roadmap();
        if (r.size() == 0) {
            return planner.withCapacity(Capacity.pool(1 + rnd.nextInt(12)));
        }
        Skill skill = r.skill(rnd.nextInt(r.size()));
        int kind = rnd.nextInt(logging ? 6 : 5);
        switch (kind) {
            case 0 -> {
                return planner.withStatus(skill.id(), STATUSES[rnd.nextInt(STATUSES.length)]);
            }
            case 1 -> {
                if (skill.topics().isEmpty()) {
                    return planner.withStatus(skill.id(), Status.DOING);
                }
                String title = skill.topics().get(rnd.nextInt(skill.topics().size())).title();
                return planner.withStatus(skill.id(), Status.DOING).withTopic(skill.id(), title, rnd.nextBoolean());
            }
            case 2 -> {
                Capacity c = planner.options().capacity().orElse(Capacity.perTrack(Map.of("math", 4.0, "coding", 3.0)));
                return planner.withCapacity(c.withWeekOverride(1 + rnd.nextInt(10), rnd.nextInt(12)));
            }
            case 3 -> {
                Map<String, Double> weekly = planner.options().capacity().map(Capacity::weekly).orElse(Map.of("*", 8.0));
                Map<String, Double> changed = new java.util.TreeMap<>(weekly);
                changed.replaceAll((t, h) -> Math.max(0.5, h + rnd.nextInt(5) - 2));
                return planner.withCapacity(Capacity.perTrack(changed));
            }
            case 4 -> {
                return planner.withOptions(planner.options().toBuilder()
                        .budget(PlanOptions.Budget.values()[rnd.nextInt(3)]).seed(rnd.nextInt(3)).build());
            }
            default -> {
                ProgressEntry entry = ProgressEntry.of(TODAY.minusDays(rnd.nextInt(30)), skill.id(), rnd.nextInt(9) * 0.5);
                if (!skill.topics().isEmpty() && rnd.nextBoolean()) {
                    entry = entry.withTicked(List.of(skill.topics().get(0).title()));
                }
                return planner.withEntry(rnd.nextInt(4) == 0 ? entry.withStatus(Status.DONE) : entry);
            }
        }
    }

    private void assertSame(Replanner planner, long seed, int step) {
        Plan fresh;
        try {
            fresh = scheduler.schedule(planner.roadmap(), planner.options());
        } catch (PlanningException e) {
            try {
                planner.plan();
            } catch (PlanningException again) {
                assertThat(again.getClass()).as("seed %d step %d", seed, step).isEqualTo(e.getClass());
                assertThat(again.code()).isEqualTo(e.code());
                assertThat(again.getMessage()).isEqualTo(e.getMessage());
                return;
            }
            throw new AssertionError("seed " + seed + " step " + step + ": the re-planner planned what schedule refused: "
                    + e.getMessage());
        }
        assertThat(planner.plan()).as("seed %d step %d", seed, step).isEqualTo(fresh);
    }

    private void assertRefused(Roadmap roadmap, PlanOptions options, PlanningException e) {
        try {
            scheduler.schedule(roadmap, options);
        } catch (PlanningException fresh) {
            assertThat(fresh.code()).isEqualTo(e.code());
            return;
        }
        throw new AssertionError("the re-planner refused what schedule plans: " + e.getMessage());
    }

    @Property(tries = 20)
    void realisticRoadmapsReplanAsFreshAfterEachSkillDone(@ForAll("seeds") long seed) {
        Random rnd = new Random(seed);
        Roadmap roadmap = ReplanRoadmaps.realistic(40 + rnd.nextInt(80), seed);
        PlanOptions options = PlanOptions.builder().start(TestRoadmaps.START)
                .budget(PlanOptions.Budget.values()[rnd.nextInt(3)]).build();
        Replanner planner = Replanner.of(roadmap, options, CLOCK);
        for (int step = 0; step < 6; step++) {
            SkillId id = roadmap.skill(roadmap.size() / 10 + rnd.nextInt(roadmap.size() - roadmap.size() / 10)).id();
            planner = rnd.nextBoolean() ? planner.withStatus(id, Status.DONE)
                    : planner.withStatus(id, Status.DOING).withTopic(id, planner.roadmap().skill(id).orElseThrow()
                    .topics().get(0).title(), true);
            assertSame(planner, seed, step);
        }
    }
}
