package dev.roadmap.benchmarks;

import dev.roadmap.io.json.JsonImporter;
import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import throughput of the built-in formats on generated documents ({@link Documents}) of about 1 MB
 * and 50 MB (10^6 bytes): native JSON, a Markdown table, a Markdown outline. The primary score is
 * documents per second; the {@code megabytes} secondary score is MB/s (decimal megabytes of input
 * read per second). Each call parses from an in-memory stream, so disk speed is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class ImportBenchmark {
    @Param({"JSON", "MARKDOWN_TABLE", "MARKDOWN_OUTLINE"})
    Documents.Shape shape;

    @Param({"1", "50"})
    int megabytes;

    private byte[] document;
    private RoadmapImporter importer;
    private ReadLimits limits;

    /** Counts the megabytes read, so JMH reports MB/s next to documents/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        /** Decimal megabytes read. */
        public double megabytes;
    }

    /** Generates the document once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        document = Documents.generate(shape, megabytes * 1_000_000L, 11);
        importer = shape == Documents.Shape.JSON ? new JsonImporter() : new MarkdownImporter();
        limits = ReadLimits.defaults();
        System.out.printf("%n%s document: %,d bytes%n", shape, document.length);
    }

    /**
     * @param counted the MB counter
     * @return the import result
     * @throws IOException never (the input is in memory)
     */
    @Benchmark
    public ImportResult read(Throughput counted) throws IOException {
        ImportResult result = importer.read(new ByteArrayInputStream(document), "bench", limits);
        counted.megabytes += document.length / 1e6;
        return result;
    }
}
