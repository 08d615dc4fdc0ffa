package dev.roadmap.io.table;

import dev.roadmap.io.table.internal.DistinctStrings;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** What the cells of one column look like: counts of each kind of content. */
record ColumnStats(int filled, int none, int durations, int loads, int integers, boolean consecutive, int dates,
                   int icons, int linkOnly, int priorities, int statuses, int distinct, int lettered, double meanLength) {

    /** Distinct cell texts whose effort kind is remembered while one column is scanned. */
    static final int MAX_REMEMBERED = 4096;

    /** @return the non-empty cells that say something (not "-", "none") */
    int meaningful() {
        return filled - none;
    }

    static ColumnStats of(List<TableCell> cells, Vocabulary v, TableEfforts efforts) {
        Accumulator a = new Accumulator(v, efforts);
        for (TableCell c : cells) {
            a.add(c);
        }
        return a.stats();
    }

    /**
     * The statistics of every column of a table, read row by row in one pass (the cells of a row lie
     * together in memory, a column's cells do not): the same as {@link #of} of each column, a row
     * without a cell in a column counting as an empty cell there.
     */
    static ColumnStats[] ofColumns(List<List<TableCell>> rows, int columns, Vocabulary v, TableEfforts efforts) {
        ColumnTally tally = new ColumnTally(columns, v, efforts);
        for (List<TableCell> r : rows) {
            tally.add(r);
        }
        return tally.stats();
    }

    static final TableCell EMPTY = new TableCell("", false);

    /** The counts of one column while its cells are read, in row order. Mutable. */
    static final class Accumulator {
        private final TableEfforts efforts;
        private final Set<String> priorityWords;
        private final Set<String> statusWords;
        private int filled;
        private int none;
        private int durations;
        private int loads;
        private int integers;
        private int dates;
        private int icons;
        private int linkOnly;
        private int priorities;
        private int statuses;
        private int lettered;
        private long length;
        private boolean consecutive = true;
        private long previous = Long.MIN_VALUE;
        private final DistinctStrings seen = new DistinctStrings();
        private final Map<String, Integer> kinds = new HashMap<>();   // effort kind per distinct cell text: repeated cells parse once

        Accumulator(Vocabulary v, TableEfforts efforts) {
            this.efforts = efforts;
            this.priorityWords = v.phraseSet("priority.high", "priority.medium", "priority.low");
            this.statusWords = v.phraseSet("status.todo", "status.doing", "status.done", "status.skipped");
        }

        void add(TableCell c) {
            String t = c.text().strip();
            if (t.isEmpty() && !c.linkOnly()) {
                consecutive = false;
                return;
            }
            filled++;
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (!c.linkOnly() && efforts.isNone(t, lower)) {
                none++;
                consecutive = false;
                return;
            }
            seen.add(lower);
            length += t.length();
            int shape = CellShape.of(t);
            boolean numeric = (shape & CellShape.NUMERIC) != 0;
            long n = numeric ? integer(t) : -1;
            if (n >= 0) {
                integers++;
                consecutive &= previous == Long.MIN_VALUE || n == previous + 1;
                previous = n;
            } else {
                consecutive = false;
            }
            int kind = efforts.isSurelyText(lower, (shape & CellShape.MAY_BE_DURATION) != 0, t) ? 0
                    : kinds.computeIfAbsent(t, efforts::contentKind);
            loads += kind == 2 ? 1 : 0;
            durations += kind == 1 ? 1 : 0;
            if (kinds.size() > MAX_REMEMBERED) {
                kinds.clear();
            }
            dates += numeric && isDate(t) ? 1 : 0;
            lettered += (shape & CellShape.LETTER) != 0 ? 1 : 0;
            icons += (shape & (CellShape.LETTER | CellShape.DIGIT)) == 0 ? 1 : 0;
            linkOnly += c.linkOnly() ? 1 : 0;
            priorities += priorityWords.contains(lower) ? 1 : 0;
            statuses += statusWords.contains(lower) ? 1 : 0;
        }

        ColumnStats stats() {
            int meaningful = filled - none;
            return new ColumnStats(filled, none, durations, loads, integers, consecutive && integers == meaningful && integers > 0,
                    dates, icons, linkOnly, priorities, statuses, seen.size(), lettered,
                    meaningful == 0 ? 0 : (double) length / meaningful);
        }
    }

    /** @return the value of "12", "03", "#4", "5." (row numbers), else -1 */
    static long integer(String t) {
        String s = t.startsWith("#") ? t.substring(1) : t;
        s = s.endsWith(".") || s.endsWith(")") ? s.substring(0, s.length() - 1) : s;
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(s);
    }

    /** @return whether the text is a numeric date: three digit groups separated by "-", "/" or "." */
    static boolean isDate(String t) {
        int groups = 0;
        int digits = 0;
        char sep = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c == '-' || c == '/' || c == '.') && digits > 0 && (sep == 0 || sep == c)) {
                sep = c;
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups == 2 && digits > 0;
    }
}
