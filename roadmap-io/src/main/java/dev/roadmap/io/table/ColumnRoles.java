package dev.roadmap.io.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides what each column of a table holds, content first and header words second, in the
 * manner of {@code csv.Sniffer}: every column gets statistics of its cells, typed content
 * (durations, weekly loads, row numbers, dates, priorities, status icons, repeated generic links)
 * fixes its role whatever its header says (a "Time required" column of "3 hours" is an effort);
 * the header's words (from {@link Vocabulary}, any language) name the roles of text columns; the
 * title is the text column of mostly distinct short names; a column whose cells name other rows is
 * the prerequisites. Used by the Markdown table reader and the CSV importer.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * List<List<TableCell>> rows = List.of(
 *         List.of(TableCell.of("Intro to CS"), TableCell.of("14 weeks"), TableCell.of("6-10 hours/week")));
 * ColumnAssignment a = ColumnRoles.create().assign(List.of("Courses", "Duration", "Effort"), rows);
 * a.indexOf(ColumnRole.WEEKLY_LOAD);   // 2: the cells read as weekly loads
 * }</pre>
 */
public final class ColumnRoles {
    /** Share of the meaningful cells of a column that must show a kind of content for it to decide the role. */
    public static final double CONTENT_SHARE = 0.6;
    /** Share of the meaningful cells that must name other rows for a column without header hint to be prerequisites. */
    public static final double NAMES_SHARE = 0.5;

    private static final String[][] HEADER_KEYS = {
        {"column.requires", "REQUIRES"}, {"column.recommends", "RECOMMENDS"}, {"column.effort", "EFFORT"},
        {"column.priority", "PRIORITY"}, {"column.status", "STATUS"}, {"column.date", "DATE"},
        {"column.link", "LINK"}, {"column.resources", "RESOURCES"}, {"column.description", "DESCRIPTION"},
        {"column.track", "TRACK"}, {"column.group", "GROUP"}, {"column.title", "TITLE"}};

    private final Vocabulary vocabulary;
    private final TableEfforts efforts;

    private ColumnRoles(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.efforts = vocabulary == Vocabulary.builtIn() ? TableEfforts.create() : TableEfforts.of(vocabulary);
    }

    private static final class Holder {
        static final ColumnRoles BUILT_IN = new ColumnRoles(Vocabulary.builtIn());
    }

    /** @return the decision over the built-in vocabulary */
    public static ColumnRoles create() {
        return Holder.BUILT_IN;
    }

    /**
     * @param vocabulary the header and cell words to recognise
     * @return the decision over that vocabulary
     */
    public static ColumnRoles of(Vocabulary vocabulary) {
        return new ColumnRoles(Objects.requireNonNull(vocabulary, "vocabulary must not be null"));
    }

    /** @return the effort reader over the same vocabulary */
    public TableEfforts efforts() {
        return efforts;
    }

    /**
     * @param headers the header cells' text
     * @param rows    the body rows; a row may have fewer or more cells than the header
     * @return the role of every header column
     */
    public ColumnAssignment assign(List<String> headers, List<List<TableCell>> rows) {
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(rows, "rows must not be null");
        return assign(headers, rows, ColumnStats.ofColumns(rows, headers.size(), vocabulary, efforts));
    }

    /**
     * @param columns the number of header columns
     * @return an empty tally of cell statistics over this decision's vocabulary, to be given every body row
     */
    public ColumnTally tally(int columns) {
        return new ColumnTally(columns, vocabulary, efforts);
    }

    /**
     * {@link #tally(int)} of the header's columns that counts the distinct cells only in the columns
     * whose header may make them the title or a text column (the decision then looks at that count);
     * in the others (ids, efforts, prerequisites ...) they are counted from the rows only if the
     * decision asks. The same decision, with less work per cell.
     *
     * @param headers the header cells' text
     * @return an empty tally of {@code headers.size()} columns
     */
    public ColumnTally tally(List<String> headers) {
        Objects.requireNonNull(headers, "headers must not be null");
        boolean[] later = new boolean[headers.size()];
        for (int c = 0; c < later.length; c++) {
            ColumnRole hint = headerRole(headers.get(c), null);
            later[c] = !(hint == ColumnRole.TITLE || hint == ColumnRole.UNKNOWN || hint == ColumnRole.GROUP
                    || hint == ColumnRole.DESCRIPTION || hint == ColumnRole.TRACK);
        }
        return new ColumnTally(later, headers.size(), vocabulary, efforts);
    }

    /**
     * {@link #assign(List, List)} with the cell statistics gathered while the rows were made.
     *
     * @param headers the header cells' text
     * @param rows    the body rows
     * @param tally   a {@link #tally} of {@code headers.size()} columns given exactly these rows, in order
     * @return the role of every header column
     * @throws IllegalArgumentException when the tally counted another number of columns or rows
     */
    public ColumnAssignment assign(List<String> headers, List<List<TableCell>> rows, ColumnTally tally) {
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(rows, "rows must not be null");
        Objects.requireNonNull(tally, "tally must not be null");
        if (tally.columns() != headers.size() || tally.rows() != rows.size()) {
            throw new IllegalArgumentException("the tally counted " + tally.columns() + " columns and " + tally.rows()
                    + " rows, the table has " + headers.size() + " and " + rows.size());
        }
        return assign(headers, rows, tally.stats(rows));
    }

    private ColumnAssignment assign(List<String> headers, List<List<TableCell>> rows, ColumnStats[] stats) {
        int n = headers.size();
        ColumnRole[] roles = new ColumnRole[n];
        ColumnRole[] hints = new ColumnRole[n];
        ColumnRole[] typed = new ColumnRole[n];
        String[] reasons = new String[n];
        for (int c = 0; c < n; c++) {
            hints[c] = headerRole(headers.get(c), stats[c]);
            typed[c] = contentRole(stats[c], hints[c]);
            roles[c] = typed[c];
            reasons[c] = typed[c] == null ? "" : "its cells are " + describe(typed[c], stats[c]);
        }
        int title = pickTitle(headers, hints, typed, stats);
        boolean titleByHeader = title >= 0 && hints[title] == ColumnRole.TITLE;
        if (title >= 0) {
            roles[title] = ColumnRole.TITLE;
            reasons[title] = titleByHeader ? "a title column by its header" : "taken as the title by its content (mostly distinct names)";
        }
        for (int c = 0; c < n; c++) {
            if (roles[c] == null) {
                roles[c] = textRole(c, hints, stats, rows, title, titleByHeader, roles);
                reasons[c] = roles[c] == ColumnRole.UNKNOWN ? "not recognised"
                        : hints[c] == roles[c] ? "its header names a " + roles[c].name().toLowerCase(Locale.ROOT) + " column"
                        : roles[c] == ColumnRole.REQUIRES ? "its cells name other rows" : "text beside the title";
            }
        }
        dropDuplicates(roles, reasons);
        String skip = skipReason(headers, rows, roles, title, stats);
        return new ColumnAssignment(Arrays.asList(roles), Arrays.asList(reasons), titleByHeader, skip);
    }

    private String skipReason(List<String> headers, List<List<TableCell>> rows, ColumnRole[] roles, int title, ColumnStats[] stats) {
        if (rows.isEmpty()) {
            return "the table has no rows";
        }
        if (title < 0) {
            StringBuilder b = new StringBuilder("no column holds names of units (");
            for (int c = 0; c < roles.length; c++) {
                b.append(c > 0 ? ", " : "").append('\'').append(headers.get(c)).append("' ")
                        .append(roles[c].name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            return b.append(')').toString();
        }
        if (vocabulary.find("column.not-unit", headers.get(title)).isPresent()) {
            return "its column '" + headers.get(title) + "' lists platforms, tools or people, not learning units";
        }
        return "";
    }

    private static void dropDuplicates(ColumnRole[] roles, String[] reasons) {
        for (int c = 0; c < roles.length; c++) {
            for (int k = 0; k < c; k++) {
                if (roles[k] == roles[c] && single(roles[c])) {
                    roles[c] = ColumnRole.UNKNOWN;
                    reasons[c] = "a second " + roles[k].name().toLowerCase(Locale.ROOT).replace('_', ' ') + " column; ignored";
                }
            }
        }
    }

    private static boolean single(ColumnRole r) {
        return r == ColumnRole.TITLE || r == ColumnRole.EFFORT || r == ColumnRole.WEEKLY_LOAD || r == ColumnRole.ID
                || r == ColumnRole.NUMBER || r == ColumnRole.REQUIRES || r == ColumnRole.RECOMMENDS || r == ColumnRole.TRACK;
    }

    /**
     * @param stats the column's statistics, or null to take an id header for ID whatever its cells
     * @return the role named by the header's earliest vocabulary phrase, or UNKNOWN
     */
    ColumnRole headerRole(String header, ColumnStats stats) {
        String h = stripDecoration(header).toLowerCase(Locale.ROOT);
        if (h.isEmpty()) {
            return ColumnRole.UNKNOWN;
        }
        if (vocabulary.phrases("column.number").contains(h)) {
            return ColumnRole.NUMBER;
        }
        if (vocabulary.phrases("column.id").contains(h)) {
            return stats != null && stats.consecutive() ? ColumnRole.NUMBER : ColumnRole.ID;
        }
        ColumnRole best = ColumnRole.UNKNOWN;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (String[] k : HEADER_KEYS) {
            for (String p : vocabulary.phrases(k[0])) {
                int at = Vocabulary.indexOfWord(h, p);
                if (at >= 0 && (at < bestAt || at == bestAt && p.length() > bestLength)) {
                    best = ColumnRole.valueOf(k[1]);
                    bestAt = at;
                    bestLength = p.length();
                }
            }
        }
        return best;
    }

    /** @return the role the content alone fixes, or null for text (or empty) columns */
    private static ColumnRole contentRole(ColumnStats s, ColumnRole hint) {
        int m = s.meaningful();
        if (m == 0) {
            return null;
        }
        double need = CONTENT_SHARE * m;
        if (s.durations() + s.loads() >= need) {
            return s.loads() > s.durations() ? ColumnRole.WEEKLY_LOAD : ColumnRole.EFFORT;
        }
        if (s.integers() >= need) {
            if (hint == ColumnRole.EFFORT) {
                return ColumnRole.EFFORT;   // "Hours: 3": numbers in an effort column are hours
            }
            if (hint == ColumnRole.ID && !s.consecutive()) {
                return ColumnRole.ID;
            }
            return s.consecutive() || s.distinct() == m ? ColumnRole.NUMBER : ColumnRole.GROUP;
        }
        if (s.dates() >= need) {
            return ColumnRole.DATE;
        }
        if (s.priorities() >= need && s.distinct() <= 6) {
            return ColumnRole.PRIORITY;
        }
        if (s.statuses() >= need && s.distinct() <= 6) {
            return ColumnRole.STATUS;
        }
        if (s.icons() >= need) {
            return s.linkOnly() >= need ? ColumnRole.LINK : ColumnRole.STATUS;
        }
        if (s.linkOnly() >= need && s.distinct() * 2 <= m && m > 1) {
            return ColumnRole.LINK;
        }
        return null;
    }

    private static String describe(ColumnRole r, ColumnStats s) {
        int m = s.meaningful();
        return switch (r) {
            case EFFORT -> s.durations() + " of " + m + " durations";
            case WEEKLY_LOAD -> s.loads() + " of " + m + " weekly loads";
            case NUMBER -> s.consecutive() ? "consecutive row numbers" : "numbers";
            case GROUP -> "a few numbers repeated over the rows";
            case ID -> "numeric ids";
            case DATE -> "dates";
            case PRIORITY -> "priorities";
            case STATUS -> "status words or icons";
            case LINK -> "links with repeated or icon texts";
            default -> r.name().toLowerCase(Locale.ROOT);
        };
    }

    private int pickTitle(List<String> headers, ColumnRole[] hints, ColumnRole[] typed, ColumnStats[] stats) {
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int pass = 0; pass < 3 && best < 0; pass++) {
            for (int c = 0; c < hints.length; c++) {
                boolean candidate = pass < 2 ? typed[c] == null && titleCandidate(hints[c], pass)
                        : hints[c] == ColumnRole.TITLE;   // last resort: a column headed "Skill" even if its names look like numbers
                if (!candidate) {
                    continue;
                }
                int score = titleScore(hints[c], stats[c]);
                if (score > bestScore && score > 0) {
                    best = c;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static boolean titleCandidate(ColumnRole hint, int pass) {
        if (pass == 0) {
            return hint == ColumnRole.TITLE || hint == ColumnRole.UNKNOWN || hint == ColumnRole.GROUP;
        }
        return hint == ColumnRole.DESCRIPTION || hint == ColumnRole.TRACK;
    }

    private static int titleScore(ColumnRole hint, ColumnStats s) {
        int m = s.meaningful();
        if (m == 0 || s.lettered() * 2 < m) {
            return hint == ColumnRole.TITLE ? 1 : Integer.MIN_VALUE;
        }
        int score = hint == ColumnRole.TITLE ? 4 : 0;
        double distinct = (double) s.distinct() / m;
        if (distinct < 0.5 && m > 2 && hint != ColumnRole.TITLE) {
            return Integer.MIN_VALUE;
        }
        score += distinct >= 0.8 ? 2 : distinct >= 0.5 ? 1 : 0;
        score += s.meanLength() <= 120 ? 1 : -1;
        score += s.lettered() == m ? 1 : 0;
        score += s.linkOnly() * 2 >= m ? 1 : 0;
        return score;
    }

    private ColumnRole textRole(int c, ColumnRole[] hints, ColumnStats[] stats, List<List<TableCell>> rows, int title,
                                boolean titleByHeader, ColumnRole[] roles) {
        ColumnRole hint = hints[c];
        if (hint != ColumnRole.UNKNOWN && hint != ColumnRole.TITLE) {
            return hint;
        }
        if (title >= 0 && !contains(roles, ColumnRole.REQUIRES) && namesOtherRows(rows, c, title, stats[c])) {
            return ColumnRole.REQUIRES;
        }
        if (title >= 0 && c > title && !titleByHeader && !contains(roles, ColumnRole.DESCRIPTION) && stats[c].lettered() > 0) {
            return ColumnRole.DESCRIPTION;
        }
        return ColumnRole.UNKNOWN;
    }

    /** @return whether at least half of the column's meaningful cells name rows of the title column */
    private boolean namesOtherRows(List<List<TableCell>> rows, int c, int title, ColumnStats s) {
        if (s.meaningful() < 2 || s.distinct() < 2 && s.meaningful() > 50) {
            return false;   // one value repeated over many rows ("m", "n") names no particular row
        }
        List<String> titles = new ArrayList<>(rows.size());
        for (List<TableCell> r : rows) {
            titles.add(title < r.size() ? r.get(title).text() : "");
        }
        NameMatcher names = NameMatcher.of(titles);
        int naming = 0;
        for (int i = 0; i < rows.size(); i++) {
            String t = c < rows.get(i).size() ? rows.get(i).get(c).text() : "";
            if (!efforts.isNone(t) && namesAnother(names, t, i)) {
                naming++;
            }
        }
        return naming >= NAMES_SHARE * s.meaningful();
    }

    private static boolean namesAnother(NameMatcher names, String text, int self) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "\n;,；，、".indexOf(text.charAt(i)) >= 0) {
                var m = names.match(text.substring(start, i));
                if (m.isPresent() && m.get().index() != self) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean contains(ColumnRole[] roles, ColumnRole r) {
        for (ColumnRole x : roles) {
            if (x == r) {
                return true;
            }
        }
        return false;
    }

    /** @return the header without leading and trailing emoji, bullets and spaces */
    static String stripDecoration(String header) {
        int s = 0;
        int e = header.length();
        while (s < e && decoration(header.codePointAt(s))) {
            s += Character.charCount(header.codePointAt(s));
        }
        while (e > s && decoration(header.codePointBefore(e))) {
            e -= Character.charCount(header.codePointBefore(e));
        }
        String t = header.substring(s, e);
        while (t.endsWith(":") || t.endsWith("：") || t.endsWith("?")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean decoration(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.OTHER_SYMBOL
                || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == '*' || cp == '_';
    }
}
