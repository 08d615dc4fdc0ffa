package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PaceTextTest {

    @Test
    void writesOwnTrackHoursPlainlyAndOtherTracksByName() {
        assertThat(PaceText.format(new RigidPace(2, Map.of("*", 5.0)), "")).isEqualTo("2 weeks at 5 h a week");
        assertThat(PaceText.format(new RigidPace(1, Map.of("math", 1.5)), "math")).isEqualTo("1 week at 1.5 h a week");
        assertThat(PaceText.format(new RigidPace(1, Map.of("math", 1.5)), "")).isEqualTo("1 week at math 1.5 h a week");
        Map<String, Double> two = new LinkedHashMap<>();
        two.put("theory", 2.0);
        two.put("practice", 4.0);
        assertThat(PaceText.format(new RigidPace(2, two), "theory")).isEqualTo("2 weeks at theory 2 h + practice 4 h a week");
    }

    @Test
    void readsWhatItWritesAndNothingElse() {
        assertThat(PaceText.parse("3 weeks at 2.5 h a week", "lab")).contains(new RigidPace(3, Map.of("lab", 2.5)));
        assertThat(PaceText.parse("3 weeks at 2.5 h a week", "")).contains(new RigidPace(3, Map.of("*", 2.5)));
        for (String other : new String[] {"2 weeks", "20-30h", "2 weeks at 5 h", "at 5 h a week", "two weeks at 5 h a week",
                "2 weeks at a + b 4 h a week", "2 weeks at 5 h + 4 h a week", "2 weeks at x 2 h + x 3 h a week",
                "0 weeks at 5 h a week", "2 weeks at 500 h a week", "2 weeks at five h a week"}) {
            assertThat(PaceText.parse(other, "t")).as(other).isEmpty();
        }
    }

    @Test
    void everyPaceSurvivesFormatThenParse() {
        Random random = new Random(14);
        for (int n = 0; n < 1000; n++) {
            Map<String, Double> hours = new LinkedHashMap<>();
            int tracks = 1 + random.nextInt(3);
            for (int t = 0; t < tracks; t++) {
                hours.put(random.nextBoolean() ? "t" + t : "*", random.nextInt(400) / 4.0);
            }
            RigidPace pace = new RigidPace(1 + random.nextInt(RigidPace.MAX_WEEKS), hours);
            String track = random.nextBoolean() ? "" : "t0";
            assertThat(PaceText.parse(PaceText.format(pace, track), track)).as(pace + " on " + track).contains(pace);
        }
    }

    @Test
    void restoreMakesPaceCellsRigidDissolvesTheUngroupedSectionAndIsIdempotent() {
        Roadmap imported = Roadmap.builder("r").addGroup(Group.of("g", "G")).addGroup(Group.of("ungrouped", "Ungrouped"))
                .addSkill(Skill.builder("a", "A").group("g").effort("2 weeks at 3 h a week", null).build())
                .addSkill(Skill.builder("b", "B").group("ungrouped").effort("2h", Effort.ofHours(2)).build())
                .build();

        Roadmap restored = ExportedShapes.restore(imported);

        assertThat(restored.groups()).extracting(Group::id).containsExactly("g");
        assertThat(restored.skill(0).rigidPace()).contains(new RigidPace(2, Map.of("*", 3.0)));
        assertThat(restored.skill(0).effortNotation()).isEmpty();
        assertThat(restored.skill(1).group()).isEmpty();
        assertThat(ExportedShapes.restore(restored)).isSameAs(restored);
    }

    @Test
    void theSubgroupsOfADissolvedSectionMoveUp() {
        Roadmap r = Roadmap.builder("r").addGroup(Group.of("ungrouped", "Ungrouped"))
                .addGroup(new Group("sub", "Sub", "ungrouped", dev.roadmap.core.Extensions.empty()))
                .addSkill(Skill.builder("a", "A").group("ungrouped").build())
                .addSkill(Skill.builder("b", "B").group("sub").build()).build();
        Roadmap restored = ExportedShapes.restore(r);
        assertThat(restored.groups()).containsExactly(Group.of("sub", "Sub"));
        assertThat(restored.skills()).extracting(Skill::group).containsExactly("", "sub");
    }
}
