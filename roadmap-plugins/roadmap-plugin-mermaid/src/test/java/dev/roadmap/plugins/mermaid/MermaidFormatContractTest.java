package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.util.List;

class MermaidFormatContractTest extends FormatContract {

    MermaidFormatContractTest() {
        super(format("mermaid").exporter(new MermaidExporter()).golden("mermaid/%s.mmd", Written.SAMPLE, Written.HOSTILE)
                .hostileTitles(MermaidFormatContractTest::labelsAreEscaped));
    }

    /** Each node label holds no raw Mermaid syntax and decodes to its hostile title (tabs as spaces). */
    static void labelsAreEscaped(String output) {
        List<String> labels = MermaidSyntax.nodeLabels(output);
        assertThat(labels).hasSize(SampleRoadmaps.HOSTILE_TITLES.size());
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String title = label.substring(0, label.lastIndexOf("<br>")); // the last line is the effort
            MermaidSyntax.assertNoRawSyntax(title.replace("<br>", ""));
            assertThat(MermaidSyntax.decode(title.replace("<br>", "\n")))
                    .isEqualTo(SampleRoadmaps.HOSTILE_TITLES.get(i).replace('\t', ' '));
        }
    }
}
