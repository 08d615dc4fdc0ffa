package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code roadmap-plan/1} output of a small hand-built plan. */
class PlanJsonExporterTest {
    private static final PlanJsonExporter EXPORTER = new PlanJsonExporter();
    private static final Roadmap ROADMAP = Roadmap.builder("ml-basics").build();
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static SkillId id(String value) {
        return SkillId.of(value);
    }

    private static Plan poolPlan() {
        Capacity capacity = Capacity.pool(10).withWeekOverride(2, 0);
        List<PlanWeek> weeks = List.of(
                new PlanWeek(1, START, Map.of("*", 10.0), List.of(
                        new Allocation(id("python"), "*", 10))),
                new PlanWeek(2, START.plusWeeks(1), Map.of("*", 0.0), List.of()),
                new PlanWeek(3, START.plusWeeks(2), Map.of("*", 10.0), List.of(
                        new Allocation(id("python"), "*", 5),
                        new Allocation(id("numpy"), "*", 3.3333333))));
        Map<SkillId, String> explanations = new LinkedHashMap<>();
        explanations.put(id("python"), "no prerequisites");
        explanations.put(id("numpy"), "starts after python finishes in week 3");
        return new Plan("ml-basics", START, capacity, 3, 2, 18.3333333, weeks,
                List.of(new ScheduledSkill(id("python"), 1, 3, 15), new ScheduledSkill(id("numpy"), 3, 3, 3.3333333)),
                List.of(new Unscheduled(id("research"), "open-ended effort")),
                List.of(Diagnostic.warning("open-ended-effort", "skill 'research' is open-ended",
                                SourceLocation.of("ml.json", 12, 5)),
                        Diagnostic.notice("note", "no location", SourceLocation.unknown("ml.json"))),
                explanations);
    }

    @Test
    void writesThePlanExactlyAsTheGoldenFile() {
        assertThat(EXPORTER.writeToString(poolPlan(), ROADMAP)).isEqualTo(text("plan.expected.json"));
    }

    @Test
    void writesPerTrackCapacityAndLeavesOutEmptyOptionalParts() {
        Map<String, Double> tracks = new LinkedHashMap<>();
        tracks.put("math", 4.0);
        tracks.put("coding", 6.5);
        Plan plan = new Plan("r", START, Capacity.perTrack(tracks), 1, 1, 1234567.891,
                List.of(new PlanWeek(1, START, tracks, List.of(new Allocation(id("a"), "math", 4)))),
                List.of(new ScheduledSkill(id("a"), 1, 1, 4)), List.of(), List.of(), Map.of());

        String json = EXPORTER.writeToString(plan, ROADMAP);

        assertThat(json).contains("\"capacity\": {\n    \"math\": 4,\n    \"coding\": 6.5\n  },\n  \"totalWeeks\": 1,")
                .contains("\"totalHours\": 1234567.89,")
                .contains("\"unscheduled\": [],\n  \"diagnostics\": []\n}\n")
                .doesNotContain("weekOverrides", "explanations", "E+", "E7");
    }

    @Test
    void describesItselfAsTheJsonPlanFormat() {
        assertThat(EXPORTER.descriptor().id()).isEqualTo("json");
        assertThat(EXPORTER.descriptor().extensions()).containsExactly("json");
    }
}
