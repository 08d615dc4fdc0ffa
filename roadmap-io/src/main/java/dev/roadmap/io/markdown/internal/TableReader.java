package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Resource;
import dev.roadmap.core.SkillId;
import dev.roadmap.io.table.ColumnAssignment;
import dev.roadmap.io.table.ColumnRole;
import dev.roadmap.io.table.ColumnRoles;
import dev.roadmap.io.table.ColumnTally;
import dev.roadmap.io.table.NameFilter;
import dev.roadmap.io.table.TableCell;
import dev.roadmap.io.table.TableEfforts;
import dev.roadmap.io.table.TableRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * Turns a GFM table whose columns {@link ColumnRoles} recognise as a skill table into one skill
 * per row; a table that is not one gets a {@code table-not-read} notice with the reason.
 */
final class TableReader {
    private static final ColumnRoles ROLES = ColumnRoles.create();
    private static final TableEfforts EFFORTS = ROLES.efforts();
    private static final TableRows TOTALS = TableRows.create();

    private TableReader() {
    }

    /** The parsed table: header texts, body rows, a sample of their cells for the column roles, their tally. */
    private record Parsed(List<String> headers, List<BodyRow> rows, List<List<TableCell>> sample, ColumnTally tally) {
    }

    static List<Draft> read(TableBlock table, Section section, ReadContext ctx) {
        int[] tablePos = Inlines.position(table, new int[] {1, 1});
        Parsed t = parse(table, tablePos, ctx.parsedText);
        ctx.countCells(t.headers().size() * (t.rows().size() + 1), tablePos[0]);
        // the cell statistics were counted while each row was read (its texts fresh); a head after the body is counted again
        ColumnAssignment roles = t.tally() != null && t.tally().columns() == t.headers().size()
                ? ROLES.assign(t.headers(), t.sample(), t.tally()) : ROLES.assign(t.headers(), t.sample());
        if (!roles.isSkillTable()) {
            ctx.refusedTables.put(table, roles.skipped().orElse("no title column"));
            ctx.notice("table-not-read", "table not read as skills: " + roles.skipped().orElse("no title column"),
                    tablePos[0], tablePos[1]);
            return List.of();
        }
        if (roles.indexOf(ColumnRole.REQUIRES) >= 0 || roles.indexOf(ColumnRole.RECOMMENDS) >= 0) {
            ctx.explicitPrerequisites = true;
        }
        int titleCol = roles.indexOf(ColumnRole.TITLE);
        String detail = "row of a table whose column '" + t.headers().get(titleCol) + "' is " + roles.reasons().get(titleCol);
        List<Draft> out = new ArrayList<>();
        List<BodyRow> rows = t.rows();
        TablePeriods periods = new TablePeriods(t.headers(), rows.size(), r -> rows.get(r).texts(), roles);
        List<String> first = ctx.periodsFirst ? periodsFirst(t, roles) : null;
        List<Waiting> waiting = new ArrayList<>();   // rows whose period waits for the last row's marker
        for (int r = 0; r < rows.size(); r++) {
            BodyRow row = rows.get(r);
            String period = first != null ? first.get(r) : periods.marker(r);   // every row's marker counts, skipped or not
            int[] pos = row.pos();
            List<String> texts = row.texts();
            // the row's line read in place in the document's text (ctx.line(pos[0]) without the copy)
            boolean inText = pos[0] >= 1 && pos[0] <= ctx.lineCount();
            int lineFrom = inText ? ctx.lineStart(pos[0]) : 0;
            int lineTo = inText ? ctx.lineEnd(pos[0]) : 0;
            int raw = rawCellCount(ctx.text(), lineFrom, lineTo);
            boolean ragged = hasPipe(ctx.text(), lineFrom, lineTo) && raw != t.headers().size();   // HTML tables have no pipes
            String title = titleCol < texts.size() ? texts.get(titleCol) : "";
            if (TOTALS.isTotal(texts)) {
                ctx.notice("table-total-row", "a totals row is not a skill; skipped", pos[0], pos[1]);
                continue;
            }
            if (title.isBlank()) {
                ctx.warn("table-row-skipped", "table row has no title" + (ragged ? " (it has " + raw
                        + " cells, the header has " + t.headers().size() + ")" : "") + "; skipped", pos[0], pos[1]);
                continue;
            }
            if (ragged) {
                ctx.warn("table-row-cells", "table row has " + raw + " cells, the header has " + t.headers().size()
                        + "; read what matches the header", pos[0], pos[1]);
            }
            Draft d = new Draft(pos[0], pos[1]);
            ctx.countSkill(pos[0], pos[1]);
            d.home = section;
            d.rule = "table-row";
            d.detail = detail;
            d.number = r + 1;
            boolean waits = readCells(d, row, roles, t.headers(), ctx, period, first != null ? null : periods);
            readTitle(d);
            if (waits) {
                waiting.add(new Waiting(d, period, pos));
            }
            out.add(d);
        }
        periods.settle();
        for (Waiting w : waiting) {
            if (!periods.shared()) {
                periodEffort(w.draft(), w.period(), "", w.pos(), ctx);   // without the period the row has no effort, and says nothing of it
            }
        }
        return out;
    }

    /** What later steps ask of the row's title, found while it is at hand (the row's cells just read). */
    private static void readTitle(Draft d) {
        d.readTitle = d.title;
        d.readWords = mostWords(d.title);
        d.readQuiet = !OptionMarkers.titleMaySayOptional(d.title);
    }

    /** @return {@code NameFilter.mostWords} of the title alone; of a plain one (ASCII without ":" or "("), its words, without a list made */
    private static int mostWords(String title) {
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= 0x80 || c == ':' || c == '(') {
                return NameFilter.mostWords(List.of(title));   // folds and parts: the filter's own count
            }
        }
        return NameFilter.words(title, 0, title.length());
    }

    /** A row whose effort is its period's if the table's markers turn out not shared. */
    private record Waiting(Draft draft, String period, int[] pos) {
    }

    /** The definition the markers read row by row replace: all rows' markers first ({@link ReadContext#periodsFirst}). */
    private static List<String> periodsFirst(Parsed t, ColumnAssignment roles) {
        List<List<String>> rowTexts = new ArrayList<>(t.rows().size());
        for (BodyRow row : t.rows()) {
            rowTexts.add(row.texts());
        }
        return TablePeriods.markers(t.headers(), rowTexts, roles);
    }

    private static Parsed parse(TableBlock table, int[] tablePos, String text) {
        List<String> headers = new ArrayList<>();
        Rows rows = new Rows(headers);
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        headers.add(Texts.collapse(Inlines.text(cell)));
                    }
                }
            } else if (part instanceof TableBody body) {
                int first = rows.rows.size();
                if (text == null || !BodyRow.fromSource(body, headers.size(), text, rows::add)) {
                    rows.dropFrom(first);
                    BodyRow.fromNodes(body, tablePos, rows::add);
                }
            }
        }
        return new Parsed(headers, rows.rows, rows.sample, rows.tally);
    }

    /**
     * The body rows as they are read: each row joins the sample and the cell statistics as it is made,
     * its cells still in the cache, rather than in a pass over all rows after the body.
     */
    static final class Rows {
        private final List<String> headers;
        final List<BodyRow> rows = new ArrayList<>();
        final List<List<TableCell>> sample = new ArrayList<>();
        /** The statistics of the rows so far, made at the first row (none for a table without body rows). */
        ColumnTally tally;
        /** The headers the tally was made for (a head after a body may add some later). */
        private List<String> tallied;

        Rows(List<String> headers) {
            this.headers = headers;
        }

        void add(BodyRow row) {
            rows.add(row);
            sample.add(row.cells());
            count(row.cells());
        }

        private void count(List<TableCell> cells) {
            if (tally == null) {
                tallied = tallied == null ? List.copyOf(headers) : tallied;
                tally = ROLES.tally(tallied);   // distinct cells counted only where the decision may ask
            }
            tally.add(cells);
        }

        /** Drops the rows from {@code first} on (a body whose source turned out not to be its rows'); the others are counted again. */
        void dropFrom(int first) {
            if (first == rows.size()) {
                return;
            }
            rows.subList(first, rows.size()).clear();
            sample.subList(first, sample.size()).clear();
            tally = null;
            for (List<TableCell> cells : sample) {
                count(cells);
            }
        }
    }

    /** The text of a cell: collapsed, but a {@code <br>} stays a line break (it separates names). */
    static String cellText(Node cell) {
        String raw = Inlines.text(cell);
        if (raw.indexOf('\n') < 0) {
            return Texts.collapse(raw);   // what the loop below makes of a single line
        }
        StringBuilder b = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            String c = Texts.collapse(line);
            if (!c.isEmpty()) {
                b.append(b.length() > 0 ? "\n" : "").append(c);
            }
        }
        return b.toString();
    }

    /**
     * Reads the row's cells into the draft, and its effort unless it must wait for the table's last marker.
     *
     * @param period  the row's period marker's notation, or null
     * @param periods the table's markers so far, or null when the period is final (all markers read first)
     * @return whether the row's effort waits: it has a period and no duration nor load, and whether the
     *         table's markers are shared is not yet known
     */
    private static boolean readCells(Draft d, BodyRow row, ColumnAssignment roles, List<String> headers, ReadContext ctx,
                                     String period, TablePeriods periods) {
        String duration = "";
        String load = "";
        int[] effortAt = row.pos();
        List<String> texts = row.texts();
        for (int c = 0; c < texts.size() && c < roles.roles().size(); c++) {
            Node cell = row.node(c);   // null: a plain cell read from the source, its text all there is to it
            String text = texts.get(c);
            switch (roles.roles().get(c)) {
                case TITLE -> {
                    if (cell == null) {
                        d.title = text;
                    } else {
                        TableTitles.read(cell, d, text);
                    }
                }
                case EFFORT -> {
                    duration = text;
                    effortAt = textStart(ctx, row.position(c));
                }
                case WEEKLY_LOAD -> {
                    load = text;
                    effortAt = EFFORTS.isNone(duration) ? textStart(ctx, row.position(c)) : effortAt;
                }
                case DESCRIPTION -> d.description = EFFORTS.isNone(text) ? d.description : join(d.description, Texts.collapse(text));
                case ID -> {
                    d.docId = text.isEmpty() ? null : text.replace(' ', '-');
                    d.readId = d.docId != null && SkillId.isValid(d.docId) ? SkillId.of(d.docId) : null;   // while the id is at hand
                }
                case NUMBER -> d.number = parseNumber(text, d.number);
                case REQUIRES -> addRef(d.requires, text, ctx, row, c);
                case RECOMMENDS -> addRef(d.recommends, text, ctx, row, c);
                case TRACK -> d.track = text;
                case PRIORITY -> lowPriority(d, text, ctx);
                case LINK -> {
                    if (cell != null) {
                        TableTitles.links(cell, headers.get(c), d);
                    }
                }
                case RESOURCES -> {
                    if (cell != null) {
                        TableTitles.links(cell, "", d);
                    }
                }
                default -> {
                }
            }
        }
        if (period != null && EFFORTS.isNone(duration)) {
            if (periods != null && !periods.settled() && !EFFORTS.isNone(load)) {
                periods.settle();   // the row without its period would say something of its load: known now whether it takes it
            }
            if (periods != null && !periods.settled()) {
                return true;   // without the period the row has no effort: it waits, nothing said
            }
            if (periods == null || !periods.shared()) {
                periodEffort(d, period, load, row.pos(), ctx);
                return false;
            }
        }
        effort(d, duration, load, effortAt, ctx);
        return false;
    }

    /** The row's effort from its period marker: it has no duration of its own, and the table's markers are not shared. */
    private static void periodEffort(Draft d, String period, String load, int[] pos, ReadContext ctx) {
        d.rule = "table-row-period";
        d.detail += "; the row's day or week marker gives its length ('" + period + "')";
        effort(d, period, load, pos, ctx);
    }

    /**
     * A duration with a weekly load makes the effort (14 weeks at 6-10 hours/week = 84-140 h); a
     * duration alone converts at the roadmap's pace; a weekly load alone gives no effort and a
     * {@code weekly-load-without-duration} notice; "-", "n/a", "?" say nothing.
     */
    private static void effort(Draft d, String duration, String load, int[] at, ReadContext ctx) {
        boolean hasDuration = !EFFORTS.isNone(duration);
        Optional<Effort> weekly = EFFORTS.isNone(load) ? Optional.empty() : EFFORTS.weeklyLoad(load);
        if (!hasDuration) {
            if (weekly.isPresent()) {
                // the model has no pace without a length (RigidPace needs its weeks): say so, never drop it silently
                d.detail += "; weekly load " + weekly.get().toNotation() + "/week without a duration: no effort";
                ctx.notice("weekly-load-without-duration", "row '" + d.title + "' states a weekly load of '"
                        + Texts.collapse(load) + "' but no duration: the load alone gives no effort and is not kept", at[0], at[1]);
            }
            return;
        }
        d.effortLine = at[0];
        d.effortColumn = at[1];
        if (weekly.isPresent()) {
            Optional<Effort> e = EFFORTS.combine(duration, weekly.get());
            if (e.isPresent()) {
                d.notation = e.get().toNotation();
                d.detail += "; effort " + d.notation + " = " + Texts.collapse(duration) + " at " + Texts.collapse(load);
                return;
            }
        }
        String written = Texts.collapse(duration);
        if (ctx.effort(written, Pace.DEFAULT_HOURS_PER_WEEK).isPresent()) {
            d.notation = written;
        } else {
            String normal = EFFORTS.normalise(written);
            d.notation = ctx.effort(normal, Pace.DEFAULT_HOURS_PER_WEEK).isPresent() ? normal : written;
        }
    }

    /** A Low row is optional when the document says low-priority items may be skipped. */
    private static void lowPriority(Draft d, String text, ReadContext ctx) {
        if (LowPriority.isLow(text) && ctx.lowPrioritySkipLine() > 0) {
            d.optional = true;
            d.detail += "; optional: priority '" + Texts.collapse(text) + "' and line " + ctx.lowPrioritySkipLine()
                    + " says low-priority items may be skipped";
        }
    }

    /** @return the position of the first non-space character at or after a cell's start (cell spans include the padding) */
    private static int[] textStart(ReadContext ctx, int[] pos) {
        if (pos[0] < 1 || pos[0] > ctx.lineCount()) {
            return pos;   // beyond the text: its line is empty
        }
        String text = ctx.text();   // the line read in place: ctx.line(pos[0]) without the copy
        int from = ctx.lineStart(pos[0]);
        int end = ctx.lineEnd(pos[0]);
        int c = from + pos[1] - 1;
        while (c < end && (text.charAt(c) == ' ' || text.charAt(c) == '\t')) {
            c++;
        }
        return c < end && text.charAt(c) != '|' ? new int[] {pos[0], c - from + 1} : pos;
    }

    private static void addRef(List<Draft.Ref> refs, String text, ReadContext ctx, BodyRow row, int c) {
        if (!EFFORTS.isNone(text)) {
            int[] pos = textStart(ctx, row.position(c));
            refs.add(new Draft.Ref(text, pos[0], pos[1]));
        }
    }

    private static void addRef(List<Draft.Ref> refs, String text, int[] pos) {
        if (!EFFORTS.isNone(text)) {
            refs.add(new Draft.Ref(text, pos[0], pos[1]));
        }
    }

    /**
     * Keeps a prerequisite text named in prose ("Prerequisites: A, B") whole: the resolver splits
     * it only where the pieces name skills.
     */
    static void splitNames(String text, int[] pos, Draft d) {
        addRef(d.requires, Texts.collapse(text), pos);
    }

    private static int parseNumber(String text, int fallback) {
        String t = text.strip();
        t = t.startsWith("#") ? t.substring(1) : t;
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        try {
            return Integer.parseInt(t.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    /** Counts the cells of a raw table line: unescaped pipes, without the optional outer ones. */
    static int rawCellCount(String line) {
        return rawCellCount(line, 0, line.length());
    }

    /** {@link #rawCellCount(String)} of {@code text.substring(from, to)}, read in place. */
    static int rawCellCount(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {   // String.strip: no whitespace lies outside the BMP
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return 0;
        }
        int pipes = 0;
        boolean code = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                code = !code;
            } else if (c == '|' && !code) {
                pipes++;
            }
        }
        int cells = pipes + 1;
        if (text.charAt(s) == '|') {
            cells--;
        }
        if (e - s > 1 && text.charAt(e - 1) == '|' && text.charAt(e - 2) != '\\') {
            cells--;
        }
        return cells;
    }

    private static boolean hasPipe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }
}
