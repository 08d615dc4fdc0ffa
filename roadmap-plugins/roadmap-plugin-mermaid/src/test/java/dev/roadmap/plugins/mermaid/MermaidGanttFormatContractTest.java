package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.PlanExporter;
import java.util.List;
import java.util.Optional;

class MermaidGanttFormatContractTest extends FormatContract {

    @Override
    protected String formatId() {
        return "mermaid-gantt";
    }

    @Override
    protected Optional<PlanExporter> planExporter() {
        return Optional.of(new MermaidGanttExporter());
    }

    @Override
    protected void assertHostileTitlesSafe(String output) {
        List<String> tasks = output.lines().filter(l -> l.matches("^    (?!section |title |dateFormat ).*")).toList();
        assertThat(tasks).hasSize(SampleRoadmaps.HOSTILE_TITLES.size());
        for (int i = 0; i < tasks.size(); i++) {
            String name = MermaidSyntax.task(tasks.get(i)).group(1);
            MermaidSyntax.assertNoRawSyntax(name);
            assertThat(MermaidSyntax.decode(name).strip())
                    .isEqualTo(SampleRoadmaps.HOSTILE_TITLES.get(i).replace('\n', ' ').replace('\t', ' ').strip());
        }
        output.lines().filter(l -> l.startsWith("    section ") || l.startsWith("    title "))
                .forEach(l -> MermaidSyntax.assertNoRawSyntax(l.substring(l.indexOf(' ', 4) + 1)));
    }
}
