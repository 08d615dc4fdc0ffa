package dev.roadmap.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import org.jsoup.nodes.Document;

class HtmlFormatContractTest extends FormatContract {

    HtmlFormatContractTest() {
        super(format("html").planExporter(new HtmlPlanExporter(SampleRoadmaps.START.plusDays(10)))
                .hostileTitles(HtmlFormatContractTest::titlesAreTextNotMarkup));
    }

    /** No script, the week table shows every hostile title as text, the SVG is well-formed XML, nothing is fetched. */
    static void titlesAreTextNotMarkup(String output) {
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
