package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin formats shipped in roadmap.jar are listed and usable from {@code plan --to}. */
class BundledPluginsCliTest {
    private static final String EXAMPLE = Path.of("..", "docs", "examples", "ml-basics.json").toString();

    @Test
    void formatsListsTheIcsAndHtmlPlanExporters() {
        CliTest.Run r = CliTest.run("formats");

        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("\\n  ics +iCalendar plan +\\.ics ")
                .containsPattern("\\n  html +HTML plan report +\\.html \\.htm ");
    }

    @Test
    void plansToAnICalendarFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("plan.ics");

        CliTest.Run r = CliTest.run("plan", EXAMPLE, "--start", "2027-01-04", "--to", "ics", "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        String ics = Files.readString(out);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:linalg.week-1@ml-basics\r\n")
                .contains("DTSTAMP:20270104T000000Z").endsWith("END:VCALENDAR\r\n");
        assertThat(r.err()).doesNotContain("SLF4J");
    }

    @Test
    void plansToAnHtmlReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("plan.html");

        CliTest.Run r = CliTest.run("plan", EXAMPLE, "--to", "html", "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<svg class=\"gantt\"", "<svg class=\"dag\"")
                .contains("Study plan: Machine learning basics");
    }
}
