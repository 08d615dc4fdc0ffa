package dev.roadmap.plugins.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 480 j30 instances with their proven optima, when {@code shared/benchmarks/psplib} is present
 * (it lives outside the repository): every plan valid and never shorter than the optimum, every lower
 * bound at most the optimum, and the improvement stage never worse than a single pass. The full
 * quality report is a separate command ({@link PsplibQuality}).
 */
class J30Test {

    @Test
    void plansAreValidAndBoundsProvenOnEveryJ30Instance() throws Exception {
        Path dir = PsplibSet.sharedDirectory().orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/benchmarks/psplib not present");
        PsplibSet set = PsplibSet.load(dir, "j30").orElse(null);
        Assumptions.assumeTrue(set != null, "j30 not present");
        assertThat(set.files()).hasSize(480);
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        PlanOptions base = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).build();
        PlanOptions single = base.toBuilder().improvementPasses(0).build();
        PlanOptions fast = base.toBuilder().budget(PlanOptions.Budget.FAST).build();
        PsplibImporter importer = new PsplibImporter();
        List<String> problems = new ArrayList<>();
        double singleDeviation = 0;
        double fastDeviation = 0;
        for (Path f : set.files()) {
            String name = f.getFileName().toString();
            int optimum = set.reference().get(name);
            Roadmap r = importer.read(f).roadmap();
            Plan first = scheduler.schedule(r, single);
            Plan improved = scheduler.schedule(r, fast);
            PlanContract.verifyComplete(r, single, first);
            PlanContract.verifyComplete(r, fast, improved);
            if (improved.lowerBoundWeeks() > optimum || first.totalWeeks() < optimum || improved.totalWeeks() < optimum
                    || improved.totalWeeks() > first.totalWeeks()) {
                problems.add(name + ": optimum " + optimum + ", bound " + improved.lowerBoundWeeks() + ", single "
                        + first.totalWeeks() + ", fast " + improved.totalWeeks());
            }
            singleDeviation += (first.totalWeeks() - optimum) / (double) optimum;
            fastDeviation += (improved.totalWeeks() - optimum) / (double) optimum;
        }
        assertThat(problems).isEmpty();
        assertThat(fastDeviation).as("fast improves on the single pass").isLessThan(singleDeviation / 2);
    }
}
