package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.ColumnAssignment;
import dev.roadmap.io.table.ColumnRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Day and week markers in table rows: a cell that is a marker ("Week 3-4", "Day 3", "Semana 4",
 * "第3天", "День 5"), a number under a header that is a period word ("Week" over "3"), or a title
 * cell that carries one ("Day 3 - Arrays") gives the row its period as its effort when the row has
 * no duration of its own. Only when every marked row names a different period: rows that share
 * "Week 1" are a group, and the week is not each row's length.
 */
final class TablePeriods {
    private final List<String> headers;
    private final ColumnAssignment roles;
    private final IntFunction<List<String>> rows;
    private final int count;
    /** The lower-cased markers of the rows counted. */
    private final Set<String> seen = new HashSet<>();
    /** The rows whose markers are counted: the first ones. */
    private int counted;
    private boolean shared;

    /**
     * The markers of a table's rows, read as the table reader reaches each row (its cells at hand)
     * rather than in a pass of their own: {@link #marker} of the rows in order, and {@link #shared}
     * once all are counted (at the latest by {@link #settle}), give what {@link #markers} gives.
     *
     * @param headers the header texts
     * @param count   the number of body rows
     * @param rows    a body row's cell texts by its index
     * @param roles   the column roles
     */
    TablePeriods(List<String> headers, int count, IntFunction<List<String>> rows, ColumnAssignment roles) {
        this.headers = headers;
        this.roles = roles;
        this.rows = rows;
        this.count = count;
    }

    /**
     * @param headers the header texts
     * @param rows    the body rows' cell texts
     * @param roles   the column roles
     * @return per row, the period notation ("2 weeks", "1天") or null
     */
    static List<String> markers(List<String> headers, List<List<String>> rows, ColumnAssignment roles) {
        List<String> out = new ArrayList<>(rows.size());
        Set<String> seen = new HashSet<>();
        boolean shared = false;
        for (List<String> row : rows) {
            String[] m = rowMarker(headers, row, roles);
            out.add(m == null ? null : m[1]);
            if (m != null && !seen.add(m[0].toLowerCase(Locale.ROOT))) {
                shared = true;
            }
        }
        if (shared) {
            return Collections.nCopies(rows.size(), null);
        }
        return out;
    }

    /**
     * @param r a row's index: each row is asked once, in order (a row not yet counted is counted)
     * @return the period notation of the row's marker, or null; the row's period only if the table's
     *         markers are not {@link #shared}
     */
    String marker(int r) {
        String[] m = rowMarker(headers, rows.apply(r), roles);
        if (r == counted) {
            count(m);
        }
        return m == null ? null : m[1];
    }

    /** @return whether every row's marker is counted, or two rows already share one: {@link #shared} is final */
    boolean settled() {
        return shared || counted == count;
    }

    /** Counts the markers of the rows not yet reached. */
    void settle() {
        while (!settled()) {
            count(rowMarker(headers, rows.apply(counted), roles));
        }
    }

    /** @return whether two of the rows counted share a marker: then no row takes its period */
    boolean shared() {
        return shared;
    }

    private void count(String[] m) {
        counted++;
        if (m != null && !seen.add(m[0].toLowerCase(Locale.ROOT))) {
            shared = true;
        }
    }

    /** @return {marker text, notation} of the row's first marker, or null */
    private static String[] rowMarker(List<String> headers, List<String> row, ColumnAssignment roles) {
        for (int c = 0; c < row.size() && c < roles.roles().size(); c++) {
            ColumnRole role = roles.roles().get(c);
            if (!markerColumn(role)) {
                continue;   // the cell is not looked at
            }
            String cell = row.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Optional<EffortSpotter.Spotted> s = EffortSpotter.periodMarker(cell);
            if (s.isPresent() && (role == ColumnRole.TITLE || s.get().title().equals(Texts.stripSymbols(cell)))) {
                return new String[] {cell, s.get().notation()};
            }
            if (role != ColumnRole.TITLE && isNumberOrRange(cell) && c < headers.size()) {
                String header = Texts.stripSymbols(headers.get(c).strip());
                Optional<EffortSpotter.Spotted> h = EffortSpotter.periodMarker(header + " " + cell);
                if (h.isPresent() && h.get().title().equals(header + " " + cell)) {
                    return new String[] {header + " " + cell, h.get().notation()};
                }
            }
        }
        return null;
    }

    private static boolean markerColumn(ColumnRole role) {
        return role == ColumnRole.TITLE || role == ColumnRole.GROUP || role == ColumnRole.NUMBER
                || role == ColumnRole.UNKNOWN || role == ColumnRole.TRACK;
    }

    private static boolean isNumberOrRange(String cell) {
        boolean digit = false;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (Character.isDigit(ch)) {
                digit = true;
            } else if ("-–— ".indexOf(ch) < 0) {
                return false;
            }
        }
        return digit;
    }
}
