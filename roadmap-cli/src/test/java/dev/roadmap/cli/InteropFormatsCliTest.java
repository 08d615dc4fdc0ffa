package dev.roadmap.cli;

import static dev.roadmap.cli.CliTest.fixture;
import static dev.roadmap.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The optional format plugins shaded into the CLI, used through the ordinary commands. */
class InteropFormatsCliTest {

    @Test
    void roadmapShFileIsDetectedAndPlannedAtTheGivenWeeklyHours() {
        CliTest.Run r = run("plan", fixture("roadmapsh-small.json"), "--hours-per-week", "10");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Small roadmap.sh fixture").contains("Basics").contains("Next steps")
                .contains("Detail").contains("Extra");
        assertThat(r.err()).containsPattern("roadmapsh-small\\.json:\\d+:\\d+: warning: edges\\[2] points to missing node 'gone'.*"
                + "\\[roadmapsh-dangling-edge]");
    }

    @Test
    void roadmapShImportAndMspdiExportAreListedAmongFormats() {
        CliTest.Run r = run("formats");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("roadmapsh").contains("mspdi").contains("case");
    }

    @Test
    void roadmapConvertsToCaseAndBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path casePackage = dir.resolve("valid.case.json");
        CliTest.Run out = run("convert", fixture("valid.json"), "--to", "case", "-o", casePackage.toString());
        assertThat(out.code()).isZero();
        assertThat(java.nio.file.Files.readString(casePackage)).contains("\"CFDocument\"").contains("\"precedes\"");
        CliTest.Run back = run("path", casePackage.toString(), "--target", "c");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("Alpha").contains("Beta").contains("Gamma");
    }

    @Test
    void planIsWrittenAsMicrosoftProjectXml() {
        CliTest.Run r = run("plan", fixture("valid.json"), "--hours-per-week", "10", "--start", "2027-01-04", "--to", "mspdi");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("<?xml").contains("<Project xmlns=\"http://schemas.microsoft.com/project\"")
                .contains("<StartDate>2027-01-04T08:00:00</StartDate>");
    }
}
