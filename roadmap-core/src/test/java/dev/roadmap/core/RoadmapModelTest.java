package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoadmapModelTest {

    @Test
    void equalityIgnoresWhereTheRoadmapWasRead() {
        Roadmap a = TestRoadmaps.of("x", "y:x");
        Roadmap b = a.toBuilder().sourceMap(SourceMap.empty("other.json")).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toBuilder().title("changed").build()).isNotEqualTo(a);
    }

    @Test
    void collectionsAreImmutableCopies() {
        Skill.Builder builder = Skill.builder("s", "S").requires("a");
        Skill s = builder.build();
        builder.requires("b");
        assertThat(s.requires()).extracting(SkillId::value).containsExactly("a");
        assertThatThrownBy(() -> s.requires().add(SkillId.of("c"))).isInstanceOf(UnsupportedOperationException.class);
        Roadmap r = Roadmap.builder("r").addSkill(s).build();
        assertThatThrownBy(() -> r.skills().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void skillIdsRejectWhitespaceAndEmpty() {
        assertThat(SkillId.isValid("linear-algebra")).isTrue();
        assertThat(SkillId.isValid("线性代数")).isTrue();
        assertThatThrownBy(() -> SkillId.of("two words")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SkillId.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void skillIdCharactersAreJudgedAsTheirString() {
        java.util.Random random = new java.util.Random(17);
        String alphabet = "ab-_.\u00a0 \t\n\u2003\u0085\u4e2d\u00e9\u0000\u200b";
        for (int n = 0; n < 3_000; n++) {
            char[] text = new char[random.nextInt(8)];
            for (int i = 0; i < text.length; i++) {
                text[i] = random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('a' + random.nextInt(3));
            }
            String value = new String(text);
            char[] padded = (" " + value + " ").toCharArray();
            assertThat(SkillId.isValid(padded, 1, text.length)).as(value).isEqualTo(SkillId.isValid(value));
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean definition = !(Character.isWhitespace(ch) || Character.isISOControl(ch) || Character.isSpaceChar(ch));
            assertThat(SkillId.isValid(String.valueOf(ch))).as("U+%04X", c).isEqualTo(definition);
        }
        char[] tooLong = new char[SkillId.MAX_LENGTH + 1];
        java.util.Arrays.fill(tooLong, 'a');
        assertThat(SkillId.isValid(tooLong, 0, tooLong.length)).isFalse();
        assertThat(SkillId.isValid(tooLong, 0, SkillId.MAX_LENGTH)).isTrue();
    }

    @Test
    void effortValidatesItsRange() {
        assertThatThrownBy(() -> Effort.ofHours(5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Effort.ofHours(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Effort.ofHours(10, 20).hours(Effort.Estimate.MID)).isEqualTo(15);
        assertThat(Effort.openEnded(4).hours(Effort.Estimate.HIGH)).isEqualTo(4);
    }

    @Test
    void rigidPaceDescribesItselfWithTracksInNameOrder() {
        assertThat(new RigidPace(3, Map.of("math", 2.0, "coding", 4.5)).describe()).isEqualTo("3 weeks at 4.5h coding, 2h math a week");
        assertThat(new RigidPace(1, Map.of("*", 6.0)).describe()).isEqualTo("1 week at 6h * a week");
    }

    @Test
    void rigidPaceNeedsWeeksAndHours() {
        assertThat(new RigidPace(3, Map.of("math", 2.0, "coding", 4.0)).totalHours()).isEqualTo(18);
        assertThatThrownBy(() -> new RigidPace(0, Map.of("*", 1.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RigidPace(2, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RigidPace(2, Map.of("math", 169.0))).hasMessage(
                "weekly hours of track math must be in [0, 168], got 169.0");
        assertThatThrownBy(() -> new Pace(10, Map.of("math", -1.0))).hasMessage("hours of track math must be in [0, 168], got -1.0");
    }

    @Test
    void choiceDefaultFallsBackToFirstOption() {
        Choice c = Choice.of("c", "C", "", List.of(ChoiceOption.of("a", "A", List.of()), ChoiceOption.of("b", "B", List.of())));
        assertThat(c.effectiveDefault()).map(ChoiceOption::id).hasValue("a");
        Choice d = Choice.of("c", "C", "b", c.options());
        assertThat(d.effectiveDefault()).map(ChoiceOption::id).hasValue("b");
    }

    @Test
    void sourceMapFallsBackToNearestKnownAncestor() {
        SourceMap map = new SourceMap.Builder("f.json").put("skills/2", 10, 5).build();
        assertThat(map.locate("skills/2/requires/0")).hasToString("f.json:10:5");
        assertThat(map.locate("skills/3")).hasToString("f.json");
    }

    @Test
    void indexFindsFirstSkillWithAnId() {
        Roadmap r = TestRoadmaps.of("a", "b", "a");
        assertThat(r.indexOf(SkillId.of("a"))).isZero();
        assertThat(r.indexOf(SkillId.of("zz"))).isEqualTo(-1);
        assertThat(r.effectivePace().hoursPerWeek()).isEqualTo(Pace.DEFAULT_HOURS_PER_WEEK);
    }
}
