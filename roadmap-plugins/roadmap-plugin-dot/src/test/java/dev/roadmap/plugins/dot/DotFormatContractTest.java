package dev.roadmap.plugins.dot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;

class DotFormatContractTest extends FormatContract {

    DotFormatContractTest() {
        super(format("dot").exporter(new DotExporter()).golden("dot/%s.dot", Written.SAMPLE, Written.HOSTILE)
                .hostileTitles(DotFormatContractTest::parsesWithTheTitles));
    }

    /** The output parses as a graph whose node labels are the hostile titles (tabs as spaces) and efforts. */
    static void parsesWithTheTitles(String output) {
        DotParser.Parsed parsed = DotParser.parse(output);
        assertThat(parsed.graph().vertexSet()).hasSize(SampleRoadmaps.HOSTILE_TITLES.size());
        assertThat(parsed.graph().edgeSet()).hasSize(SampleRoadmaps.HOSTILE_TITLES.size() - 1);
        for (int i = 0; i < SampleRoadmaps.HOSTILE_TITLES.size(); i++) {
            String label = parsed.vertexAttributes().get("n" + i).get("label");
            assertThat(label.replace("&amp;", "&")).isEqualTo(SampleRoadmaps.HOSTILE_TITLES.get(i).replace('\t', ' ') + "\n" + (2 + i) + "h");
        }
    }
}
