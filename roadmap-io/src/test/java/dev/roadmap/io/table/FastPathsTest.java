package dev.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts of the table support give the answers of the definitions they shortcut. */
class FastPathsTest {
    @Test
    void cjkTableAgreesWithTheUnicodeScriptOfEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            boolean cjk = s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
            if (Vocabulary.isCjk(cp) != cjk) {
                assertThat(Vocabulary.isCjk(cp)).as("U+%04X", cp).isEqualTo(cjk);
            }
        }
    }

    @Test
    void asciiFoldingAgreesWithTheNormalisingFold() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                b.append((char) random.nextInt(0x80));
            }
            String text = b.toString();
            // a leading no-break space sends the text down the normalising path and folds to nothing
            assertThat(NameMatcher.fold(text)).isEqualTo(NameMatcher.fold("\u00A0" + text));
        }
    }

    @Test
    void noneTestWithTheLowerCaseAtHandAgrees() {
        TableEfforts e = TableEfforts.create();
        for (String cell : new String[] {"", "-", "—", "n/a", "None", "НЕТ", "无", "\\-", "\\ none", "skill-3", "?", "a/b",
                "no prerequisites", "No Prerequisites at all", "..."}) {
            String t = cell.strip();
            assertThat(e.isNone(t, t.toLowerCase(Locale.ROOT))).as(cell).isEqualTo(e.isNone(cell));
        }
    }

    @Test
    void contentKindIsWeeklyLoadThenDuration() {
        TableEfforts e = TableEfforts.create();
        for (String cell : new String[] {"6-10 hours/week", "14 weeks", "2 weeks at 5 h/week", "skill-3, skill-4", "3-5h",
                "4 semanas", "每周10小时", "ongoing", "", "Skill 12", "2 недели", "20 horas semanales", "1–2 месяца"}) {
            int expected = e.isWeeklyLoad(cell) ? 2 : e.isDuration(cell) ? 1 : 0;
            assertThat(e.contentKind(cell)).as(cell).isEqualTo(expected);
            String t = cell.strip();
            if (e.isSurelyText(t, t.toLowerCase(Locale.ROOT))) {
                assertThat(expected).as(cell).isZero();
            }
        }
    }

    @Test
    void statisticsReadRowByRowAreThoseOfEachColumnReadAlone() {
        String[] cells = {"", " ", "-", "n/a", "3", "4", "#5", "6.", "12", "2 weeks", "3-5h", "6-10 hours/week", "High", "low",
            "done", "✅", "2024-01-03", "Skill 1", "skill-1, skill-2", "Intro to CS", "4 semanas", "ongoing", "x"};
        Random random = new Random(17);
        Vocabulary v = Vocabulary.builtIn();
        TableEfforts efforts = TableEfforts.create();
        for (int round = 0; round < 2_000; round++) {
            int columns = 1 + random.nextInt(5);
            List<List<TableCell>> rows = new ArrayList<>();
            for (int r = random.nextInt(12); r > 0; r--) {
                List<TableCell> row = new ArrayList<>();
                for (int c = random.nextInt(columns + 2); c > 0; c--) {   // ragged rows, shorter and longer than the header
                    row.add(new TableCell(cells[random.nextInt(cells.length)], random.nextInt(6) == 0));
                }
                rows.add(row);
            }
            ColumnStats[] all = ColumnStats.ofColumns(rows, columns, v, efforts);
            for (int c = 0; c < columns; c++) {
                List<TableCell> column = new ArrayList<>();
                for (List<TableCell> row : rows) {
                    column.add(c < row.size() ? row.get(c) : new TableCell("", false));
                }
                assertThat(all[c]).isEqualTo(ColumnStats.of(column, v, efforts));
            }
        }
    }

    @Test
    void aCellLedByAnotherWordIsNoEffortAsTheParserSays() {
        String[] parts = {"skill", "Skill", "about", "About", "approx.", "ca.", "circa", "around", "from", "to", "or", "h", "hours", "CA",
            "Frometer", "Circ", "é",
            "weeks", "semanas", "ongoing", "forever", "x", "3", "12", "1.5", "-", "–", ", ", " ", "/", "~", "+", "#", ".", "w"};
        Random random = new Random(18);
        TableEfforts e = TableEfforts.create();
        int led = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String cell = b.toString();
            String t = cell.strip();
            assertThat(TableEfforts.leadsWithOtherWord(t)).as(cell).isEqualTo(ledByDefinition(t));
            if (TableEfforts.leadsWithOtherWord(t)) {
                led++;
                assertThat(dev.roadmap.core.EffortParser.isEffort(t)).as(cell).isFalse();
                assertThat(dev.roadmap.core.EffortParser.isEffort(e.normalise(t))).as(cell).isFalse();
            }
            assertThat(e.contentKind(cell)).as(cell).isEqualTo(e.isWeeklyLoad(cell) ? 2 : e.isDuration(cell) ? 1 : 0);
        }
        assertThat(led).isGreaterThan(2_000);
    }

    /** An ASCII text with a digit whose leading letters, lower-cased, are no word the parser skips. */
    private static boolean ledByDefinition(String t) {
        if (t.isEmpty() || !(t.charAt(0) >= 'a' && t.charAt(0) <= 'z' || t.charAt(0) >= 'A' && t.charAt(0) <= 'Z')
                || !t.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        int word = 0;
        while (word < t.length() && Character.isLetter(t.charAt(word))) {
            word++;
        }
        return t.chars().anyMatch(c -> c >= '0' && c <= '9') && !java.util.Set.of("about", "approx", "approximately", "around",
                "circa", "ca", "from").contains(t.substring(0, word).toLowerCase(Locale.ROOT));
    }

    @Test
    void aTallyCountedRowByRowDecidesAsTheRowsDo() {
        String[] cells = {"", "-", "3", "4", "5.", "2 weeks", "3-5h", "6-10 hours/week", "High", "low", "done", "✅", "2024-01-03",
            "Skill 1", "Skill 2", "skill-1, skill-2", "Intro to CS", "Data", "ongoing", "https://x.org"};
        String[] headers = {"Skill", "Effort", "Prerequisites", "Status", "Week", "ID", "Notes", "Hours per week", ""};
        Random random = new Random(20);
        ColumnRoles roles = ColumnRoles.create();
        for (int round = 0; round < 2_000; round++) {
            List<String> header = new ArrayList<>();
            for (int c = 1 + random.nextInt(5); c > 0; c--) {
                header.add(headers[random.nextInt(headers.length)]);
            }
            ColumnTally tally = roles.tally(header.size());
            List<List<TableCell>> rows = new ArrayList<>();
            for (int r = random.nextInt(10); r > 0; r--) {
                List<TableCell> row = new ArrayList<>();
                for (int c = random.nextInt(header.size() + 2); c > 0; c--) {
                    row.add(TableCell.of(cells[random.nextInt(cells.length)]));
                }
                rows.add(row);
                tally.add(row);
            }
            assertThat(roles.assign(header, rows, tally)).isEqualTo(roles.assign(header, rows));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> roles.assign(List.of("A", "B"), List.of(), roles.tally(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTallyOfTheHeadersCountsEachColumnAsItsCellsReadAloneAndDecidesAsTheRowsDo() {
        String[] cells = {"", " ", "-", "n/a", "3", "4", "5.", "#6", "2 weeks", "3-5h", "6-10 hours/week", "High", "high", "low",
            "done", "✅", "2024-01-03", "Skill 1", "skill 1", "Skill 2", "skill-1, skill-2", "Intro to CS", "ongoing", "https://x.org"};
        String[] headers = {"Skill", "Effort", "Prerequisites", "Status", "Week", "ID", "Notes", "Hours per week", "", "Priority",
            "Link", "#", "Track", "Group", "Description", "Date", "Recommended"};
        Random random = new Random(21);
        ColumnRoles roles = ColumnRoles.create();
        Vocabulary v = Vocabulary.builtIn();
        TableEfforts efforts = TableEfforts.create();
        int later = 0;
        for (int round = 0; round < 3_000; round++) {
            List<String> header = new ArrayList<>();
            for (int c = 1 + random.nextInt(5); c > 0; c--) {
                header.add(headers[random.nextInt(headers.length)]);
            }
            List<List<TableCell>> rows = new ArrayList<>();
            ColumnTally tally = roles.tally(header);
            ColumnTally again = roles.tally(header);
            for (int r = random.nextInt(12); r > 0; r--) {
                List<TableCell> row = new ArrayList<>();
                for (int c = random.nextInt(header.size() + 2); c > 0; c--) {   // ragged rows
                    row.add(new TableCell(cells[random.nextInt(cells.length)], random.nextInt(6) == 0));
                }
                rows.add(row);
                tally.add(row);
                again.add(row);
            }
            assertThat(roles.assign(header, rows, tally)).isEqualTo(roles.assign(header, rows));
            ColumnStats[] stats = again.stats(rows);
            for (int c = 0; c < header.size(); c++) {
                List<TableCell> column = new ArrayList<>();
                for (List<TableCell> row : rows) {
                    column.add(c < row.size() ? row.get(c) : new TableCell("", false));
                }
                later += stats[c].distinctCount().toString().equals("not yet counted") ? 1 : 0;
                assertThat(stats[c]).isEqualTo(ColumnStats.of(column, v, efforts));
                assertThat(stats[c].distinct()).isEqualTo(ColumnStats.of(column, v, efforts).distinct());
            }
        }
        assertThat(later).as("columns whose distinct cells were left for later").isGreaterThan(2_000);
    }

    @Test
    void aLongColumnCountsTheDurationsAndLoadsEachCellIs() {
        String[] units = {"h", " hours", " weeks", " semanas", "h/week", " hours per week", " days", "x", " skills", "/wk"};
        Random random = new Random(23);
        Vocabulary v = Vocabulary.builtIn();
        TableEfforts efforts = TableEfforts.create();
        List<TableCell> column = new ArrayList<>();
        int durations = 0;
        int loads = 0;
        for (int n = 0; n < 3 * ColumnStats.MAX_REMEMBERED; n++) {   // more distinct texts than the remembered kinds
            String text = (1 + random.nextInt(40)) + (random.nextBoolean() ? "-" + (41 + random.nextInt(40)) : "")
                    + units[random.nextInt(units.length)];
            column.add(new TableCell(text, false));
            int kind = efforts.contentKind(text);
            durations += kind == 1 ? 1 : 0;
            loads += kind == 2 ? 1 : 0;
        }
        ColumnStats stats = ColumnStats.of(column, v, efforts);
        assertThat(stats.durations()).isEqualTo(durations).isGreaterThan(2_000);
        assertThat(stats.loads()).isEqualTo(loads).isGreaterThan(2_000);
    }

    @Test
    void aCellIsNoneExactlyWhenItsTextIsANonePhraseOrDashes() {
        Vocabulary v = Vocabulary.builtIn();
        TableEfforts e = TableEfforts.create();
        List<String> parts = new ArrayList<>(v.phrases("cell.none"));
        parts.addAll(List.of("x", "3", " ", "  ", "\\", "-", "?", ".", "K", "\u212A", "\u0130", "N", "A", "/", "ñ", "Ω", "o", "e", "s",
                "skill-1", "Skill 2", "9-18h", "NONE", "Nein", "Ninguno", "\t"));
        Random random = new Random(22);
        int none = 0;
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                String p = parts.get(random.nextInt(parts.size()));
                for (int i = 0; i < p.length(); i++) {   // each character in either case, as a writer may
                    char c = p.charAt(i);
                    b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                }
            }
            String cell = b.toString();
            boolean expected = noneByDefinition(cell, v);
            none += expected ? 1 : 0;
            assertThat(e.isNone(cell)).as(cell).isEqualTo(expected);
            String t = cell.strip();
            assertThat(e.isNone(t, t.toLowerCase(Locale.ROOT))).as(cell).isEqualTo(expected);
        }
        assertThat(none).as("cells that say none").isGreaterThan(10_000);
    }

    /** {@link TableEfforts#isNone(String)} as it is defined: leading backslashes dropped, then empty, a phrase or dashes. */
    private static boolean noneByDefinition(String cell, Vocabulary v) {
        String t = cell.strip();
        while (t.startsWith("\\")) {
            t = t.substring(1).strip();
        }
        String dashes = t;
        return t.isEmpty() || v.isPhrase("cell.none", t) || dashes.chars().allMatch(c -> "-–—_?/.*".indexOf(c) >= 0);
    }

    @Test
    void totalRowsAreThoseTheFullTestFinds() {
        String[] pieces = {"Total", "TOTAL", "total", "Sum", "sUm", "Su", "S", "Subtotal", "grand total", "In total", "Итого", "合计",
            "총", "skill", "Skill 4", "Sk", "sz", "Total1", "to", "T", " ", "**", "_", ":", "?", "3", "-", "x", "é", "İ", "✅"};
        TableRows rows = TableRows.create();
        Vocabulary v = Vocabulary.builtIn();
        Random random = new Random(36);
        int totals = 0;
        for (int n = 0; n < 50_000; n++) {
            List<String> cells = new ArrayList<>();
            for (int c = 1 + random.nextInt(3); c > 0; c--) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(4); k > 0; k--) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                cells.add(b.toString());
            }
            boolean expected = isTotalByDefinition(cells, v);
            assertThat(rows.isTotal(cells)).as("%s", cells).isEqualTo(expected);
            totals += expected ? 1 : 0;
        }
        assertThat(totals).isGreaterThan(2_000);
    }

    /** The first filled cell, stripped of decoration and lower-cased, starts with a total word (ending there unless CJK). */
    private static boolean isTotalByDefinition(List<String> cells, Vocabulary v) {
        for (String c : cells) {
            String t = ColumnRoles.stripDecoration(c).toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > TableRows.MAX_TOTAL_LABEL) {
                return false;
            }
            for (String p : v.phrases("cell.total")) {
                if (t.startsWith(p) && (t.length() == p.length() || !Character.isLetter(t.charAt(p.length()))
                        || Vocabulary.isCjk(p.codePointAt(0)))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
