package dev.roadmap.plugins.roadmapsh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegendTest {

    @Test
    void readsTheMeaningFromTheLabelsWords() {
        Map<Legend, List<String>> written = Map.of(
                Legend.NONE, List.of("", "   "),
                Legend.RECOMMENDED, List.of("Personal Recommendation / Opinion", "Recommended"),
                Legend.ALTERNATIVE, List.of("Alternative Option / Pick this or purple", "Pick one of these"),
                Legend.OPTIONAL, List.of("Optional / Learn if you want", "I wouldn't recommend", "Not recommended", "Good to know"),
                Legend.ANY_ORDER, List.of("Order not strict / Learn anytime", "Learn in any order"),
                Legend.OTHER, List.of("Beginner"));
        written.forEach((meaning, labels) ->
                assertThat(labels).allSatisfy(label -> assertThat(Legend.of(label)).as(label).isEqualTo(meaning)));
    }

    @Test
    void tagsSkillsWithAStableWord() {
        assertThat(List.of(Legend.values())).extracting(Legend::tag)
                .containsExactly("", "alternative", "optional", "order-not-strict", "recommended", "legend");
    }
}
