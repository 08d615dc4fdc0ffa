package dev.roadmap.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PlanCsvExporterTest {

    @Test
    void writesOneRowPerWeekAndSkillWithDatesAndHours() {
        Roadmap r = SampleRoadmaps.sample();
        Plan plan = SampleRoadmaps.plan(r);
        List<CSVRecord> rows = CsvFormatContractTest.parse(new PlanCsvExporter().writeToString(plan, r));
        assertThat(rows.get(0).toList()).containsExactly("week", "week_start", "week_end", "skill", "title", "track", "hours");
        List<CSVRecord> data = rows.subList(1, rows.size());
        long allocations = plan.weeks().stream().mapToLong(w -> w.allocations().size()).sum();
        assertThat(data).hasSize((int) allocations);
        assertThat(data.stream().mapToDouble(row -> Double.parseDouble(row.get(6))).sum())
                .isCloseTo(plan.totalHours(), org.assertj.core.data.Offset.offset(1e-9));
        for (CSVRecord row : data) {
            int week = Integer.parseInt(row.get(0));
            LocalDate start = LocalDate.parse(row.get(1));
            assertThat(start).isEqualTo(plan.start().plusWeeks(week - 1L));
            assertThat(LocalDate.parse(row.get(2))).isEqualTo(start.plusDays(6));
            assertThat(row.get(4)).isEqualTo(r.skill(dev.roadmap.core.SkillId.of(row.get(3))).orElseThrow().title());
        }
    }
}
