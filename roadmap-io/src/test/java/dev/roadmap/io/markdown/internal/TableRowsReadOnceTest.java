package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * The table reader reads each row's period marker as it reaches the row ({@link TablePeriods#marker}),
 * and a row whose period depends on whether later rows share a marker waits for the last row: the same
 * drafts (titles, efforts, rules, details) and the same diagnostics in the same order as the definition,
 * every row's marker read before the first row ({@link ReadContext#periodsFirst}). Over seeded random
 * tables full of markers (shared or not), durations, weekly loads, totals rows and rows without a title.
 */
class TableRowsReadOnceTest {
    private static final String[] HEADERS = {"Topic", "Week", "Day", "Effort", "Hours/week", "Notes", "#", "Track", "Semana"};
    private static final String[] CELLS = {"Arrays", "Graphs", "Day 3 - Arrays", "Week 2", "week 2", "Week 3-4", "Semana 4",
        "第3天", "День 5", "3", "4", "3-4", "", "-", "n/a", "Total", "2 weeks", "10h", "5 h/week", "6-10 hours/week",
        "Topic | Day 7", "Trees, Week 9", "Low", "Month 2", "x"};

    @Test
    void rowsReadOnceGiveWhatAllMarkersReadFirstGive() {
        Random random = new Random(20261207);
        int[] counts = new int[3];   // rows with a period effort, tables whose markers are shared, load notices
        for (int n = 0; n < 1_500; n++) {
            String text = document(random);
            Node root = MarkdownReading.PARSER.parse(text);
            for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof TableBlock table) {
                    compare(table, text, counts);
                }
            }
        }
        assertThat(counts[0]).as("rows whose effort is their period").isGreaterThan(500);
        assertThat(counts[1]).as("tables whose markers are shared").isGreaterThan(300);
        assertThat(counts[2]).as("weekly loads without a duration").isGreaterThan(500);
    }

    /**
     * The rows' sample and cell statistics as a body is read (the statistics counted row by row): when a
     * body read from its source is dropped and read again from its nodes, the statistics count the
     * rows kept, as the statistics of those rows counted afresh do.
     */
    @Test
    void droppedRowsLeaveTheStatisticsOfTheRowsKept() {
        Random random = new Random(20261208);
        dev.roadmap.io.table.ColumnRoles roles = dev.roadmap.io.table.ColumnRoles.create();
        int dropped = 0;
        for (int n = 0; n < 1_500; n++) {
            String text = document(random);
            TableBlock table = (TableBlock) MarkdownReading.PARSER.parse(text).getFirstChild();
            List<String> headers = new ArrayList<>();
            for (Node cell = table.getFirstChild().getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                headers.add(Texts.collapse(Inlines.text(cell)));
            }
            List<BodyRow> all = new ArrayList<>();
            BodyRow.fromNodes(table.getLastChild(), new int[] {1, 1}, all);
            TableReader.Rows rows = new TableReader.Rows(headers);
            int kept = random.nextInt(all.size() + 1);
            all.subList(0, kept).forEach(rows::add);
            int junk = random.nextInt(all.size() + 1);
            for (int k = 0; k < junk; k++) {
                rows.add(all.get(random.nextInt(all.size())));
            }
            rows.dropFrom(kept);
            dropped += junk > 0 && kept > 0 ? 1 : 0;
            all.subList(kept, all.size()).forEach(rows::add);
            assertThat(rows.rows).isEqualTo(all);
            List<List<dev.roadmap.io.table.TableCell>> sample = all.stream().map(BodyRow::cells).toList();
            assertThat(rows.sample).isEqualTo(sample);
            assertThat(roles.assign(headers, rows.sample, rows.tally)).as(text).isEqualTo(roles.assign(headers, sample));
        }
        assertThat(dropped).isGreaterThan(500);
    }

    private static void compare(TableBlock table, String text, int[] counts) {
        ReadContext once = context(text, false);
        ReadContext first = context(text, true);
        Section root = new Section(null, 0, "", 1, 1, null);
        List<Draft> tested = TableReader.read(table, root, once);
        List<Draft> defined = TableReader.read(table, root, first);
        assertThat(tested).as(text).usingRecursiveFieldByFieldElementComparator().isEqualTo(defined);
        assertThat(once.diagnostics).as(text).isEqualTo(first.diagnostics);
        int periods = 0;
        for (Draft d : tested) {
            periods += d.rule.equals("table-row-period") ? 1 : 0;
        }
        counts[0] += periods;
        counts[1] += periods == 0 && repeatsAMarker(text) ? 1 : 0;
        counts[2] += (int) once.diagnostics.stream().filter(d -> d.code().equals("weekly-load-without-duration")).count();
    }

    /** @return whether two cells of the text are the same fixed marker (ignoring case): then the markers may be shared */
    private static boolean repeatsAMarker(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String m : List.of("| week 2 |", "| semana 4 |", "| 第3天 |", "| день 5 |", "| month 2 |", "| week 3-4 |")) {
            int at = lower.indexOf(m);
            if (at >= 0 && lower.indexOf(m, at + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static ReadContext context(String text, boolean periodsFirst) {
        ReadContext ctx = new ReadContext("t.md", ReadLimits.defaults(), text, 10);
        ctx.parsedText = text;
        ctx.periodsFirst = periodsFirst;
        return ctx;
    }

    private static String document(Random random) {
        StringBuilder b = new StringBuilder();
        int columns = 2 + random.nextInt(4);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add(c == 0 && random.nextBoolean() ? "Topic" : c == 1 && random.nextInt(3) == 0 ? "Hours/week"
                    : HEADERS[random.nextInt(HEADERS.length)]);
        }
        b.append("| ").append(String.join(" | ", headers)).append(" |\n|").append("---|".repeat(columns)).append('\n');
        int rows = 1 + random.nextInt(random.nextInt(5) == 0 ? 40 : 8);
        for (int r = 0; r < rows; r++) {
            b.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = headers.get(c).equals("Hours/week") && random.nextBoolean() ? (1 + random.nextInt(9)) + " h/week"
                        : CELLS[random.nextInt(CELLS.length)];
                if (random.nextInt(3) == 0 && (cell.startsWith("Week") || cell.startsWith("Day") || cell.equals("3"))) {
                    cell = cell + " " + (10 + random.nextInt(90));   // mostly distinct markers
                }
                b.append(' ').append(cell).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
