package dev.roadmap.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.PlanExporter;
import java.util.Optional;
import org.jsoup.nodes.Document;

class HtmlFormatContractTest extends FormatContract {

    @Override
    protected String formatId() {
        return "html";
    }

    @Override
    protected Optional<PlanExporter> planExporter() {
        return Optional.of(new HtmlPlanExporter(SampleRoadmaps.START.plusDays(10)));
    }

    @Override
    protected void assertHostileTitlesSafe(String output) {
        Document doc = HtmlTesting.parse(output);
        assertThat(doc.select("script")).isEmpty();
        String table = doc.select("#weeks").text();
        for (String title : SampleRoadmaps.HOSTILE_TITLES) {
            assertThat(table).contains(title.replaceAll("\\s+", " "));
        }
        HtmlTesting.svgFragments(output).forEach(HtmlTesting::xml);
        HtmlTesting.assertFetchesNothing(output);
    }
}
