package dev.roadmap.benchmarks;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.util.Random;

/**
 * Seeded layered DAGs for benchmarks: {@code size} skills in layers of about {@code sqrt(size)},
 * each requiring up to {@code degree} skills of earlier layers, on two tracks.
 */
public final class LayeredRoadmaps {
    private LayeredRoadmaps() {
    }

    /**
     * @param size   number of skills
     * @param degree prerequisites per skill (fewer in the first layer)
     * @param seed   random seed
     * @return the roadmap
     */
    public static Roadmap generate(int size, int degree, long seed) {
        Random random = new Random(seed);
        int layerWidth = Math.max(1, (int) Math.sqrt(size));
        Roadmap.Builder b = Roadmap.builder("layered-" + size);
        SkillId[] ids = new SkillId[size];
        for (int i = 0; i < size; i++) {
            ids[i] = SkillId.of("s" + i);
            Skill.Builder s = Skill.builder(ids[i]).title("Skill " + i)
                    .effort(Effort.ofHours(1 + random.nextInt(10), 11 + random.nextInt(20)))
                    .track(i % 2 == 0 ? "math" : "coding");
            int layerStart = (i / layerWidth) * layerWidth;
            if (layerStart > 0) {
                for (int k = 0; k < degree; k++) {
                    s.requires(ids[random.nextInt(layerStart)]);
                }
            }
            b.addSkill(s.build());
        }
        return b.build();
    }
}
