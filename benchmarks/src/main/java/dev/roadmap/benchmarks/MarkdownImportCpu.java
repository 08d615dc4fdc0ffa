package dev.roadmap.benchmarks;

import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The thread-CPU companion of {@link ImportBenchmark} (Markdown cases) and {@link MarkdownParseBenchmark}
 * (not JMH): per document of {@link Documents}, the best of several rounds of the CPU time one thread
 * spends in {@code MarkdownImporter.read} and in commonmark-java's parse alone, measured alternately in
 * the same JVM, and their ratio; then the medians of the same rounds (a single import's time spreads
 * widely on a small machine shared with the garbage collector, so the best alone can flatter). CPU time is what a shared, loaded machine disturbs least.
 * A second line per document gives the bytes one import allocates (the thread's allocation counter
 * around one further import, after the timed rounds): the garbage collector's share of the work. The parse is
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
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) MX;
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
        int rounds = Math.max(3, 30 / megabytes);
        long[][] times = new long[3][rounds];   // import, reference parse, importer's parser
        for (int r = 0; r < rounds; r++) {
            times[0][r] = cpu(() -> importer.read(new ByteArrayInputStream(document), "bench", ReadLimits.defaults()));
            times[1][r] = cpu(() -> MarkdownParseBenchmark.parse(document));
            times[2][r] = cpu(() -> MarkdownParseBenchmark.parseAsImporter(document));
        }
        long[] best = new long[3];
        long[] median = new long[3];
        for (int k = 0; k < 3; k++) {
            Arrays.sort(times[k]);
            best[k] = times[k][0];
            median[k] = times[k][rounds / 2];
        }
        System.out.printf("%-16s %,11d B  import %8.1f ms (%6.2f MB/s)  commonmark parse %8.1f ms (%6.2f MB/s)  import/parse %.2f"
                        + "  | importer's parser %8.1f ms, import/that %.2f  | median import %8.1f ms, parse %8.1f ms, import/parse %.2f  [%d]%n",
                shape, document.length, best[0] / 1e6, document.length / 1e3 / (best[0] / 1e6), best[1] / 1e6,
                document.length / 1e3 / (best[1] / 1e6), (double) best[0] / best[1], best[2] / 1e6, (double) best[0] / best[2],
                median[0] / 1e6, median[1] / 1e6, (double) median[0] / median[1], sink % 2);
        long allocated = allocated(() -> importer.read(new ByteArrayInputStream(document), "bench", ReadLimits.defaults()));
        System.out.printf("%-16s %,11d B  allocated per import %,15d B (%.1f per document byte)%n",
                shape, document.length, allocated, (double) allocated / document.length);
    }

    /** @return the bytes this thread allocated during the work (its result is kept, so the work is not dropped) */
    private static long allocated(Callable<Object> work) throws IOException {
        long before = ALLOCATION.getCurrentThreadAllocatedBytes();
        long cpu = cpu(work);
        sink += cpu & 1;
        return ALLOCATION.getCurrentThreadAllocatedBytes() - before;
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
