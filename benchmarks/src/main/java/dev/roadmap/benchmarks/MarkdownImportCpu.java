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
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.MarkdownImportCpu steady 1
 * </pre>
 * The {@code steady} form measures the steady state instead: per document, {@value #STEADY_WARMUP} warm-up
 * rounds (not timed), then {@value #STEADY_ROUNDS} timed rounds, each an import and a reference parse, and
 * prints the best, the median and the 90th percentile of each, so the median is not raised by the JIT's
 * first rounds.
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
        boolean steady = args.length > 0 && args[0].equals("steady");
        String[] sizes = args.length == (steady ? 1 : 0) ? new String[] {"1"}
                : Arrays.copyOfRange(args, steady ? 1 : 0, args.length);
        for (String size : sizes) {
            int megabytes = Integer.parseInt(size);
            for (Documents.Shape shape : new Documents.Shape[] {Documents.Shape.MARKDOWN_TABLE, Documents.Shape.MARKDOWN_OUTLINE}) {
                if (steady) {
                    steady(shape, megabytes);
                } else {
                    measure(shape, megabytes);
                }
            }
        }
    }

    /** Rounds of {@code steady} that are not timed. */
    static final int STEADY_WARMUP = 30;
    /** Timed rounds of {@code steady}. */
    static final int STEADY_ROUNDS = 120;

    private static void steady(Documents.Shape shape, int megabytes) throws IOException {
        byte[] document = Documents.generate(shape, megabytes * 1_000_000L, 11);
        MarkdownImporter importer = new MarkdownImporter();
        long[][] times = new long[2][STEADY_ROUNDS];   // import, reference parse
        for (int r = -STEADY_WARMUP; r < STEADY_ROUNDS; r++) {
            long read = cpu(() -> importer.read(new ByteArrayInputStream(document), "bench", ReadLimits.defaults()));
            long parse = cpu(() -> MarkdownParseBenchmark.parse(document));
            if (r >= 0) {
                times[0][r] = read;
                times[1][r] = parse;
            }
        }
        for (long[] t : times) {
            Arrays.sort(t);
        }
        int median = STEADY_ROUNDS / 2;
        int p90 = STEADY_ROUNDS * 9 / 10;
        System.out.printf("%-16s %,11d B  steady, %d rounds after %d:  import best %7.1f, median %7.1f (%6.2f MB/s), p90 %7.1f ms"
                        + "  | parse best %7.1f, median %7.1f, p90 %7.1f ms  | import/parse best %.2f, median %.2f  [%d]%n",
                shape, document.length, STEADY_ROUNDS, STEADY_WARMUP, times[0][0] / 1e6, times[0][median] / 1e6,
                document.length / 1e3 / (times[0][median] / 1e6), times[0][p90] / 1e6, times[1][0] / 1e6,
                times[1][median] / 1e6, times[1][p90] / 1e6, (double) times[0][0] / times[1][0],
                (double) times[0][median] / times[1][median], sink % 2);
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
