package dev.roadmap.plugins.testkit;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.util.Arrays;
import java.util.List;

/** Looking skills up in a roadmap under test, failing with what the roadmap holds instead. */
public final class Skills {

    private Skills() {
    }

    /**
     * @param roadmap the roadmap
     * @param id      a skill id
     * @return the skill with that id
     * @throws AssertionError naming the roadmap's skills when it has no such skill
     */
    public static Skill skill(Roadmap roadmap, String id) {
        return roadmap.skill(SkillId.of(id)).orElseThrow(() -> new AssertionError("no skill " + id + " in " + roadmap.skills()));
    }

    /**
     * @param ids skill ids
     * @return them as {@link SkillId}s, in order
     */
    public static List<SkillId> ids(String... ids) {
        return Arrays.stream(ids).map(SkillId::of).toList();
    }
}
