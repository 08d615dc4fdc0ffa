package dev.roadmap.plugins.dot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.RoadmapExporter;
import java.util.Optional;

class DotFormatContractTest extends FormatContract {

    @Override
    protected String formatId() {
        return "dot";
    }

    @Override
    protected Optional<RoadmapExporter> exporter() {
        return Optional.of(new DotExporter());
    }

    @Override
    protected void assertHostileTitlesSafe(String output) {
        DotParser.Parsed parsed = DotParser.parse(output);
        assertThat(parsed.graph().vertexSet()).hasSize(SampleRoadmaps.HOSTILE_TITLES.size());
        assertThat(parsed.graph().edgeSet()).hasSize(SampleRoadmaps.HOSTILE_TITLES.size() - 1);
        for (int i = 0; i < SampleRoadmaps.HOSTILE_TITLES.size(); i++) {
            String label = parsed.vertexAttributes().get("n" + i).get("label");
            assertThat(label.replace("&amp;", "&")).isEqualTo(SampleRoadmaps.HOSTILE_TITLES.get(i).replace('\t', ' ') + "\n" + (2 + i) + "h");
        }
    }
}
