package dev.roadmap.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.SkillId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyWeeksTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static PlanWeek week(int w) {
        List<Allocation> allocations = w % 2 == 0 ? List.of() : List.of(new Allocation(SkillId.of("s" + w), "*", w));
        return new PlanWeek(w, MONDAY.plusWeeks(w - 1L), Map.of("*", 8.0), allocations);
    }

    @Test
    void readsLikeTheListOfItsWeeks() {
        List<PlanWeek> lazy = LazyWeeks.of(5, LazyWeeksTest::week);
        List<PlanWeek> eager = new ArrayList<>();
        for (int w = 1; w <= 5; w++) {
            eager.add(week(w));
        }
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasSize(5);
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy.get(2).week()).isEqualTo(3);
        assertThat(lazy.subList(1, 3)).containsExactly(week(2), week(3));
        assertThat(LazyWeeks.of(0, LazyWeeksTest::week)).isEqualTo(List.of());
        assertThatThrownBy(() -> lazy.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lazy.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void makesAWeekOnlyWhenItIsReadAndOnce() {
        AtomicInteger made = new AtomicInteger();
        List<PlanWeek> lazy = LazyWeeks.of(300, w -> {
            made.incrementAndGet();
            return week(w);
        });
        assertThat(lazy.size()).isEqualTo(300);
        assertThat(made).hasValue(0);
        PlanWeek first = lazy.get(0);
        assertThat(lazy.get(0)).isSameAs(first);
        assertThat(made).hasValue(1);
        lazy.forEach(w -> { });
        assertThat(made).hasValue(300);
    }

    @Test
    void refusesAWeekFunctionThatGivesTheWrongWeekOrNothing() {
        assertThatThrownBy(() -> LazyWeeks.of(3, w -> week(w + 1)).get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("week 2 for week 1");
        assertThatThrownBy(() -> LazyWeeks.of(3, w -> null).get(1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LazyWeeks.of(-1, LazyWeeksTest::week)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutableAndKeptAsItIsByThePlan() {
        List<PlanWeek> lazy = LazyWeeks.of(2, LazyWeeksTest::week);
        assertThatThrownBy(() -> lazy.add(week(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.set(0, week(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(lazy::clear).isInstanceOf(UnsupportedOperationException.class);
        Plan plan = new Plan("r", MONDAY, Capacity.pool(8), 2, 2, 1, lazy, List.of(), List.of(), List.of(), Map.of());
        assertThat(plan.weeks()).isSameAs(lazy);
        Plan copied = new Plan("r", MONDAY, Capacity.pool(8), 2, 2, 1, new ArrayList<>(lazy), List.of(), List.of(), List.of(),
                Map.of());
        assertThat(copied.weeks()).isNotSameAs(lazy);
        assertThat(copied).isEqualTo(plan).hasSameHashCodeAs(plan);
    }
}
