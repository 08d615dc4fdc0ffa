package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.io.json.JsonImporter;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Retained heap per skill, by heap deltas (not JOL): the used heap after repeated full collections
 * with the roadmap reachable, minus the used heap before it was made, divided by the number of
 * skills. Three cases on the {@link LayeredRoadmaps} DAG (1,000,000 skills, 4 prerequisites each
 * by default): the roadmap built in code (prerequisite ids shared with the skills' own ids), the
 * same roadmap plus its memoised {@link PrerequisiteGraph} (the CSR arrays), and the roadmap as
 * imported from native JSON (own id objects per reference, plus the source map of locations).
 *
 * <pre>java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.MemoryPerSkill [SIZE]</pre>
 */
public final class MemoryPerSkill {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private MemoryPerSkill() {
    }

    /**
     * @param args optional number of skills
     * @throws IOException never (in memory)
     */
    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long before = settledUsedHeap();
        Roadmap built = LayeredRoadmaps.generate(size, 4, 42);
        long edges = built.skills().stream().mapToLong(s -> s.requires().size()).sum();
        long afterBuild = settledUsedHeap();
        report("built in code", afterBuild - before, size, edges);
        PrerequisiteGraph graph = PrerequisiteGraph.of(built);
        long afterGraph = settledUsedHeap();
        report("  + prerequisite graph (CSR)", afterGraph - before, size, edges);
        report("  the graph alone", afterGraph - afterBuild, size, edges);
        byte[] json = new JsonExporter().writeToString(built).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        keep(graph);
        built = null;
        graph = null;
        long beforeImport = settledUsedHeap();
        Roadmap imported = new JsonImporter().read(new ByteArrayInputStream(json), "m.json", ReadLimits.defaults()).roadmap();
        long afterImport = settledUsedHeap();
        // the document bytes are reachable in both readings, so they cancel out; the importer
        // resolves the prerequisites as it reads and leaves the roadmap with its graph
        report("imported from JSON (+ graph)", afterImport - beforeImport, size, edges);
        keep(new Object[] {imported, json});
    }

    private static Object sink;

    private static void keep(Object o) {
        sink = o;
    }

    private static void report(String what, long bytes, int size, long edges) {
        System.out.printf("%-30s %,14d bytes  %7.1f bytes/skill  (%,d skills, %,d prerequisites)%n", what, bytes,
                (double) bytes / size, size, edges);
    }

    private static long settledUsedHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
