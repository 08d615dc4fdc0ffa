package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.PlanningScope;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The plans of one structure's {@link SkillLayout.Cache} (a re-planner chain) hand the packer's arrays
 * on through the cache's {@link ScratchSlot}: each plan call after the first takes the spare the last one
 * left, and a problem of more than {@link PackerScratch#SPARE_LIMIT} skills leaves none.
 */
class ScratchWiringTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    @Test
    void thePlansOfAReplannerChainReuseOneScratch() {
        Roadmap base = chain(80);
        PlanOptions options = PlanOptions.builder().capacity(Capacity.perTrack(java.util.Map.of("math", 4.0, "coding", 3.0)))
                .start(START).build();
        PrerequisiteGraph graph = PrerequisiteGraph.of(base);
        SkillLayout.Cache cache = new SkillLayout.Cache();
        PackerScratch first = null;
        for (int i = 0; i < base.size(); i++) {
            Roadmap changed = base.withSkill(i, base.skill(i).toBuilder().status(Status.DONE).build());
            WeekPackingEngine.plan(PlanningScope.of(changed, options), graph.requiresRows(), graph.topologicalOrder(), cache,
                    options, START);
            PackerScratch spare = cache.scratch.take();
            assertThat(spare).as("plan %d leaves its scratch", i).isNotNull();
            if (first == null) {
                first = spare;
            }
            // the same arrays each time: every plan call after the first took the spare the last one left
            assertThat(spare).as("plan %d", i).isSameAs(first);
            assertThat(spare.reuses).isEqualTo(i);
            cache.scratch.give(spare);
        }
    }

    @Test
    void aProblemOverTheLimitLeavesNoSpare() {
        Roadmap large = chain(PackerScratch.SPARE_LIMIT + 2);
        PlanOptions options = PlanOptions.builder().capacity(Capacity.perTrack(java.util.Map.of("math", 40.0, "coding", 30.0)))
                .start(START).budget(PlanOptions.Budget.FAST).improvementPasses(0).build();
        PrerequisiteGraph graph = PrerequisiteGraph.of(large);
        SkillLayout.Cache cache = new SkillLayout.Cache();
        WeekPackingEngine.plan(PlanningScope.of(large, options), graph.requiresRows(), graph.topologicalOrder(), cache, options,
                START);
        assertThat(cache.scratch.take()).isNull();
        Roadmap smaller = large.withSkill(0, large.skill(0).toBuilder().status(Status.DONE).build());
        // one skill done: still over the limit
        WeekPackingEngine.plan(PlanningScope.of(smaller, options), graph.requiresRows(), graph.topologicalOrder(), cache,
                options, START);
        assertThat(cache.scratch.take()).isNull();
        Roadmap atTheLimit = smaller.withSkill(1, smaller.skill(1).toBuilder().status(Status.DONE).build());
        // two skills done: at the limit, kept
        WeekPackingEngine.plan(PlanningScope.of(atTheLimit, options), graph.requiresRows(), graph.topologicalOrder(), cache,
                options, START);
        assertThat(cache.scratch.take()).isNotNull();
    }

    /** Skills of 1 to 5 hours on two tracks, two in three after the one before. */
    private static Roadmap chain(int n) {
        Roadmap.Builder b = Roadmap.builder("chain");
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i).effort(Effort.ofHours(1 + i % 5, 1 + i % 5))
                    .track(i % 2 == 0 ? "math" : "coding");
            if (i > 0 && i % 3 != 0) {
                s.requires("s" + (i - 1));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }
}
