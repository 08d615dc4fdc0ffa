package dev.roadmap.cli;

import static dev.roadmap.cli.CliTest.fixture;
import static dev.roadmap.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mermaid, mermaid-gantt, dot and csv plugins as the command line sees them. */
class PluginFormatsCliTest {

    @Test
    void formatsListsThePluginFormats() {
        CliTest.Run r = run("formats");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^  csv +CSV")
                .containsPattern("(?m)^  mermaid +Mermaid flowchart")
                .containsPattern("(?m)^  dot +Graphviz DOT")
                .containsPattern("(?m)^  mermaid-gantt +Mermaid Gantt");
    }

    @Test
    void convertsARoadmapToMermaidDotAndCsv() {
        assertThat(run("convert", fixture("valid.json"), "--to", "mermaid").out())
                .startsWith("---\ntitle: \"Small roadmap\"\n---\nflowchart TD\n").contains("    n0 --> n1\n");
        assertThat(run("convert", fixture("valid.json"), "--to", "dot").out())
                .startsWith("digraph \"small\" {\n").contains("    n1 -> n2 [kind=\"requires\"];\n");
        assertThat(run("convert", fixture("valid.json"), "--to", "csv").out()).isEqualTo("""
                id,title,track,group,effort_min_hours,effort_max_hours,requires,status,optional
                a,Alpha,,,10,10,,todo,false
                b,Beta,,,10,20,a,todo,false
                c,Gamma,,,5,5,b,todo,false
                """);
    }

    @Test
    void writesPlansAsMermaidGanttAndCsv() {
        CliTest.Run gantt = run("plan", fixture("valid.json"), "--hours-per-week", "10", "--start", "2027-01-04",
                "--to", "mermaid-gantt");
        assertThat(gantt.code()).isZero();
        assertThat(gantt.out()).startsWith("gantt\n    title Small roadmap\n    dateFormat YYYY-MM-DD\n")
                .contains("    Alpha :t0, 2027-01-04, 7d\n", "    Beta :t1, after t0, 14d\n");
        CliTest.Run csv = run("plan", fixture("valid.json"), "--hours-per-week", "10", "--start", "2027-01-04",
                "--to", "csv");
        assertThat(csv.out()).startsWith("week,week_start,week_end,skill,title,track,hours\n"
                + "1,2027-01-04,2027-01-10,a,Alpha,*,10\n");
    }

    @Test
    void readsCsvBackAndLocatesItsErrors(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("small.csv");
        assertThat(run("convert", fixture("valid.json"), "--to", "csv", "-o", csv.toString()).code()).isZero();
        assertThat(run("validate", csv.toString()).code()).isZero();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,title,effort_min_hours\na,A,ten\n");
        CliTest.Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:2:5: error: ").contains("[invalid-number]");
    }
}
