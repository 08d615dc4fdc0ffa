package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressEntry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a change costs a re-planner, counted: every re-planner derived by changes shares the one
 * preparation (validation and prerequisite rows) of the first, the changed roadmaps never get a
 * prerequisite graph of their own, and a change copies one skill.
 */
class ReplannerComplexityTest {
    private static final PlanOptions OPTIONS = PlanOptions.builder().start(TestRoadmaps.START)
            .budget(PlanOptions.Budget.FAST).build();

    /** @return how many times the roadmap's prerequisite graph had to be built now (1: never built before) */
    private static int graphBuildsNow(Roadmap roadmap) {
        AtomicInteger builds = new AtomicInteger();
        roadmap.derived(PrerequisiteGraph.class, r -> {
            builds.incrementAndGet();
            return PrerequisiteGraph.of(r.toBuilder().build());
        });
        return builds.get();
    }

    @Test
    void changesShareOnePreparationAndNeverBuildAGraph() {
        Roadmap roadmap = ReplanRoadmaps.realistic(300, 11);
        Replanner first = Replanner.of(roadmap, OPTIONS);
        Replanner planner = first;
        int graphs = 0;
        for (int i = 30; i < 300; i += 9) {
            SkillId id = roadmap.skill(i).id();
            planner = planner.withStatus(id, Status.DOING).withTopic(id, "t1", true);
            if (i % 2 == 0) {
                planner = planner.withStatus(id, Status.DONE);
            }
            planner.plan();
            graphs += graphBuildsNow(planner.roadmap());
            assertThat(planner.prepared()).isSameAs(first.prepared());
        }
        assertThat(graphs).as("one graph built per probe, none by the re-plans").isEqualTo(30);
        assertThat(graphBuildsNow(roadmap)).as("the first roadmap's graph is the prepared one").isZero();
    }

    @Test
    void optionChangesKeepTheRoadmapInstance() {
        Roadmap roadmap = ReplanRoadmaps.realistic(100, 2);
        Replanner planner = Replanner.of(roadmap, OPTIONS.toBuilder().start(null).build())
                .withCapacity(Capacity.pool(7).withWeekOverride(3, 0))
                .withEntry(ProgressEntry.of(TestRoadmaps.START, roadmap.skill(20).id(), 2))
                .withOptions(OPTIONS.toBuilder().start(null).budget(PlanOptions.Budget.BALANCED).build());
        assertThat(planner.roadmap()).isSameAs(roadmap);
        assertThat(planner.options().progress()).isEmpty();
    }

    @Test
    void unknownSkillsAndTopicsAreRefused() {
        Replanner planner = Replanner.of(ReplanRoadmaps.realistic(30, 1), OPTIONS);
        assertThatThrownBy(() -> planner.withStatus(SkillId.of("nope"), Status.DONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> planner.withTopic(SkillId.of("k5"), "no such topic", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no topic 'no such topic'");
    }
}
