package dev.roadmap.io.json.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.ProgressReport;
import dev.roadmap.io.json.PlanJsonExporter;
import dev.roadmap.io.plan.StatusTextWriter;
import dev.roadmap.io.schema.Schemas;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusJsonWriterTest {
    private static final JsonSchema STATUS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Schemas.status());

    private static ProgressReport report(Optional<LocalDate> baseline, Optional<Integer> behind) {
        return new ProgressReport("ml-basics", LocalDate.of(2026, 12, 21), 22.5, 172.5, 11.5, 1, 1, 6,
                LocalDate.of(2027, 7, 25), baseline, behind, new ProgressReport.Week(LocalDate.of(2026, 12, 21), 2, 10),
                List.of(new ProgressReport.SkillLine(SkillId.of("python"), Status.DONE, 25, 22.5, 0,
                        Optional.of(LocalDate.of(2026, 12, 27)), Optional.of(LocalDate.of(2026, 12, 18)))));
    }

    @Test
    void writesTheDesignsFieldsWithTheirNamesAndNumbersAndMatchesTheSchema() throws IOException {
        String json = StatusJsonWriter.writeToString(report(Optional.of(LocalDate.of(2027, 7, 18)), Optional.of(1)));
        assertThat(json).contains("\"format\" : \"roadmap-status/1\"".replace(" : ", ": "))
                .contains("\"roadmap\": \"ml-basics\"", "\"today\": \"2026-12-21\"", "\"hoursLogged\": 22.5",
                        "\"hoursRemaining\": 172.5", "\"percentDone\": 11.5", "\"skillsDone\": 1", "\"skillsTotal\": 8",
                        "\"projectedFinish\": \"2027-07-25\"", "\"baselineFinish\": \"2027-07-18\"", "\"weeksBehind\": 1",
                        "\"id\": \"python\"", "\"status\": \"done\"", "\"plannedHours\": 25", "\"loggedHours\": 22.5",
                        "\"remainingHours\": 0");
        var node = new ObjectMapper().readTree(json);
        assertThat(STATUS.validate(node)).isEmpty();
        assertThat(node.get("skills").get(0).get("plannedHours").isIntegralNumber()).isTrue();
    }

    @Test
    void baselineFieldsAreNullWithoutABaseline() throws IOException {
        var node = new ObjectMapper().readTree(StatusJsonWriter.writeToString(report(Optional.empty(), Optional.empty())));
        assertThat(node.get("baselineFinish").isNull()).isTrue();
        assertThat(node.get("weeksBehind").isNull()).isTrue();
        assertThat(STATUS.validate(node)).isEmpty();
    }

    @Test
    void textSaysAheadOrBehind() {
        assertThat(StatusTextWriter.write(report(Optional.of(LocalDate.of(2027, 7, 18)), Optional.of(1))))
                .contains("1 week behind").contains("22.5 h logged").contains("python");
        assertThat(StatusTextWriter.write(report(Optional.of(LocalDate.of(2027, 8, 8)), Optional.of(-2)))).contains("2 weeks ahead");
    }

    @Test
    void readsAWrittenPlanBackForABaseline() throws IOException {
        String written;
        try (InputStream in = getClass().getResourceAsStream("/json/plan.expected.json")) {
            written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Plan plan = PlanJsonReader.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "b.json", ReadLimits.defaults());
        String again = new PlanJsonExporter().writeToString(plan, dev.roadmap.core.Roadmap.builder(plan.roadmap()).build());
        var a = new ObjectMapper().readTree(written);
        var b = new ObjectMapper().readTree(again);
        for (String field : List.of("roadmap", "start", "capacity", "totalWeeks", "lowerBoundWeeks", "totalHours", "weeks", "skills",
                "unscheduled")) {
            assertThat(b.get(field)).as(field).isEqualTo(a.get(field));
        }
        assertThatThrownBy(() -> PlanJsonReader.read(new ByteArrayInputStream("{\"format\": \"roadmap/1\"}".getBytes(StandardCharsets.UTF_8)),
                "b.json", ReadLimits.defaults())).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.code()).isEqualTo(PlanJsonReader.WRONG_FORMAT));
    }
}
