package dev.roadmap.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import dev.roadmap.scheduler.WeekPackingScheduler;
import org.junit.jupiter.api.Test;

class HtmlProgressTest {
    @Test
    void showsLoggedWeeksBesideThePlanAndLoggedAgainstPlannedHoursPerSkill() {
        String html = HtmlPlanExporter.withoutToday().writeToString(SampleRoadmaps.loggedPlan(), SampleRoadmaps.logged());
        assertThat(html).contains("<g class=\"history\">").contains("Weeks 1\u20132: logged hours")
                .contains("class=\"week actual\"").contains("class=\"logged\"")
                .contains("<h2>Logged and planned hours</h2>")
                .contains("<tr><td>Alpha</td><td class=\"n\">10 h</td><td class=\"n\">0 h</td>")
                .contains("<tr><td>Beta</td><td class=\"n\">4 h</td><td class=\"n\">6 h</td>")
                .contains("<tr class=\"actual\">");
    }

    @Test
    void withABaselineDrawsItsFinishAndSaysHowFarBehind() {
        var baseline = new WeekPackingScheduler().schedule(SampleRoadmaps.logged(),
                PlanOptions.builder().capacity(Capacity.pool(10)).start(SampleRoadmaps.LOGGED_START).build());
        String html = HtmlPlanExporter.withoutToday().withBaseline(baseline).writeToString(SampleRoadmaps.loggedPlan(), SampleRoadmaps.logged());
        // baseline: 3 weeks, finishing 2026-12-27; with 4 h logged in week 2 the plan takes 4 weeks
        assertThat(html).contains("<g class=\"baseline\">").contains("Baseline finish: 2026-12-27")
                .contains("<dt>Baseline finish</dt>").contains("1 week behind");
        assertThat(HtmlPlanExporter.withoutToday().writeToString(SampleRoadmaps.loggedPlan(), SampleRoadmaps.logged()))
                .doesNotContain("<g class=\"baseline\">");
    }

    @Test
    void aPlanWithoutALogHasNoneOfIt() {
        String html = HtmlPlanExporter.withoutToday().writeToString(new WeekPackingScheduler().schedule(SampleRoadmaps.logged(),
                PlanOptions.builder().capacity(Capacity.pool(10)).start(SampleRoadmaps.LOGGED_START).build()), SampleRoadmaps.logged());
        assertThat(html).doesNotContain("<g class=\"history\">").doesNotContain("Logged and planned").doesNotContain("week actual");
    }
}
