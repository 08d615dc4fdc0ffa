package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.RoadmapExporter;
import java.util.List;
import java.util.Optional;

class MermaidFormatContractTest extends FormatContract {

    @Override
    protected String formatId() {
        return "mermaid";
    }

    @Override
    protected Optional<RoadmapExporter> exporter() {
        return Optional.of(new MermaidExporter());
    }

    @Override
    protected void assertHostileTitlesSafe(String output) {
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
