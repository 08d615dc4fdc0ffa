package dev.roadmap.io.table;

import dev.roadmap.io.table.internal.DistinctStrings;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * What the cells of one column look like: counts of each kind of content. The number of distinct
 * cells ({@link #distinct()}) may be counted only when first asked ({@link DistinctCount#later}).
 */
record ColumnStats(int filled, int none, int durations, int loads, int integers, boolean consecutive, int dates,
                   int icons, int linkOnly, int priorities, int statuses, DistinctCount distinctCount, int lettered,
                   double meanLength) {

    /** @return the number of distinct meaningful cells (lower-cased), counted now if it was left for later */
    int distinct() {
        return distinctCount.get();
    }

    /**
     * The number of distinct cells of a column, known or counted when first asked: most columns'
     * roles are decided without it, and a table's columns of ids or prerequisite lists are as long
     * as it is distinct. Two are equal when their counts are. Not thread-safe (a tally's statistics
     * are read by one decision).
     */
    static final class DistinctCount {
        private IntSupplier later;
        private int count;

        private DistinctCount(int count, IntSupplier later) {
            this.count = count;
            this.later = later;
        }

        static DistinctCount of(int count) {
            return new DistinctCount(count, null);
        }

        /** @param count counts the distinct cells when first asked */
        static DistinctCount later(IntSupplier count) {
            return new DistinctCount(-1, count);
        }

        int get() {
            if (later != null) {
                count = later.getAsInt();
                later = null;
            }
            return count;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DistinctCount d && d.get() == get();
        }

        @Override
        public int hashCode() {
            return get();
        }

        @Override
        public String toString() {
            return later != null ? "not yet counted" : Integer.toString(count);
        }
    }

    /** Distinct cell texts whose effort kind is remembered while one column is scanned. */
    static final int MAX_REMEMBERED = 4096;

    /** @return the non-empty cells that say something (not "-", "none") */
    int meaningful() {
        return filled - none;
    }

    static ColumnStats of(List<TableCell> cells, Vocabulary v, TableEfforts efforts) {
        Accumulator a = new Accumulator(v, efforts, true);
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
        return tally.stats(rows);
    }

    /** @return the number of distinct meaningful cells of column {@code c}, as {@link #of} counts them (a missing cell is empty) */
    static int distinctOf(List<List<TableCell>> rows, int c, Vocabulary v, TableEfforts efforts) {
        Accumulator a = new Accumulator(v, efforts, true);
        for (List<TableCell> r : rows) {
            a.add(c < r.size() ? r.get(c) : EMPTY);
        }
        return a.stats().distinct();
    }

    static final TableCell EMPTY = new TableCell("", false);

    /**
     * The counts of one column while its cells are read, in row order; the distinct cells only when
     * asked to count them (else {@link #stats} leaves their number for later). Mutable.
     */
    static final class Accumulator {
        private final TableEfforts efforts;
        private final boolean countDistinct;
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
        private final DistinctStrings seen;
        private DistinctStrings kinds = new DistinctStrings();   // effort kind per distinct cell text: repeated cells parse once

        Accumulator(Vocabulary v, TableEfforts efforts, boolean countDistinct) {
            this.efforts = efforts;
            this.countDistinct = countDistinct;
            this.seen = countDistinct ? new DistinctStrings() : null;
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
            if (countDistinct) {
                seen.add(lower);
            }
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
            int kind = efforts.isSurelyText(lower, (shape & CellShape.MAY_BE_DURATION) != 0, t) ? 0 : kind(t);
            loads += kind == 2 ? 1 : 0;
            durations += kind == 1 ? 1 : 0;
            dates += numeric && isDate(t) ? 1 : 0;
            lettered += (shape & CellShape.LETTER) != 0 ? 1 : 0;
            icons += (shape & (CellShape.LETTER | CellShape.DIGIT)) == 0 ? 1 : 0;
            linkOnly += c.linkOnly() ? 1 : 0;
            priorities += priorityWords.contains(lower) ? 1 : 0;
            statuses += statusWords.contains(lower) ? 1 : 0;
        }

        /** @return {@code efforts.contentKind(t)}, remembered for the last {@link #MAX_REMEMBERED} distinct texts or so */
        private int kind(String t) {
            int kind = kinds.get(t);
            if (kind < 0) {
                kind = efforts.contentKind(t);
                if (kinds.size() >= MAX_REMEMBERED) {
                    kinds = new DistinctStrings();
                }
                kinds.putIfAbsent(t, kind);
            }
            return kind;
        }

        ColumnStats stats() {
            return stats(null);
        }

        /** @param distinct counts the distinct cells later when this accumulator did not count them */
        ColumnStats stats(IntSupplier distinct) {
            int meaningful = filled - none;
            return new ColumnStats(filled, none, durations, loads, integers, consecutive && integers == meaningful && integers > 0,
                    dates, icons, linkOnly, priorities, statuses,
                    countDistinct ? DistinctCount.of(seen.size()) : DistinctCount.later(distinct), lettered,
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
