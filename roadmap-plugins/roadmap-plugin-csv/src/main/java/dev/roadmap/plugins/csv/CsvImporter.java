package dev.roadmap.plugins.csv;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads roadmaps from CSV written by {@link CsvExporter} or by hand in a spreadsheet: one row per
 * skill, the first row a header naming the columns (any order, case-insensitive).
 *
 * <p>Columns: {@code id} and {@code title} are required; {@code track}, {@code group},
 * {@code effort_min_hours}, {@code effort_max_hours}, {@code requires}, {@code status} and
 * {@code optional} are read when present; other columns are ignored with an
 * {@code unknown-column} warning. An empty title is the id. Efforts are hours: both bounds give a
 * range, the minimum alone an open-ended effort ("at least"), the maximum alone a range from 0, no
 * bounds no effort. {@code requires} lists ids separated by spaces, commas or semicolons.
 * {@code status} is {@code todo} (also when empty), {@code doing}, {@code done} or {@code skipped};
 * {@code optional} is {@code true}/{@code false}, {@code yes}/{@code no}, {@code 1}/{@code 0} or empty.
 * Tracks and groups are created from the ids used, in order of first use, titled by their ids; the
 * roadmap's id and title come from the source name. Blank rows are skipped. A leading apostrophe
 * added by the exporter against formula injection is removed.
 *
 * <p>Input is UTF-8, with or without a byte order mark. A document that cannot be read fails with
 * an {@link ImportException} located at the offending cell (line and column, both 1-based) with one
 * of the codes {@code malformed-csv} (for example an unbalanced quote), {@code missing-column},
 * {@code duplicate-column}, {@code invalid-id}, {@code invalid-number}, {@code invalid-value},
 * {@code invalid-status}, {@code invalid-encoding} or {@code limit-exceeded}
 * ({@link ReadLimits#maxDocumentBytes()}, {@link ReadLimits#maxSkills()},
 * {@link ReadLimits#maxStringLength()} per cell, {@link ReadLimits#maxTableCells()},
 * {@link ReadLimits#maxPrerequisites()}). The document's text is held in memory while it is read,
 * which the byte limit bounds. Positions of skills, efforts and prerequisite entries are recorded in
 * the roadmap's {@link dev.roadmap.core.SourceMap}.
 *
 * <p>Stateless and thread-safe; never closes the stream it is given.
 *
 * <pre>{@code
 * Roadmap roadmap = new CsvImporter().read(Path.of("skills.csv")).roadmap();
 * }</pre>
 */
public final class CsvImporter implements RoadmapImporter {
    private static final double CERTAIN = 0.9;
    private static final double PLAUSIBLE = 0.6;
    private static final double WEAK = 0.2;

    /** Creates the importer; it holds no state. */
    public CsvImporter() {
    }

    @Override
    public FormatDescriptor descriptor() {
        return CsvColumns.DESCRIPTOR;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A first line whose comma-separated cells include {@code id} and {@code title} scores 0.9 in
     * a {@code .csv} file and 0.6 elsewhere; any other {@code .csv} file scores 0.2; anything else 0.
     */
    @Override
    public double sniff(String fileName, byte[] head) {
        boolean extension = fileName != null && CsvColumns.DESCRIPTOR.matchesFileName(fileName);
        if (head == null || head.length == 0) {
            return extension ? WEAK : 0;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = 0;
        while (end < text.length() && !RecordScanner.lineBreak(text.charAt(end))) {
            end++;
        }
        boolean id = false;
        boolean title = false;
        for (String cell : text.substring(0, end).split(",", -1)) {
            String name = cell.strip().replace("\"", "").toLowerCase(Locale.ROOT);
            id |= name.equals(CsvColumns.ID);
            title |= name.equals(CsvColumns.TITLE);
        }
        if (id && title) {
            return extension ? CERTAIN : PLAUSIBLE;
        }
        return extension ? WEAK : 0;
    }

    @Override
    public ImportResult read(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        long max = limits.maxDocumentBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new LimitExceededException("maxDocumentBytes", max, "the document has more bytes",
                    SourceLocation.of(sourceName, 1, 1));
        }
        String text = decode(bytes, sourceName);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SkillRows(text, sourceName, limits).read();
    }

    private static String decode(byte[] bytes, String sourceName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            String before = output.flip().toString();
            SourceLocation at = new LineCounter(before, sourceName).locate(before.length());
            throw new ImportException("invalid-encoding", "the document is not valid UTF-8 (byte " + input.position()
                    + " starts a malformed sequence)", at, null);
        }
        decoder.flush(output);
        return output.flip().toString();
    }
}
