package dev.roadmap.plugins.ics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;

class IcsFormatContractTest extends FormatContract {

    IcsFormatContractTest() {
        super(format("ics").planExporter(new IcsPlanExporter()).golden("ics/%s.ics", Written.SAMPLE_PLAN)
                .hostileTitles(IcsFormatContractTest::summariesKeepTheTitles));
    }

    /** The calendar parses, and every hostile title starts the summary of one of its events. */
    static void summariesKeepTheTitles(String output) {
        List<VEvent> events = IcsTesting.events(output);
        assertThat(events).isNotEmpty();
        List<String> summaries = events.stream().map(IcsTesting::summary).toList();
        for (String title : SampleRoadmaps.HOSTILE_TITLES) {
            assertThat(summaries).anySatisfy(s -> assertThat(s).startsWith(title + " ("));
        }
    }
}
