package dev.roadmap.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link NameFilter} never turns away a text that {@link NameMatcher} matches, and turns away most others. */
class NameFilterTest {
    private static final String[] WORDS = {"skill", "Skill", "intro", "Calculus", "1A", "2", "17", "java", "Java", "Script",
        "basics", "and", "Données", "Ёлка", "编程", "基础", "café", "CAFE", "x"};
    private static final String[] GLUE = {" ", " ", " ", "-", ", ", ": ", " (", ") ", "/", "  ", "*", "`", " and ", "：", "。"};

    @Test
    void everyTextTheMatcherMatchesMayMatch() {
        Random random = new Random(16);
        int matched = 0;
        int turnedAway = 0;
        for (int round = 0; round < 300; round++) {
            List<String> names = new ArrayList<>();
            for (int k = 1 + random.nextInt(30); k > 0; k--) {
                names.add(phrase(random));
            }
            NameMatcher matcher = NameMatcher.of(names);
            NameFilter filter = NameFilter.of(names);
            for (int q = 0; q < 200; q++) {
                String text = query(random, names);
                boolean may = filter.mayMatch(text);
                if (matcher.match(text).isPresent()) {
                    matched++;
                    assertThat(may).as("'%s' among %s", text, names).isTrue();
                } else if (!may) {
                    turnedAway++;
                }
            }
        }
        assertThat(matched).isGreaterThan(10_000);
        assertThat(turnedAway).isGreaterThan(5_000);
    }

    @Test
    void runsOfIdsAreTurnedAwayWhileTheirPartsAndTitlesPass() {
        NameFilter f = NameFilter.of(List.of("Skill 3", "Skill 0", "Calculus 1A: Differentiation", "Données de base"));
        assertThat(f.mayMatch("skill-3, skill-0")).isFalse();
        assertThat(f.mayMatch("Skill 1")).isFalse();
        assertThat(f.mayMatch("SKILL-3")).isTrue();
        assertThat(f.mayMatch("calculus 1a")).isTrue();
        assertThat(f.mayMatch("calculus")).isTrue();   // a start at a word boundary goes to the prefix search
        assertThat(f.mayMatch("calc")).isFalse();
        assertThat(f.mayMatch("donnees de base")).isTrue();   // not ASCII-folded here: the matcher decides
        assertThat(f.mayMatch("Données")).isTrue();
        assertThat(f.mayMatch("a: b")).isTrue();   // a part may match exactly
        assertThat(f.mayMatch("x, Skill 3, y", 3, 10)).isTrue();   // a part of a text, as if cut out
        assertThat(f.mayMatch("x, Skill 3, y", 0, 10)).isFalse();
    }

    @Test
    void aPlainTextWithMoreWordsThanAnyNameMatchesNone() {
        Random random = new Random(17);
        int beyond = 0;
        int atMost = 0;
        for (int round = 0; round < 300; round++) {
            List<String> names = new ArrayList<>();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                names.add(phrase(random));
            }
            NameMatcher matcher = NameMatcher.of(names);
            int most = NameFilter.mostWords(names);
            for (int q = 0; q < 200; q++) {
                // half of them run two names together as a list does ("skill-3, skill-0")
                String text = q % 2 == 0 ? query(random, names)
                        : query(random, names) + ", " + names.get(random.nextInt(names.size())).replace(' ', '-');
                boolean plain = text.chars().allMatch(c -> c < 0x80 && c != ':' && c != '(');
                if (!plain) {
                    continue;
                }
                if (NameFilter.words(text, 0, text.length()) > most) {
                    beyond++;
                    assertThat(matcher.match(text)).as("'%s' among %s (%d words at most)", text, names, most).isEmpty();
                } else if (matcher.match(text).isPresent()) {
                    atMost++;
                }
            }
        }
        assertThat(beyond).isGreaterThan(2_000);
        assertThat(atMost).isGreaterThan(2_000);
        assertThat(NameFilter.words("skill-3, skill-0", 0, 16)).isEqualTo(4);
        assertThat(NameFilter.mostWords(List.of("Skill 3", "Calculus 1A: Differentiation of functions"))).isEqualTo(5);
    }

    private static String phrase(Random random) {
        StringBuilder b = new StringBuilder();
        for (int w = 1 + random.nextInt(4); w > 0; w--) {
            b.append(WORDS[random.nextInt(WORDS.length)]);
            if (w > 1) {
                b.append(GLUE[random.nextInt(GLUE.length)]);
            }
        }
        return random.nextInt(10) == 0 ? " *" + b + ".;" : b.toString();
    }

    /** A name as written, changed the ways readers change names, or two names run together, or anything. */
    private static String query(Random random, List<String> names) {
        String name = names.get(random.nextInt(names.size()));
        return switch (random.nextInt(8)) {
            case 0 -> name;
            case 1 -> name.toUpperCase(Locale.ROOT);
            case 2 -> name.toLowerCase(Locale.ROOT).replace(' ', '-');
            case 3 -> name.substring(0, random.nextInt(name.length() + 1));
            case 4 -> name + GLUE[random.nextInt(GLUE.length)] + names.get(random.nextInt(names.size()));
            case 5 -> {
                int colon = name.indexOf(':');
                yield colon > 0 ? name.substring(colon + 1) : "`" + name + "`";
            }
            case 6 -> name.substring(0, name.length() / 2).strip();
            default -> phrase(random);
        };
    }
}
