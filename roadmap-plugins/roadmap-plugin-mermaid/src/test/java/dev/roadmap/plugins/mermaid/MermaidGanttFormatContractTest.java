package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.util.List;

class MermaidGanttFormatContractTest extends FormatContract {

    MermaidGanttFormatContractTest() {
        super(format("mermaid-gantt").planExporter(new MermaidGanttExporter())
                .golden("mermaid/%s.mmd", Written.SAMPLE_PLAN, Written.HOSTILE_PLAN)
                .hostileTitles(MermaidGanttFormatContractTest::tasksAndSectionsAreEscaped));
    }

    /** Task names, sections and the title hold no raw syntax; each task decodes to its hostile title on one line. */
    static void tasksAndSectionsAreEscaped(String output) {
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
