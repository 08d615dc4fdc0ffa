package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceKeyTest {

    @Test
    void factoriesSpellTheSamePathsAsTheStringHelpers() {
        assertThat(SourceKey.skill(3).path()).isEqualTo(SourceMap.keySkill(3)).isEqualTo("skills/3");
        assertThat(SourceKey.skillField(3, "effort").path()).isEqualTo(SourceMap.keySkillField(3, "effort"));
        assertThat(SourceKey.skillEntry(3, "requires", 1).path()).isEqualTo(SourceMap.keySkillEntry(3, "requires", 1));
        assertThat(SourceKey.choiceSkill(2, 1, 0).path()).isEqualTo(SourceMap.keyChoiceSkill(2, 1, 0))
                .isEqualTo("choices/2/options/1/skills/0");
        assertThat(SourceKey.group(4).child("parent")).hasToString("groups/4/parent");
        assertThat(SourceKey.track(0)).isEqualTo(new SourceKey("tracks/0"));
        assertThatThrownBy(() -> new SourceKey("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedKeysLocateLikeTheirPathsWithTheNearestAncestorAsFallback() {
        SourceMap map = new SourceMap.Builder("r.json").put(SourceKey.skill(0), 3, 5)
                .put(SourceKey.group(1).child("parent"), 9, 2).build();
        assertThat(map.locate(SourceKey.skillEntry(0, "requires", 2))).isEqualTo(new SourceLocation("r.json", 3, 5));
        assertThat(map.locate(SourceKey.group(1).child("parent"))).isEqualTo(map.locate("groups/1/parent"));
        assertThat(map.locate(SourceKey.field("pace"))).isEqualTo(SourceLocation.unknown("r.json"));
    }
}
