package dev.roadmap.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Skill;
import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

class CsvFormatContractTest extends FormatContract {

    /** A sheet as people save it: other column order, CRLF, a byte order mark, semicolons, yes/no, a blank row. */
    static final String SPREADSHEET = "\uFEFFTitle,ID,Requires,Effort_Min_Hours,Effort_Max_Hours,Status,Optional,Notes\r\n"
            + "Python basics,python,,20,30,done,no,first\r\n"
            + "\"NumPy, arrays\",numpy,python,8,12,,,\r\n"
            + "\r\n"
            + "Models,models,python; numpy,16,16,doing,yes,\"multi\r\nline note\"\r\n";

    CsvFormatContractTest() {
        super(format("csv").importer(new CsvImporter()).exporter(new CsvExporter()).planExporter(new PlanCsvExporter())
                .golden("csv/%s.csv", Written.SAMPLE, Written.HOSTILE, Written.SAMPLE_PLAN)
                .samples(new Sample("sample.csv", new CsvExporter().writeToString(SampleRoadmaps.sample())),
                        new Sample("hostile.csv", new CsvExporter().writeToString(SampleRoadmaps.hostile())),
                        new Sample("sheet.csv", SPREADSHEET))
                .malformed(Sample.allIn("/csv/malformed"))
                .carried(r -> r.skills().stream().map(CsvFormatContractTest::carried).toList())
                .hostileTitles(CsvFormatContractTest::cellsKeepTheTitlesUnderTheFormulaGuard));
    }

    private static List<Object> carried(Skill s) {
        return List.of(s.id(), s.title(), s.track(), s.group(), s.isRigid() ? Optional.empty() : s.effort(), s.requires(),
                s.status(), s.optional());
    }

    /** The CSV parses, its title column gives the hostile titles back, and no cell starts like a formula. */
    static void cellsKeepTheTitlesUnderTheFormulaGuard(String output) {
        List<CSVRecord> rows = parse(output);
        assertThat(rows).hasSizeGreaterThan(1);
        int titleColumn = rows.get(0).toList().indexOf("title");
        assertThat(titleColumn).isNotNegative();
        List<String> titles = rows.subList(1, rows.size()).stream().map(r -> CsvColumns.unguard(r.get(titleColumn)))
                .distinct().toList();
        assertThat(titles).containsExactlyElementsOf(SampleRoadmaps.HOSTILE_TITLES);
        rows.forEach(r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@")));
    }

    static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
