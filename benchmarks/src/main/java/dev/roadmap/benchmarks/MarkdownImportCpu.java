package dev.roadmap.benchmarks;

import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The thread-CPU companion of {@link ImportBenchmark} (Markdown cases) and {@link MarkdownParseBenchmark}
 * (not JMH): per document of {@link Documents}, the best of several rounds of the CPU time one thread
 * spends in {@code MarkdownImporter.read} and in commonmark-java's parse alone, measured alternately in
 * the same JVM, and their ratio. CPU time is what a shared, loaded machine disturbs least.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.MarkdownImportCpu 1 50
 * </pre>
 */
public final class MarkdownImportCpu {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

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
        long read = Long.MAX_VALUE;
        long parse = Long.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = MX.getCurrentThreadCpuTime();
            sink += importer.read(new ByteArrayInputStream(document), "bench", ReadLimits.defaults()).roadmap().size();
            long t1 = MX.getCurrentThreadCpuTime();
            sink += MarkdownParseBenchmark.parse(document).hashCode() & 1;
            long t2 = MX.getCurrentThreadCpuTime();
            read = Math.min(read, t1 - t0);
            parse = Math.min(parse, t2 - t1);
        }
        System.out.printf("%-16s %,11d B  import %8.1f ms (%6.2f MB/s)  commonmark parse %8.1f ms (%6.2f MB/s)  import/parse %.2f  [%d]%n",
                shape, document.length, read / 1e6, document.length / 1e3 / (read / 1e6), parse / 1e6,
                document.length / 1e3 / (parse / 1e6), (double) read / parse, sink % 2);
    }
}
