package dev.roadmap.plugins.ics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsProgressTest {
    @Test
    void loggedWeeksAreMarkedDoneAndPlannedOnesAreNot() {
        String ics = new IcsPlanExporter().writeToString(SampleRoadmaps.loggedPlan(), SampleRoadmaps.logged()).replace("\r\n ", "");
        List<String> events = List.of(ics.split("BEGIN:VEVENT")).subList(1, ics.split("BEGIN:VEVENT").length);
        String week1 = events.stream().filter(e -> e.contains("UID:a.week-1@")).findFirst().orElseThrow();
        assertThat(week1).contains("SUMMARY:Alpha (10 h\\, done)").contains("STATUS:CONFIRMED").contains("logged this week");
        String week2 = events.stream().filter(e -> e.contains("UID:b.week-2@")).findFirst().orElseThrow();
        assertThat(week2).contains("STATUS:CONFIRMED").contains("(4 h\\, done)");
        String week3 = events.stream().filter(e -> e.contains("UID:b.week-3@")).findFirst().orElseThrow();
        assertThat(week3).doesNotContain("STATUS:").doesNotContain("done").contains("SUMMARY:Beta (6 h)");
    }
}
