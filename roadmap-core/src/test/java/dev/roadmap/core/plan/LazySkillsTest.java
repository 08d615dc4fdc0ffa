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

/** A plan's skills made when read: the same list as the skills made at once, each made once, kept by the plan. */
class LazySkillsTest {
    private static ScheduledSkill skill(int i) {
        return new ScheduledSkill(SkillId.of("s" + i), 1 + i / 3, 2 + i / 2, i * 1.25);
    }

    @Test
    void readsLikeTheListOfItsSkillsAndMakesEachOnceWhenRead() {
        AtomicInteger made = new AtomicInteger();
        List<ScheduledSkill> lazy = LazySkills.of(40, i -> made.incrementAndGet() > 0 ? skill(i) : null);
        assertThat(made).hasValue(0);
        List<ScheduledSkill> eager = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            eager.add(skill(i));
        }
        ScheduledSkill third = lazy.get(2);
        assertThat(lazy.get(2)).isSameAs(third);
        assertThat(made).hasValue(1);
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasSize(40);
        assertThat(eager).isEqualTo(lazy);
        assertThat(made).hasValue(40);
        assertThat(LazySkills.of(0, LazySkillsTest::skill)).isEqualTo(List.of());
        assertThatThrownBy(() -> lazy.get(40)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lazy.add(skill(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.set(0, skill(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LazySkills.of(2, i -> null).get(1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPlanKeepsTheListAsItIs() {
        List<ScheduledSkill> lazy = LazySkills.of(3, LazySkillsTest::skill);
        Plan plan = new Plan("r", LocalDate.of(2026, 12, 7), Capacity.pool(8), 3, 3, 2.5, List.of(), lazy,
                List.of(), List.of(), Map.of());
        assertThat(plan.skills()).isSameAs(lazy);
        assertThat(plan.skill(SkillId.of("s1"))).contains(skill(1));
        Plan copied = new Plan("r", LocalDate.of(2026, 12, 7), Capacity.pool(8), 3, 3, 2.5, List.of(),
                new ArrayList<>(lazy), List.of(), List.of(), Map.of());
        assertThat(copied).isEqualTo(plan);
        assertThat(copied.skills()).isNotSameAs(lazy);
    }
}
