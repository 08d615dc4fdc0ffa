package dev.roadmap.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.io.Formats;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.Scheduler;
import dev.roadmap.testing.Repository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One registry, validator, scheduler and exporter shared by 8 threads, each importing, validating,
 * planning and exporting different roadmaps, give exactly the results of a sequential run.
 */
class SharedUseTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    private record Outcome(Roadmap roadmap, ValidationReport report, Plan plan, String json, List<Integer> topo) {
    }

    /** The CLI's demo roadmap and its test fixtures (files of the roadmap-cli module). */
    private static final String DEMO = "roadmap-cli/src/main/resources/dev/roadmap/cli/demo-roadmap.json";
    private static final String[] DOCUMENTS = {DEMO, "roadmap-cli/src/test/resources/cli/valid.json",
            "roadmap-cli/src/test/resources/cli/warnings-only.json", "roadmap-cli/src/test/resources/cli/cycle.json"};

    private static String text(String file) {
        return Repository.read(file);
    }

    private static Outcome work(Formats formats, Validator validator, Scheduler scheduler, RoadmapExporter exporter,
                                String document, int hours) {
        Roadmap r = formats.registry().importer("json").orElseThrow().read(document, "doc.json").roadmap();
        ValidationReport report = validator.validate(r);
        Plan plan = null;
        List<Integer> topo = List.of();
        if (report.isValid()) {
            plan = scheduler.schedule(r, PlanOptions.builder().capacity(Capacity.pool(hours))
                    .start(LocalDate.of(2026, 12, 7)).build());
            topo = java.util.Arrays.stream(PrerequisiteGraph.of(r).topologicalOrder()).boxed().toList();
        }
        return new Outcome(r, report, plan, exporter.writeToString(r), topo);
    }

    @Test
    @Timeout(120)
    void sharedServicesGiveTheSequentialResultsUnderConcurrency() throws Exception {
        Formats formats = Formats.create();
        Validator validator = formats.registry().validator();
        Scheduler scheduler = formats.registry().scheduler("week-packing").orElseThrow();
        RoadmapExporter exporter = formats.requireExporter("json");
        List<String> docs = new ArrayList<>();
        for (String d : DOCUMENTS) {
            docs.add(text(d));
        }
        List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < docs.size() * 3; i++) {
            expected.add(work(formats, validator, scheduler, exporter, docs.get(i % docs.size()), 5 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        int i = (offset + round) % expected.size();
                        Outcome got = work(formats, validator, scheduler, exporter, docs.get(i % docs.size()), 5 + i);
                        assertThat(got).isEqualTo(expected.get(i));
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get(100, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sharedRoadmapComputesItsGraphOnceForAllThreads() throws Exception {
        Roadmap r = Formats.create().registry().importer("json").orElseThrow()
                .read(text(DEMO), "demo.json").roadmap();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<PrerequisiteGraph>> graphs = new ArrayList<>();
            for (int t = 0; t < THREADS * 4; t++) {
                graphs.add(pool.submit(() -> PrerequisiteGraph.of(r)));
            }
            PrerequisiteGraph first = graphs.get(0).get();
            for (Future<PrerequisiteGraph> g : graphs) {
                assertThat(g.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
