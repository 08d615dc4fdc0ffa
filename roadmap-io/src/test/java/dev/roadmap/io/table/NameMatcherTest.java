package dev.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    private final NameMatcher m = NameMatcher.of(List.of("Calculus 1A: Differentiation", "Calculus 1B: Integration",
            "Object-Oriented Design", "Secure Software Development: Requirements, Design, and Reuse",
            "Build a Modern Computer: Nand to Tetris Part II", "Introdução à Computação com Python I", "Java"));

    @Test
    void followsTheLadderExactPartFoldedPrefix() {
        assertThat(m.match("Object-Oriented Design")).contains(new NameMatcher.Match(2, NameMatcher.Kind.EXACT));
        assertThat(m.match("Calculus 1A")).contains(new NameMatcher.Match(0, NameMatcher.Kind.PART));
        assertThat(m.match("Nand to Tetris Part II")).contains(new NameMatcher.Match(4, NameMatcher.Kind.PART));
        assertThat(m.match("object oriented design")).contains(new NameMatcher.Match(2, NameMatcher.Kind.FOLDED));
        assertThat(m.match("introducao a computacao com python i")).get().extracting(NameMatcher.Match::index).isEqualTo(5);
        assertThat(m.match("Secure Software Development: Requirements")).contains(new NameMatcher.Match(3, NameMatcher.Kind.PREFIX));
    }

    @Test
    void ambiguousOrOneWordPrefixesDoNotMatch() {
        assertThat(m.match("Calculus")).isEmpty();       // two titles start so
        assertThat(m.match("Secure")).isEmpty();         // one word is a topic, not a title
        assertThat(m.match("Jav")).isEmpty();
        assertThat(m.match("JavaScript")).isEmpty();
        assertThat(m.match("")).isEmpty();
    }

    @Test
    void manyTitlesWithSharedPrefixesStillMatch() {
        Random random = new Random(13);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            titles.add("Skill " + i + " " + Long.toString(random.nextLong(), 36));
        }
        NameMatcher big = NameMatcher.of(titles);
        for (int k = 0; k < 2_000; k++) {
            int i = random.nextInt(titles.size());
            assertThat(big.match(titles.get(i).toUpperCase())).get().extracting(NameMatcher.Match::index).isEqualTo(i);
        }
        assertThat(big.match("skill 1")).isEmpty();      // "skill 1 ..." starts many titles
    }
}
