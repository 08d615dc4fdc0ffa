package dev.roadmap.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final Set<String> SKILL = Set.of("id", "title", "description", "effort", "pace", "track",
            "group", "requires", "recommends", "optional", "status", "topics", "resources", "projects", "tags");

    @Test
    void suggestsTheFieldOneTranspositionOrTypoAway() {
        assertThat(NearestName.of("requries", SKILL)).contains("requires");
        assertThat(NearestName.of("Requires", SKILL)).contains("requires");
        assertThat(NearestName.of("recomends", SKILL)).contains("recommends");
        assertThat(NearestName.of("tag", SKILL)).contains("tags");
        assertThat(NearestName.of("descripton", SKILL)).contains("description");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(NearestName.of("colour", SKILL)).isEmpty();
        assertThat(NearestName.of("x", SKILL)).isEmpty();
        assertThat(NearestName.of("prerequisites", SKILL)).isEmpty();
        assertThat(NearestName.of("a".repeat(10_000), SKILL)).isEmpty();
    }

    @Test
    void distanceIsASymmetricMetricOnRandomNames() {
        Random random = new Random(13);
        for (int n = 0; n < 500; n++) {
            String a = word(random);
            String b = word(random);
            assertThat(NearestName.distance(a, b)).isEqualTo(NearestName.distance(b, a));
            assertThat(NearestName.distance(a, a)).isZero();
            assertThat(NearestName.distance(a, b)).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        }
        assertThat(List.of(NearestName.distance("ab", "ba"), NearestName.distance("abc", "acb"))).containsOnly(1);
    }

    private static String word(Random random) {
        char[] c = new char[random.nextInt(8)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('a' + random.nextInt(4));
        }
        return new String(c);
    }
}
