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

/**
 * Day and week markers in table rows: a cell that is a marker ("Week 3-4", "Day 3", "Semana 4",
 * "第3天", "День 5"), a number under a header that is a period word ("Week" over "3"), or a title
 * cell that carries one ("Day 3 - Arrays") gives the row its period as its effort when the row has
 * no duration of its own. Only when every marked row names a different period: rows that share
 * "Week 1" are a group, and the week is not each row's length.
 */
final class TablePeriods {
    private TablePeriods() {
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
