package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.plugins.testkit.SampleRoadmaps;
import org.junit.jupiter.api.Test;

class MermaidGanttProgressTest {
    @Test
    void skillsFinishedInLoggedWeeksAreDoneAndThoseStartedThereActive() {
        String gantt = new MermaidGanttExporter().writeToString(SampleRoadmaps.loggedPlan(), SampleRoadmaps.logged());
        assertThat(gantt).contains("Alpha :done, t0, 2026-12-07, 7d")
                .contains("Beta :active, t1, ")
                .containsPattern("Gamma :t2, ");
    }
}
