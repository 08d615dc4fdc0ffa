package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.io.RoadmapEngine;
import dev.roadmap.io.json.JsonExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A manual end-to-end run (not JMH): import a native JSON roadmap from disk, validate it, plan it,
 * the way a command-line user or a catalogue tool does in a fresh JVM with the default heap.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.EndToEnd generate /tmp/1m.json 1000000
 * java -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.EndToEnd /tmp/1m.json
 * </pre>
 *
 * <p>The file is the {@link LayeredRoadmaps} DAG (4 prerequisites per skill, two tracks), written by
 * {@link JsonExporter}. Each run goes through the front door as an embedder does: a new
 * {@link RoadmapEngine} (plugin registry), {@code read} (detect and import), {@code validate} (the
 * engine's validator) and {@code plan} (the default scheduler, which checks the roadmap again: the
 * built-in rules' findings are memoised on the roadmap). The run repeats three times in the same
 * JVM; the first run is the cold figure a user sees, the later ones show the warmed-up cost. Each
 * run reports per phase the wall time, the main thread's CPU time and the garbage collectors' time.
 */
public final class EndToEnd {
    private EndToEnd() {
    }

    /**
     * @param args {@code generate FILE [SIZE]} or {@code FILE [RUNS]}
     * @throws IOException when the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("generate")) {
            int size = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
            Roadmap roadmap = LayeredRoadmaps.generate(size, 4, 42);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
                new JsonExporter().write(roadmap, out);
            }
            System.out.printf("wrote %s: %d skills, %,d bytes%n", args[1], size, Files.size(Path.of(args[1])));
            return;
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("file %s, %,d bytes, max heap %,d MB, %d processors%n", file, Files.size(file),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            Phases phases = new Phases();
            RoadmapEngine engine = RoadmapEngine.create();
            phases.end("engine");
            Roadmap roadmap = engine.read(file).roadmap();
            phases.end("import");
            ValidationReport report = engine.validate(roadmap);
            phases.end("validate");
            Plan plan = engine.plan(roadmap, LayeredRoadmaps.twoTrackOptions());
            phases.end("plan");
            System.out.printf("run %d: %s = total %,d ms (%d errors, %,d diagnostics; %,d weeks, %,d skills)%n", run,
                    phases, phases.totalMillis(), report.errors().size(), report.diagnostics().size(),
                    plan.totalWeeks(), plan.skills().size());
        }
    }

    /**
     * Wall time of consecutive phases, with the main thread's CPU time and the collectors' time in
     * each (on a shared machine the CPU figure is the steadier one). Not thread-safe.
     */
    private static final class Phases {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final StringBuilder text = new StringBuilder();
        private final long start = System.nanoTime();
        private long wall = start;
        private long cpu = threads.getCurrentThreadCpuTime();
        private long gc = gcMillis();

        void end(String phase) {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            long nowGc = gcMillis();
            text.append(text.length() == 0 ? "" : ", ").append(String.format("%s %,d ms (cpu %,d, gc %,d)",
                    phase, ms(nowWall - wall), ms(nowCpu - cpu), nowGc - gc));
            wall = nowWall;
            cpu = nowCpu;
            gc = nowGc;
        }

        long totalMillis() {
            return ms(wall - start);
        }

        @Override
        public String toString() {
            return text.toString();
        }

        private static long gcMillis() {
            long total = 0;
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, bean.getCollectionTime());
            }
            return total;
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
