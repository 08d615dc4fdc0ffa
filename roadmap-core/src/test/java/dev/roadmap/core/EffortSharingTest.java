package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffortSharingTest {

    private static Effort effortOf(Effort given) {
        return Skill.builder(SkillId.of("s")).effort(given).build().effort().orElseThrow();
    }

    @Test
    void skillsWithTheSameCommonEffortShareOneInstance() {
        Effort a = effortOf(Effort.ofHours(10, 20));
        Effort b = effortOf(new Effort(10, 20, false));
        assertThat(a).isSameAs(b).isEqualTo(Effort.ofHours(10, 20));
        assertThat(effortOf(Effort.ofHours(48))).isSameAs(effortOf(Effort.ofHours(48)));
        assertThat(effortOf(Effort.openEnded(0))).isSameAs(effortOf(Effort.openEnded(0)));
        assertThat(effortOf(Effort.ofHours(0))).isSameAs(effortOf(Effort.ofHours(0)));
    }

    @Test
    void otherEffortsAreKeptAsGivenAndEveryEffortStaysEqual() {
        for (Effort e : new Effort[] {Effort.ofHours(1.5, 3), Effort.ofHours(10, 49), Effort.ofHours(100),
                Effort.openEnded(5), new Effort(-0.0, 0, false), new Effort(-0.0, -0.0, false)}) {
            Effort kept = effortOf(e);
            assertThat(kept).isSameAs(e).isEqualTo(e);
        }
        assertThat(effortOf(new Effort(-0.0, 3, false)).minHours()).isEqualTo(-0.0);
        assertThat(Skill.builder(SkillId.of("s")).build().effort()).isEmpty();
    }
}
