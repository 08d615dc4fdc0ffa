package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Pace;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
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
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
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
        byte[] bytes = readAll(in, source, limits);
        ReadContext probe = new ReadContext(source, limits, "", Pace.DEFAULT_HOURS_PER_WEEK);
        String text = decode(bytes, probe);
        // ASCII bytes decode to ASCII text, which has nothing to repair
        var repair = isAscii(bytes) ? java.util.Optional.<EncodingRepair.Repair>empty() : EncodingRepair.repair(text);
        if (repair.isPresent()) {
            text = repair.get().text();
            probe.notice("encoding-repaired", "the text was UTF-8 wrongly decoded as " + repair.get().charset().charsetName()
                    + " and saved again; repaired " + repair.get().sequences() + " sequences"
                    + (repair.get().restoredBytes() > 0 ? " (restored " + repair.get().restoredBytes() + " dropped bytes)" : ""), 1, 1);
        }
        NestingPrescan.check(text, source, limits);
        Preprocess.Prepared prepared = Preprocess.run(text);
        Node document = PARSER.parse(prepared.text());
        checkNesting(document, source, limits);
        ReadContext ctx = new ReadContext(source, limits, text, Pace.DEFAULT_HOURS_PER_WEEK);
        ParagraphTables.split(document, prepared.text(), PARSER);
        HtmlTables.convert(document, PARSER);
        ctx.diagnostics.addAll(probe.diagnostics);
        ctx.frontMatterTitle = frontMatterTitle(ctx);
        DocumentReader.Result doc;
        try {
            doc = DocumentReader.read(document, ctx);
        } catch (StackOverflowError e) {
            throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(), "the document nests deeper",
                    SourceLocation.unknown(source));
        }
        if (doc.pace().isPresent()) {
            ctx.hoursPerWeek = doc.pace().get().hoursPerWeek();
        }
        RoadmapAssembler.Assembled a = RoadmapAssembler.assemble(doc, ctx, mode, text);
        List<CoverageEntry> coverage = Coverage.of(document, ctx, a.roadmap(), a.provenance());
        List<Diagnostic> diagnostics = ctx.diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
        return new MarkdownImport(new ImportResult(ExportedShapes.restore(a.roadmap()), diagnostics), a.provenance(), coverage);
    }

    /**
     * Walks the parsed tree without recursion and refuses it when it nests deeper than
     * {@link ReadLimits#maxNestingDepth()}, before any recursive visitor (commonmark's own included)
     * can overflow the stack on hostile input such as 100,000 nested block quotes.
     */
    static void checkNesting(Node document, String source, ReadLimits limits) {
        int depth = 0;
        Node node = document.getFirstChild();
        if (node != null) {
            depth = 1;
        }
        while (node != null) {
            if (depth > limits.maxNestingDepth()) {
                int line = 0;
                int column = 0;
                if (!node.getSourceSpans().isEmpty()) {
                    line = node.getSourceSpans().get(0).getLineIndex() + 1;
                    column = node.getSourceSpans().get(0).getColumnIndex() + 1;
                }
                throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(),
                        "the document nests blocks deeper", SourceLocation.of(source, Math.max(line, 1), Math.max(column, 1)));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == document) {
                    node = null;
                }
            }
            if (node != null) {
                node = node.getNext();
            }
        }
    }

    /** The {@code title:} of YAML front matter ("---" on the first line, closed by "---" within 100 lines), or "". */
    static String frontMatterTitle(ReadContext ctx) {
        if (!ctx.line(1).strip().equals("---")) {
            return "";
        }
        for (int l = 2; l <= Math.min(ctx.lines.length, 100); l++) {
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
