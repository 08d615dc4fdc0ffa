package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.List;

/** State shared by the readers of one document: limits, raw lines, diagnostics. Not thread-safe. */
final class ReadContext {
    final String source;
    final ReadLimits limits;
    /** The document's text; its lines are cut out when asked for ({@link #line}). */
    private final String text;
    /** Where each line starts and ends (before its "\n", "\r" or "\r\n"), by 0-based line. */
    private final int[] lineStart;
    private final int[] lineEnd;
    /** The lines cut out so far, by 0-based line. */
    private final String[] lineCache;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    double hoursPerWeek;
    boolean explicitPrerequisites;
    long tableCells;
    int skills;
    /** Blocks (lists, tables, paragraphs) whose content went into skills, topics or resources. */
    final java.util.Set<org.commonmark.node.Node> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Tables the table reader refused, with its reason (already reported as {@code table-not-read}). */
    final java.util.Map<org.commonmark.node.Node, String> refusedTables = new java.util.IdentityHashMap<>();
    /** Whether the document's bytes are all ASCII (then so is its text). */
    boolean asciiText;
    /**
     * The text the parser read (the document with hidden parts blanked), whose offsets the source
     * spans give; null when unknown (then tables are read from their nodes only).
     */
    String parsedText;
    /**
     * Whether a table's period markers are all read before its first row (the definition), rather than
     * as each row is read (off only to test the one against the other).
     */
    boolean periodsFirst;
    /** The title given in YAML front matter, or "". */
    String frontMatterTitle = "";

    ReadContext(String source, ReadLimits limits, String text, double hoursPerWeek) {
        this.source = source;
        this.limits = limits;
        this.text = text;
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int[] ends = new int[starts.length];
        int count = 0;
        int from = 0;
        boolean crs = text.indexOf('\r') >= 0;
        for (int i = crs ? 0 : text.indexOf('\n'); i >= 0 && i < text.length(); i = crs ? i + 1 : text.indexOf('\n', i + 1)) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count + 1 >= starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, starts.length);
                }
                starts[count] = from;
                ends[count++] = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        starts[count] = from;
        ends[count++] = text.length();
        this.lineStart = java.util.Arrays.copyOf(starts, count);
        this.lineEnd = java.util.Arrays.copyOf(ends, count);
        this.lineCache = new String[count];
        this.hoursPerWeek = hoursPerWeek;
    }

    SourceLocation at(int line, int column) {
        return SourceLocation.of(source, Math.max(1, line), Math.max(1, column));
    }

    void warn(String code, String message, int line, int column) {
        diagnostics.add(Diagnostic.warning(code, message, at(line, column)));
    }

    void notice(String code, String message, int line, int column) {
        diagnostics.add(Diagnostic.notice(code, message, at(line, column)));
    }

    private int lowSkipLine = -1;

    /** Most efforts of a document are written alike ("2-4h" on many rows): each distinct notation is parsed once per pace. */
    private final java.util.Map<String, java.util.Optional<dev.roadmap.core.Effort>> efforts = new java.util.HashMap<>();
    private double effortsPace = Double.NaN;
    /** Distinct notations remembered at most; the memo starts again beyond (a document of all-different efforts). */
    private static final int MAX_EFFORTS_REMEMBERED = 4096;

    /** @return {@link Efforts#parse} of the text at the pace, remembered for the document */
    java.util.Optional<dev.roadmap.core.Effort> effort(String text, double pace) {
        if (Double.compare(pace, effortsPace) != 0 || efforts.size() >= MAX_EFFORTS_REMEMBERED) {
            efforts.clear();
            effortsPace = pace;
        }
        return efforts.computeIfAbsent(text, t -> Efforts.parse(t, pace));
    }

    /** {@link EffortSpotter#isUnitEffort} of each distinct text asked, remembered for the document (up to the same bound). */
    private final java.util.Map<String, Boolean> unitEfforts = new java.util.HashMap<>();

    /** @return {@link EffortSpotter#isUnitEffort} of the text, each distinct text tested once (until the memo starts again) */
    boolean isUnitEffort(String text) {
        if (unitEfforts.size() >= MAX_EFFORTS_REMEMBERED) {
            unitEfforts.clear();
        }
        return unitEfforts.computeIfAbsent(text, EffortSpotter::isUnitEffort);
    }

    /** @return the line of the document's sentence that lets low-priority items be skipped, or 0 (computed once) */
    int lowPrioritySkipLine() {
        if (lowSkipLine < 0) {
            String[] all = new String[lineCount()];
            for (int l = 1; l <= all.length; l++) {
                all[l - 1] = line(l);
            }
            lowSkipLine = LowPriority.skipLine(all);
        }
        return lowSkipLine;
    }

    /** @return the 1-based line without its line break ({@code ParagraphTables.lines(text)[oneBased - 1]}), or "" beyond the text */
    String line(int oneBased) {
        if (oneBased < 1 || oneBased > lineCache.length) {
            return "";
        }
        String line = lineCache[oneBased - 1];
        if (line == null) {
            line = text.substring(lineStart[oneBased - 1], lineEnd[oneBased - 1]);
            lineCache[oneBased - 1] = line;
        }
        return line;
    }

    /** @return the number of lines (line breaks plus one) */
    int lineCount() {
        return lineCache.length;
    }

    /** @return the document's text, whose lines {@link #line} gives */
    String text() {
        return text;
    }

    /** @return where the 1-based line starts in {@link #text()} */
    int lineStart(int oneBased) {
        return lineStart[oneBased - 1];
    }

    /** @return where the 1-based line ends in {@link #text()}, before its line break */
    int lineEnd(int oneBased) {
        return lineEnd[oneBased - 1];
    }

    void countSkill(int line, int column) {
        if (++skills > limits.maxSkills()) {
            throw new LimitExceededException("maxSkills", limits.maxSkills(), "the document has more skills", at(line, column));
        }
    }

    void countCells(int cells, int line) {
        tableCells += cells;
        if (tableCells > limits.maxTableCells()) {
            throw new LimitExceededException("maxTableCells", limits.maxTableCells(), "the document has more table cells", at(line, 1));
        }
    }

    void checkTopics(Draft d) {
        if (d.topics.size() > limits.maxTopicsPerSkill()) {
            throw new LimitExceededException("maxTopicsPerSkill", limits.maxTopicsPerSkill(),
                    "skill '" + d.title + "' has more topics", at(d.line, d.column));
        }
    }
}
