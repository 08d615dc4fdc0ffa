package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.io.RoadmapEngine;
import dev.roadmap.io.json.JsonExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * {@link JsonExporter}. The run repeats three times in the same JVM; the first run is the cold
 * figure a user sees, the later ones show the warmed-up cost. Each run reports wall time per phase.
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
            long t0 = System.nanoTime();
            RoadmapEngine engine = RoadmapEngine.create();
            Roadmap roadmap = engine.read(file).roadmap();
            long t1 = System.nanoTime();
            ValidationReport report = Validator.standard().validate(roadmap);
            long t2 = System.nanoTime();
            Plan plan = engine.requireScheduler("week-packing").schedule(roadmap, LayeredRoadmaps.twoTrackOptions());
            long t3 = System.nanoTime();
            System.out.printf("run %d: import %,d ms, validate %,d ms (%d errors), plan %,d ms (%,d weeks, %,d skills)"
                    + " = total %,d ms%n", run, ms(t1 - t0), ms(t2 - t1), report.errors().size(), ms(t3 - t2),
                    plan.totalWeeks(), plan.skills().size(), ms(t3 - t0));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
