package dev.roadmap.plugins.ics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.spi.PlanExporter;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.component.VEvent;

class IcsFormatContractTest extends FormatContract {

    @Override
    protected String formatId() {
        return "ics";
    }

    @Override
    protected Optional<PlanExporter> planExporter() {
        return Optional.of(new IcsPlanExporter());
    }

    @Override
    protected void assertHostileTitlesSafe(String output) {
        List<VEvent> events = IcsTesting.events(output);
        assertThat(events).isNotEmpty();
        List<String> summaries = events.stream().map(IcsTesting::summary).toList();
        for (String title : SampleRoadmaps.HOSTILE_TITLES) {
            assertThat(summaries).anySatisfy(s -> assertThat(s).startsWith(title + " ("));
        }
    }
}
