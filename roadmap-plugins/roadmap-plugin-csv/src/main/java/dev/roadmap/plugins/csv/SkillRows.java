package dev.roadmap.plugins.csv;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.core.Track;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the rows of one CSV document into a roadmap; one instance per read, not thread-safe. */
final class SkillRows {
    private static final Pattern NUMBER = Pattern.compile("\\+?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    /** Blank lines come back as one empty cell; they are skipped rather than read as skills. */
    private static final CSVFormat READING = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String text;
    private final String source;
    private final ReadLimits limits;
    private final LineCounter lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final SourceMap.Builder sourceMap;
    private final Map<String, Integer> columns = new HashMap<>();
    private long cells;
    private long prerequisites;
    private int lastRecordStart;

    SkillRows(String text, String source, ReadLimits limits) {
        this.text = text;
        this.source = source;
        this.limits = limits;
        this.lines = new LineCounter(text, source);
        this.sourceMap = new SourceMap.Builder(source);
    }

    ImportResult read() throws IOException {
        String id = idFromSourceName(source);
        Roadmap.Builder roadmap = Roadmap.builder(id).title(id);
        Set<String> tracks = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        boolean header = false;
        int skills = 0;
        try (CSVParser parser = READING.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            for (CSVRecord record = nextRecord(records); record != null; record = nextRecord(records)) {
                if (isBlank(record)) {
                    continue;
                }
                if (!header) {
                    if (!isNative(record)) {
                        return spreadsheet(roadmap, record, records);
                    }
                    readHeader(record);
                    header = true;
                    continue;
                }
                if (++skills > limits.maxSkills()) {
                    throw new LimitExceededException("maxSkills", limits.maxSkills(), "the roadmap has more skills",
                            lines.locate(lastRecordStart));
                }
                Skill skill = readSkill(record, skills - 1);
                roadmap.addSkill(skill);
                if (!skill.track().isEmpty()) {
                    tracks.add(skill.track());
                }
                if (!skill.group().isEmpty()) {
                    groups.add(skill.group());
                }
            }
        }
        if (!header) {
            throw new ImportException("missing-column", "the document has no header row; it needs at least the columns "
                    + CsvColumns.ID + " and " + CsvColumns.TITLE, SourceLocation.of(source, 1, 1), null);
        }
        tracks.forEach(t -> roadmap.addTrack(Track.of(t, t)));
        groups.forEach(g -> roadmap.addGroup(Group.of(g, g)));
        return new ImportResult(roadmap.sourceMap(sourceMap.build()).build(), diagnostics);
    }

    /**
     * The next record, its start remembered for locations and its cells checked against the limits.
     *
     * @return the record, or null at the end of the document
     */
    private CSVRecord nextRecord(Iterator<CSVRecord> records) {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw syntaxError(e);
        }
        lastRecordStart = (int) record.getCharacterPosition();
        checkCells(record);
        return record;
    }

    /** @return whether the header names the native columns id and title (the exporter's layout) */
    private static boolean isNative(CSVRecord header) {
        boolean id = false;
        boolean title = false;
        for (String h : header) {
            String name = CsvColumns.unguard(h).strip().toLowerCase(Locale.ROOT);
            id |= name.equals(CsvColumns.ID);
            title |= name.equals(CsvColumns.TITLE);
        }
        return id && title;
    }

    /** Reads the remaining records as a spreadsheet whose columns are recognised by content and header words. */
    private ImportResult spreadsheet(Roadmap.Builder roadmap, CSVRecord header, Iterator<CSVRecord> records) {
        checkCells(header);
        List<CSVRecord> body = new ArrayList<>();
        for (CSVRecord record = nextRecord(records); record != null; record = nextRecord(records)) {
            if (isBlank(record)) {
                continue;
            }
            if (body.size() >= limits.maxSkills()) {
                throw new LimitExceededException("maxSkills", limits.maxSkills(), "the roadmap has more skills",
                        lines.locate(lastRecordStart));
            }
            body.add(record);
        }
        new SpreadsheetRows(this, source, diagnostics, sourceMap).read(roadmap, header, body);
        return new ImportResult(roadmap.sourceMap(sourceMap.build()).build(), diagnostics);
    }

    ReadLimits limits() {
        return limits;
    }

    private void readHeader(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new ImportException("duplicate-column", "the column " + name + " appears twice in the header",
                        cell(record, i), null);
            }
            if (!CsvColumns.ROADMAP.contains(name)) {
                diagnostics.add(Diagnostic.warning("unknown-column", "the column " + name
                        + " is not one this format reads (" + String.join(", ", CsvColumns.ROADMAP) + "); it is ignored",
                        cell(record, i)));
            }
        }
        for (String required : List.of(CsvColumns.ID, CsvColumns.TITLE)) {
            if (!columns.containsKey(required)) {
                throw new ImportException("missing-column", "the header has no " + required + " column; it needs at least "
                        + CsvColumns.ID + " and " + CsvColumns.TITLE, lines.locate(lastRecordStart), null);
            }
        }
    }

    private Skill readSkill(CSVRecord record, int index) {
        String idText = value(record, CsvColumns.ID).strip();
        if (!SkillId.isValid(idText)) {
            throw new ImportException("invalid-id", idText.isEmpty() ? "the skill has no id"
                    : "'" + idText + "' is not a valid skill id (it must not contain whitespace or control characters)",
                    cell(record, columns.get(CsvColumns.ID)), null);
        }
        sourceMap.put(SourceMap.keySkill(index), lineOf(lastRecordStart), columnOf(lastRecordStart));
        String title = value(record, CsvColumns.TITLE);
        Skill.Builder skill = Skill.builder(SkillId.of(idText));
        if (!title.isBlank()) {
            skill.title(title);
        }
        skill.track(value(record, CsvColumns.TRACK).strip()).group(value(record, CsvColumns.GROUP).strip());
        skill.effort(effort(record, index));
        String requires = value(record, CsvColumns.REQUIRES).strip();
        if (!requires.isEmpty()) {
            SourceLocation at = cell(record, columns.get(CsvColumns.REQUIRES));
            int entry = 0;
            for (String r : SEPARATORS.split(requires)) {
                if (r.isEmpty()) {
                    continue;
                }
                if (++prerequisites > limits.maxPrerequisites()) {
                    throw new LimitExceededException("maxPrerequisites", limits.maxPrerequisites(),
                            "the roadmap has more prerequisite entries", at);
                }
                skill.requires(SkillId.of(r));
                sourceMap.put(SourceMap.keySkillEntry(index, "requires", entry++), at.line(), at.column());
            }
        }
        String status = value(record, CsvColumns.STATUS).strip();
        if (!status.isEmpty()) {
            skill.status(Status.fromId(status).orElseThrow(() -> new ImportException("invalid-status",
                    "unknown status '" + status + "' (expected todo, doing, done or skipped)",
                    cell(record, columns.get(CsvColumns.STATUS)), null)));
        }
        skill.optional(flag(record));
        return skill.build();
    }

    private Effort effort(CSVRecord record, int index) {
        Double min = hours(record, CsvColumns.EFFORT_MIN);
        Double max = hours(record, CsvColumns.EFFORT_MAX);
        if (min == null && max == null) {
            return null;
        }
        String column = min != null ? CsvColumns.EFFORT_MIN : CsvColumns.EFFORT_MAX;
        SourceLocation at = cell(record, columns.get(column));
        sourceMap.put(SourceMap.keySkillField(index, "effort"), at.line(), at.column());
        try {
            if (max == null) {
                return Effort.openEnded(min);
            }
            return Effort.ofHours(min == null ? 0 : min, max);
        } catch (IllegalArgumentException e) {
            throw new ImportException("invalid-value", "the effort is not a valid range of hours: " + e.getMessage(),
                    cell(record, columns.get(max != null ? CsvColumns.EFFORT_MAX : column)), e);
        }
    }

    private Double hours(CSVRecord record, String column) {
        String v = value(record, column).strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(v).matches()) {
            throw new ImportException("invalid-number", column + " must be a number of hours such as 12 or 2.5, got '"
                    + v + "'", cell(record, columns.get(column)), null);
        }
        return Double.parseDouble(v);
    }

    private boolean flag(CSVRecord record) {
        String v = value(record, CsvColumns.OPTIONAL).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "false", "no", "0" -> false;
            case "true", "yes", "1" -> true;
            default -> throw new ImportException("invalid-value", "optional must be true or false, got '" + v + "'",
                    cell(record, columns.get(CsvColumns.OPTIONAL)), null);
        };
    }

    /** @return the cell of a column (unguarded), or "" when the column or the cell is absent */
    private String value(CSVRecord record, String column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? "" : CsvColumns.unguard(record.get(i));
    }

    private void checkCells(CSVRecord record) {
        cells += record.size();
        if (cells > limits.maxTableCells()) {
            throw new LimitExceededException("maxTableCells", limits.maxTableCells(), "the document has more cells",
                    lines.locate(lastRecordStart));
        }
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).length() > limits.maxStringLength()) {
                throw new LimitExceededException("maxStringLength", limits.maxStringLength(), "a cell has more characters",
                        cell(record, i));
            }
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String v : record) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** @return where cell {@code i} of a record starts */
    SourceLocation cell(CSVRecord record, Integer i) {
        int start = (int) record.getCharacterPosition();
        if (i == null) {
            return lines.locate(start);
        }
        int[] starts = RecordScanner.scan(text, start).cellStarts();
        return lines.locate(i < starts.length ? starts[i] : start);
    }

    private int lineOf(int offset) {
        return lines.locate(offset).line();
    }

    private int columnOf(int offset) {
        return lines.locate(offset).column();
    }

    /** Locates a syntax error Commons CSV found in the record after the last one read. */
    private ImportException syntaxError(RuntimeException e) {
        int start = 0;
        if (lastRecordStart > 0 || cells > 0) {
            start = RecordScanner.scan(text, lastRecordStart).end();
        }
        int at = start;
        String message = "malformed CSV";
        // scan records until the scanner finds the same fault; blank lines between them are records too
        while (at < text.length()) {
            RecordScanner.Scan scan = RecordScanner.scan(text, at);
            if (scan.errorOffset() >= 0) {
                return new ImportException("malformed-csv", scan.error(), lines.locate(scan.errorOffset()), e);
            }
            if (scan.end() <= at) {
                break;
            }
            at = scan.end();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new ImportException("malformed-csv", message + ": " + cause.getMessage(), lines.locate(start), e);
    }

    static String idFromSourceName(String sourceName) {
        String name = sourceName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String slug = name.strip().replaceAll("\\s+", "-");
        return slug.isEmpty() ? "roadmap" : slug;
    }
}
