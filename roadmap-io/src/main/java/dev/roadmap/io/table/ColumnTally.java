package dev.roadmap.io.table;

import java.util.List;
import java.util.Objects;

/**
 * The cell statistics {@link ColumnRoles} decides on, gathered row by row while a reader makes the
 * rows, so that the cells are looked at while they are fresh rather than in a pass of their own:
 * {@code roles.assign(headers, rows, tally)} after {@code tally.add(row)} for every row decides as
 * {@code roles.assign(headers, rows)} does. Mutable; not thread-safe.
 * <pre>{@code
 * ColumnRoles roles = ColumnRoles.create();
 * List<String> headers = List.of("Skill", "Effort");
 * List<List<TableCell>> rows = List.of(List.of(TableCell.of("Intro to CS"), TableCell.of("14 weeks")));
 * ColumnTally tally = roles.tally(headers.size());
 * for (List<TableCell> row : rows) {
 *     tally.add(row);   // as each row is made
 * }
 * ColumnAssignment a = roles.assign(headers, rows, tally);
 * }</pre>
 */
public final class ColumnTally {
    private final ColumnStats.Accumulator[] columns;
    private final Vocabulary vocabulary;
    private final TableEfforts efforts;
    private int rows;

    ColumnTally(int columns, Vocabulary vocabulary, TableEfforts efforts) {
        this(new boolean[0], columns, vocabulary, efforts);
    }

    /**
     * @param later   per column, whether its distinct cells are left to be counted when the decision
     *                asks (from the rows given to {@link #stats}); a column beyond the array counts them as it goes
     * @param columns the number of columns
     */
    ColumnTally(boolean[] later, int columns, Vocabulary vocabulary, TableEfforts efforts) {
        this.columns = new ColumnStats.Accumulator[columns];
        this.vocabulary = vocabulary;
        this.efforts = efforts;
        for (int c = 0; c < columns; c++) {
            this.columns[c] = new ColumnStats.Accumulator(vocabulary, efforts, c >= later.length || !later[c]);
        }
    }

    /**
     * @param row the next body row; a row with fewer cells than the header counts empty cells in the others
     */
    public void add(List<TableCell> row) {
        Objects.requireNonNull(row, "row must not be null");
        int size = row.size();
        for (int c = 0; c < columns.length; c++) {
            columns[c].add(c < size ? row.get(c) : ColumnStats.EMPTY);
        }
        rows++;
    }

    /** @return the number of columns counted (the header's) */
    public int columns() {
        return columns.length;
    }

    /** @return the number of rows added */
    public int rows() {
        return rows;
    }

    /** @param rows the rows added, in order: a column left for later counts its distinct cells in them when asked */
    ColumnStats[] stats(List<List<TableCell>> rows) {
        ColumnStats[] out = new ColumnStats[columns.length];
        for (int c = 0; c < columns.length; c++) {
            int column = c;
            out[c] = columns[c].stats(() -> ColumnStats.distinctOf(rows, column, vocabulary, efforts));
        }
        return out;
    }
}
