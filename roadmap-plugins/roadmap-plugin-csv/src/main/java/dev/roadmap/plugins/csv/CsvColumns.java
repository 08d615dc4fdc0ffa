package dev.roadmap.plugins.csv;

import dev.roadmap.spi.FormatDescriptor;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** What the CSV providers share: the descriptor, the columns, the dialect and the cell conventions. */
final class CsvColumns {
    static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("csv", "CSV (spreadsheet rows)", "csv");

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TRACK = "track";
    static final String GROUP = "group";
    static final String EFFORT_MIN = "effort_min_hours";
    static final String EFFORT_MAX = "effort_max_hours";
    static final String REQUIRES = "requires";
    static final String STATUS = "status";
    static final String OPTIONAL = "optional";

    /** The roadmap columns in the order written. */
    static final List<String> ROADMAP = List.of(ID, TITLE, TRACK, GROUP, EFFORT_MIN, EFFORT_MAX, REQUIRES, STATUS, OPTIONAL);

    /** The plan columns in the order written. */
    static final List<String> PLAN = List.of("week", "week_start", "week_end", "skill", "title", "track", "hours");

    /** RFC 4180 with LF record ends: commas, double quotes doubled inside quoted cells. */
    static final CSVFormat DIALECT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** Characters that make a spreadsheet read a cell as a formula when they start it. */
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvColumns() {
    }

    /**
     * Guards a text cell against spreadsheet formula injection: a cell whose text, after any leading
     * apostrophes, starts with {@code = + - @}, a tab or a carriage return gets one more leading
     * apostrophe, which spreadsheets show as text. {@link #unguard} removes exactly that apostrophe,
     * so the round trip is exact.
     */
    static String guard(String text) {
        return needsGuard(text) ? "'" + text : text;
    }

    /** Reverses {@link #guard}. */
    static String unguard(String cell) {
        return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_START.indexOf(text.charAt(i)) >= 0;
    }

    /** @return the shortest decimal that reads back as exactly {@code hours} ({@code 20}, {@code 2.5}) */
    static String number(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }
}
