package dev.roadmap.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanWeekTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @Test
    void copiesTheCapacityInOrderAndIgnoresLaterChangesToTheGivenMap() {
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("math", 4.0);
        given.put("coding", 6.5);
        given.put("*", 1.0);
        PlanWeek week = new PlanWeek(1, MONDAY, given, List.of());
        given.put("math", 99.0);
        given.remove("*");
        assertThat(week.capacity().keySet()).containsExactly("math", "coding", "*");
        assertThat(week.capacity()).containsEntry("math", 4.0).containsEntry("coding", 6.5).hasSize(3)
                .isEqualTo(Map.of("math", 4.0, "coding", 6.5, "*", 1.0));
        assertThat(week.capacity().get("art")).isNull();
        assertThat(week.capacity().hashCode()).isEqualTo(Map.of("math", 4.0, "coding", 6.5, "*", 1.0).hashCode());
        assertThatThrownBy(() -> week.capacity().put("art", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> week.capacity().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void weeksGivenAnotherWeeksCapacityShareIt() {
        PlanWeek first = new PlanWeek(1, MONDAY, Map.of("*", 5.0), List.of());
        PlanWeek second = new PlanWeek(2, MONDAY.plusWeeks(1), first.capacity(), List.of());
        assertThat(second.capacity()).isSameAs(first.capacity());
        assertThat(second.renumbered(7).capacity()).isSameAs(first.capacity());
        assertThat(new PlanWeek(3, MONDAY, Map.of("*", 5.0), List.of()).capacity()).isNotSameAs(first.capacity())
                .isEqualTo(first.capacity());
    }
}
