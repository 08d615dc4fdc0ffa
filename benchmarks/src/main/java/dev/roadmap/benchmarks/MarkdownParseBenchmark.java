package dev.roadmap.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
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
 * The reference for {@link ImportBenchmark}'s Markdown cases: commonmark-java's own parse of the same
 * documents ({@link Documents}, same seed and sizes), from the UTF-8 bytes (decoded to a string, as the
 * importer does) to the node tree. Nothing of the importer runs: the ratio of the two scores is what
 * the importer adds to the parse. Same scores as ImportBenchmark: documents/s, and MB/s in the
 * {@code megabytes} counter.
 *
 * <p>{@link #parse} is the reference: commonmark with the extensions whose work the import needs (GFM
 * tables and task-list items) and source spans of blocks and inlines, the configuration the importer
 * used until it marked task-list items itself, in the pass that checks the nesting depth
 * ({@code DocumentWalk}). {@link #parseAsImporter} is the importer's parser configuration since then (GFM
 * tables, source spans of blocks and inlines, no task-list extension): cheaper, because part of the work
 * moved into the importer's time. The importer itself now builds tables with a block parser of its own,
 * internal to roadmap-io (it does not inline-parse plain cells), so its parse is cheaper still than
 * {@link #parseAsImporter}; the benchmarks may not use roadmap-io's internal packages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class MarkdownParseBenchmark {
    /** The reference: tables and task-list items, spans of blocks and inlines. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** The importer's own parser (dev.roadmap.io.markdown.internal.MarkdownReading): tables, spans of blocks and inlines. */
    private static final Parser IMPORTER_PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Param({"MARKDOWN_TABLE", "MARKDOWN_OUTLINE"})
    Documents.Shape shape;

    @Param({"1", "50"})
    int megabytes;

    private byte[] document;

    /** Generates the document once per trial, exactly as ImportBenchmark does. */
    @Setup(Level.Trial)
    public void setUp() {
        document = Documents.generate(shape, megabytes * 1_000_000L, 11);
        System.out.printf("%n%s document: %,d bytes%n", shape, document.length);
    }

    /**
     * @param counted the MB counter
     * @return the parsed document (the reference)
     */
    @Benchmark
    public Node parse(ImportBenchmark.Throughput counted) {
        return counted(parse(document), counted);
    }

    /**
     * @param counted the MB counter
     * @return the document parsed by the importer's own parser configuration
     */
    @Benchmark
    public Node parseAsImporter(ImportBenchmark.Throughput counted) {
        return counted(parseAsImporter(document), counted);
    }

    private Node counted(Node parsed, ImportBenchmark.Throughput counted) {
        counted.megabytes += document.length / 1e6;
        return parsed;
    }

    /**
     * @param document UTF-8 Markdown
     * @return commonmark-java's tree of it with tables and task-list items (the reference)
     */
    static Node parse(byte[] document) {
        return PARSER.parse(new String(document, StandardCharsets.UTF_8));
    }

    /**
     * @param document UTF-8 Markdown
     * @return commonmark-java's tree of it as the importer's parser builds it (task-list items not yet marked)
     */
    static Node parseAsImporter(byte[] document) {
        return IMPORTER_PARSER.parse(new String(document, StandardCharsets.UTF_8));
    }
}
