package dev.roadmap.plugins.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MermaidGanttProgressTest {
    @Test
    void skillsFinishedInLoggedWeeksAreDoneAndThoseStartedThereActive() {
        String gantt = new MermaidGanttExporter().writeToString(ProgressFixture.plan(), ProgressFixture.roadmap());
        assertThat(gantt).contains("Alpha :done, t0, 2026-12-07, 7d")
                .contains("Beta :active, t1, ")
                .containsPattern("Gamma :t2, ");
    }
}
