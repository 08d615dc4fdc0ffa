package dev.roadmap.benchmarks;

import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;

/**
 * The thread-CPU companion of {@link ImportBenchmark} (Markdown cases) and {@link MarkdownParseBenchmark}
 * (not JMH): per document of {@link Documents}, the best of several rounds of the CPU time one thread
 * spends in {@code MarkdownImporter.read} and in commonmark-java's parse alone, measured alternately in
 * the same JVM, and their ratio. CPU time is what a shared, loaded machine disturbs least. The parse is
 * the reference of {@link MarkdownParseBenchmark#parse} (tables and task-list items); the importer's own
 * parser configuration ({@link MarkdownParseBenchmark#parseAsImporter}, no task-list extension, whose work
 * the importer now does itself) is reported after it, with commonmark's tables extension: the importer's
 * own table block parser, internal to roadmap-io, is cheaper still.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.MarkdownImportCpu 1 50
 * </pre>
 */
public final class MarkdownImportCpu {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static long sink;

    private MarkdownImportCpu() {
    }

    /**
     * @param args document sizes in MB (default 1)
     * @throws IOException never (the documents are in memory)
     */
    public static void main(String[] args) throws IOException {
        String[] sizes = args.length == 0 ? new String[] {"1"} : args;
        for (String size : sizes) {
            int megabytes = Integer.parseInt(size);
            for (Documents.Shape shape : new Documents.Shape[] {Documents.Shape.MARKDOWN_TABLE, Documents.Shape.MARKDOWN_OUTLINE}) {
                measure(shape, megabytes);
            }
        }
    }

    private static void measure(Documents.Shape shape, int megabytes) throws IOException {
        byte[] document = Documents.generate(shape, megabytes * 1_000_000L, 11);
        MarkdownImporter importer = new MarkdownImporter();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};   // import, reference parse, importer's parser
        for (int r = Math.max(3, 30 / megabytes); r > 0; r--) {
            best[0] = Math.min(best[0], cpu(() -> importer.read(new ByteArrayInputStream(document), "bench", ReadLimits.defaults())));
            best[1] = Math.min(best[1], cpu(() -> MarkdownParseBenchmark.parse(document)));
            best[2] = Math.min(best[2], cpu(() -> MarkdownParseBenchmark.parseAsImporter(document)));
        }
        System.out.printf("%-16s %,11d B  import %8.1f ms (%6.2f MB/s)  commonmark parse %8.1f ms (%6.2f MB/s)  import/parse %.2f"
                        + "  | importer's parser %8.1f ms, import/that %.2f  [%d]%n",
                shape, document.length, best[0] / 1e6, document.length / 1e3 / (best[0] / 1e6), best[1] / 1e6,
                document.length / 1e3 / (best[1] / 1e6), (double) best[0] / best[1], best[2] / 1e6, (double) best[0] / best[2], sink % 2);
    }

    /** @return the CPU nanoseconds this thread spent in the work (its result is kept, so the work is not dropped) */
    private static long cpu(Callable<Object> work) throws IOException {
        long t0 = MX.getCurrentThreadCpuTime();
        Object result;
        try {
            result = work.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long t1 = MX.getCurrentThreadCpuTime();
        sink += result.hashCode() & 1;
        return t1 - t0;
    }
}
