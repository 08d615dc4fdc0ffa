package dev.roadmap.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private final CsvExporter exporter = new CsvExporter();

    @Test
    void writesTheHeaderAndOneRowPerSkill() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1.5, 2)).track("t").group("g").build())
                .addSkill(Skill.builder("b", "B, \"quoted\"").effort(Effort.openEnded(3)).requires("a", "x").optional(true)
                        .build())
                .build();
        assertThat(exporter.writeToString(r)).isEqualTo(
                "id,title,track,group,effort_min_hours,effort_max_hours,requires,status,optional\n"
                + "a,A,t,g,1.5,2,,todo,false\n"
                + "b,\"B, \"\"quoted\"\"\",,,3,,a x,todo,true\n");
    }

    @Test
    void guardsCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvColumns.guard("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvColumns.guard("-->")).isEqualTo("'-->");
        assertThat(CsvColumns.guard("'=already")).isEqualTo("''=already");
        assertThat(CsvColumns.guard("it's fine")).isEqualTo("it's fine");
        for (String s : new String[] {"=1", "'=1", "''+x", "@me", "plain", "'plain", "", "'"}) {
            assertThat(CsvColumns.unguard(CsvColumns.guard(s))).isEqualTo(s);
        }
    }

    @Test
    void writesHoursAsTheShortestExactDecimal() {
        assertThat(CsvColumns.number(20)).isEqualTo("20");
        assertThat(CsvColumns.number(2.5)).isEqualTo("2.5");
        assertThat(Double.parseDouble(CsvColumns.number(10.0 / 3))).isEqualTo(10.0 / 3);
    }
}
