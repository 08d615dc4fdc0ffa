package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Pace;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.markdown.internal.gfm.GfmTables;
import dev.roadmap.io.markdown.internal.inline.PlainInlines;
import dev.roadmap.io.markdown.CoverageEntry;
import dev.roadmap.io.markdown.MarkdownImport;
import dev.roadmap.io.markdown.PrerequisiteMode;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The import pipeline: bytes, encoding, repair, CommonMark parse, reading, assembly. */
public final class MarkdownReading {
    /**
     * The document's parser: GFM tables ({@link GfmTables}: the tables extension's tree, without inline
     * parsing of the cells that cannot hold inline markup), source spans of blocks and inlines. Task-list items are
     * marked by {@link DocumentWalk} in the pass that checks the nesting depth, exactly as the
     * task-list extension's post-processor (one more recursive visit of every node) would. Paragraphs and
     * headings that cannot hold inline markup get their text nodes without commonmark's inline parser
     * ({@link PlainInlines}): the same tree.
     */
    static final Parser PARSER = PlainInlines.install(Parser.builder().extensions(List.of(GfmTables.create())))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /**
     * The parser of fragments that {@link ParagraphTables} and {@link HtmlTables} parse again and put
     * into the document after the walk: with the task-list extension itself.
     */
    static final Parser FRAGMENT_PARSER = Parser.builder()
            .extensions(List.<Extension>of(TablesExtension.create(), TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownReading() {
    }

    /**
     * @param in     the document; not closed
     * @param source the source name
     * @param limits limits to enforce
     * @param mode   prerequisite mode
     * @return the detailed import
     * @throws IOException when reading fails
     */
    public static MarkdownImport read(InputStream in, String source, ReadLimits limits, PrerequisiteMode mode) throws IOException {
        return read(in, source, limits, mode, true);
    }

    /**
     * The import without its report: the same roadmap and diagnostics as {@link #read}, without the
     * per-skill provenance and coverage entries that only {@code importDetailed} returns.
     *
     * @param in     the document; not closed
     * @param source the source name
     * @param limits limits to enforce
     * @param mode   prerequisite mode
     * @return the roadmap and the diagnostics
     * @throws IOException when reading fails
     */
    public static ImportResult readResult(InputStream in, String source, ReadLimits limits, PrerequisiteMode mode) throws IOException {
        return read(in, source, limits, mode, false).result();
    }

    private static MarkdownImport read(InputStream in, String source, ReadLimits limits, PrerequisiteMode mode, boolean report)
            throws IOException {
        byte[] bytes = readAll(in, source, limits);
        ReadContext probe = new ReadContext(source, limits, "", Pace.DEFAULT_HOURS_PER_WEEK);
        // ASCII bytes are valid UTF-8 without a byte-order mark, read as they are, and have nothing to repair
        boolean ascii = isAscii(bytes);
        String text = ascii ? new String(bytes, StandardCharsets.US_ASCII) : decode(bytes, probe);
        var repair = ascii ? java.util.Optional.<EncodingRepair.Repair>empty() : EncodingRepair.repair(text);
        if (repair.isPresent()) {
            text = repair.get().text();
            probe.notice("encoding-repaired", "the text was UTF-8 wrongly decoded as " + repair.get().charset().charsetName()
                    + " and saved again; repaired " + repair.get().sequences() + " sequences"
                    + (repair.get().restoredBytes() > 0 ? " (restored " + repair.get().restoredBytes() + " dropped bytes)" : ""), 1, 1);
        }
        NestingPrescan.check(text, source, limits);
        Preprocess.Prepared prepared = Preprocess.run(text);
        Node document = PARSER.parse(prepared.text());
        ReadContext ctx = new ReadContext(source, limits, text, Pace.DEFAULT_HOURS_PER_WEEK);
        ctx.asciiText = ascii;
        ctx.parsedText = prepared.text();
        StatedHints hints = new StatedHints(ctx);
        DocumentReader.Sections sections = new DocumentReader.Sections(new EarlySkills(ctx));
        DocumentWalk walk = DocumentWalk.run(document, prepared.text(), source, limits, hints::offer, sections);
        sections.finish(!walk.longParagraphs && !walk.topLevelHtml);   // the skill sections read early stand only for the walk's tree
        // each rewriting pass looks only at what the walk noted; without it, it would change nothing
        if (walk.longParagraphs) {
            ParagraphTables.split(document, prepared.text(), FRAGMENT_PARSER);
        }
        if (walk.topLevelHtml) {
            HtmlTables.convert(document, FRAGMENT_PARSER);
        }
        if (walk.longParagraphs || walk.topLevelHtml) {
            hints = new StatedHints(ctx);   // the text blocks of the rewritten document, read again
            DocumentReader.textBlocks(document).forEach(hints::offer);
        }
        ctx.diagnostics.addAll(probe.diagnostics);
        ctx.frontMatterTitle = frontMatterTitle(ctx);
        DocumentReader.Result doc;
        try {
            // the rewriting passes change top-level blocks: their sections are read again
            Section root = walk.longParagraphs || walk.topLevelHtml ? DocumentReader.sections(document) : sections.root;
            doc = DocumentReader.read(root, hints, ctx);
        } catch (StackOverflowError e) {
            throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(), "the document nests deeper",
                    SourceLocation.unknown(source));
        }
        if (doc.pace().isPresent()) {
            ctx.hoursPerWeek = doc.pace().get().hoursPerWeek();
        }
        RoadmapAssembler.Assembled a = RoadmapAssembler.assemble(doc, ctx, mode, text);
        List<CoverageEntry> coverage = Coverage.of(document, doc.root(), ctx, a.roadmap(), a.provenance(), report);
        List<Diagnostic> diagnostics = ctx.diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
        return new MarkdownImport(new ImportResult(ExportedShapes.restore(a.roadmap()), diagnostics),
                report ? a.provenance() : List.of(), coverage);
    }

    /** The {@code title:} of YAML front matter ("---" on the first line, closed by "---" within 100 lines), or "". */
    static String frontMatterTitle(ReadContext ctx) {
        if (!ctx.line(1).strip().equals("---")) {
            return "";
        }
        for (int l = 2; l <= Math.min(ctx.lineCount(), 100); l++) {
            String line = ctx.line(l);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return "";
            }
            if (line.startsWith("title:")) {
                String value = line.substring("title:".length()).strip();
                if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                        && value.charAt(value.length() - 1) == value.charAt(0)) {
                    value = value.substring(1, value.length() - 1);
                }
                return Texts.collapse(value);
            }
        }
        return "";
    }

    private static byte[] readAll(InputStream in, String source, ReadLimits limits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limits.maxDocumentBytes()) {
                throw new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(), "the document has more bytes",
                        SourceLocation.unknown(source));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** @return whether every byte is below 0x80 (eight bytes tested at a time) */
    static boolean isAscii(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            if ((buffer.getLong(i) & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 with or without BOM; bytes that are not UTF-8 are read as Windows-1252 with a warning. */
    static String decode(byte[] bytes, ReadContext ctx) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            ctx.warn("not-utf8", "the document is not valid UTF-8; read as windows-1252", 1, 1);
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }
}
