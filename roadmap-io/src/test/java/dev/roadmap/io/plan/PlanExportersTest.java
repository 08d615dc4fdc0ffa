package dev.roadmap.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.spi.PlanExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Golden output of the text and Markdown plan exporters. */
class PlanExportersTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = PlanExportersTest.class.getResourceAsStream("/plan/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void textExporterWritesTheGoldenWeekTable() throws IOException {
        String text = new PlanTextExporter().writeToString(SamplePlan.plan(), SamplePlan.roadmap());
        assertThat(text).isEqualTo(golden("sample.txt"));
    }

    @Test
    void markdownExporterWritesTheGoldenDocument() throws IOException {
        String md = new PlanMarkdownExporter().writeToString(SamplePlan.plan(), SamplePlan.roadmap());
        assertThat(md).isEqualTo(golden("sample.md"));
    }

    @Test
    void emptyPlanSaysSo() {
        Plan empty = new Plan("none", LocalDate.of(2026, 12, 7), Capacity.pool(8), 0, 0, 0, List.of(), List.of(), List.of(),
                List.of(), Map.of());
        Roadmap roadmap = Roadmap.builder("none").build();
        assertThat(new PlanTextExporter().writeToString(empty, roadmap))
                .contains("Weekly hours: 8 h; starts 2026-12-07")
                .contains("Total: 0 weeks (lower bound 0, quality 1.00), 0 h, finishes 2026-12-07\n")
                .endsWith("Coherence: dependents start 0.0 weeks after their prerequisites on average (90th percentile 0), "
                        + "0.0% of skill pairs out of reading order, 0.0 skills open per week\n");
        assertThat(new PlanMarkdownExporter().writeToString(empty, roadmap)).contains("**0 weeks**");
    }

    @Test
    void exportersAreFoundWithTheirFormatIds() {
        assertThat(ServiceLoader.load(PlanExporter.class).stream().map(p -> p.get().descriptor().id()))
                .contains("text", "markdown");
        assertThat(new PlanMarkdownExporter().descriptor().matchesFileName("plan.md")).isTrue();
        assertThat(new PlanTextExporter().descriptor().matchesFileName("plan.txt")).isTrue();
    }

    @Test
    void exportersDoNotCloseTheStream() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        new PlanTextExporter().write(SamplePlan.plan(), SamplePlan.roadmap(), out);
        new PlanMarkdownExporter().write(SamplePlan.plan(), SamplePlan.roadmap(), out);
        assertThat(closed).isFalse();
    }

    @Test
    void markdownEscapesTableBreakingCharacters() {
        assertThat(dev.roadmap.core.text.MarkdownText.inline("a|b *c*")).isEqualTo("a\\|b \\*c\\*");
    }
}
