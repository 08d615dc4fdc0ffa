package dev.roadmap.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.SkillId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyExplanationsTest {
    private static final List<SkillId> IDS = List.of(SkillId.of("c"), SkillId.of("a"), SkillId.of("b"));

    @Test
    void readsLikeTheOrderedMapOfItsTexts() {
        Map<SkillId, String> lazy = LazyExplanations.of(IDS, i -> "text " + i);
        Map<SkillId, String> eager = new LinkedHashMap<>();
        for (int i = 0; i < IDS.size(); i++) {
            eager.put(IDS.get(i), "text " + i);
        }
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(lazy.keySet()).containsExactly(SkillId.of("c"), SkillId.of("a"), SkillId.of("b"));
        assertThat(lazy.values()).containsExactly("text 0", "text 1", "text 2");
        assertThat(lazy.get(SkillId.of("b"))).isEqualTo("text 2");
        assertThat(lazy.get(SkillId.of("z"))).isNull();
        assertThat(lazy.get("b")).isNull();
        assertThat(lazy.getOrDefault(SkillId.of("z"), "none")).isEqualTo("none");
        assertThat(lazy.containsKey(SkillId.of("a"))).isTrue();
        assertThat(lazy.keySet().contains(SkillId.of("q"))).isFalse();
    }

    @Test
    void writesATextOnlyWhenItIsRead() {
        AtomicInteger written = new AtomicInteger();
        Map<SkillId, String> lazy = LazyExplanations.of(IDS, i -> {
            written.incrementAndGet();
            return "t" + i;
        });
        assertThat(lazy.keySet()).hasSize(3);
        assertThat(lazy.containsKey(SkillId.of("a"))).isTrue();
        assertThat(written).hasValue(0);
        assertThat(lazy.get(SkillId.of("a"))).isEqualTo("t1");
        assertThat(written).hasValue(1);
    }

    @Test
    void isImmutableAndKeptAsItIsByThePlan() {
        LazyExplanations lazy = LazyExplanations.of(IDS, i -> "t" + i);
        assertThatThrownBy(() -> lazy.put(SkillId.of("d"), "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.remove(SkillId.of("a"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(lazy::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.keySet().iterator().remove()).isInstanceOf(RuntimeException.class);
        Plan plan = new Plan("r", LocalDate.of(2026, 1, 5), Capacity.pool(5), 0, 0, 0, List.of(), List.of(), List.of(),
                List.of(), lazy);
        assertThat(plan.explanations()).isSameAs(lazy);
        Map<SkillId, String> copied = new Plan("r", LocalDate.of(2026, 1, 5), Capacity.pool(5), 0, 0, 0, List.of(), List.of(),
                List.of(), List.of(), new LinkedHashMap<>(lazy)).explanations();
        assertThat(copied).isEqualTo(lazy).isNotSameAs(lazy);
    }

    @Test
    void refusesAnIdExplainedTwiceAtTheFirstLookup() {
        LazyExplanations twice = LazyExplanations.of(List.of(SkillId.of("a"), SkillId.of("a")), i -> "t");
        assertThatThrownBy(() -> twice.get(SkillId.of("a"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
    }

    @Test
    void findsEveryIdOfALargeMap() {
        List<SkillId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(SkillId.of("s" + i));
        }
        LazyExplanations lazy = LazyExplanations.of(ids, i -> "t" + i);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(lazy.get(ids.get(i))).isEqualTo("t" + i);
        }
        assertThat(lazy.get(SkillId.of("s5000"))).isNull();
    }
}
