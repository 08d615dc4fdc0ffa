package dev.roadmap.scheduler;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import java.util.Map;
import java.util.Random;

/** Roadmaps an app re-plans: three tracks at the author's hours, local prerequisites, topics, the first tenth done. */
public final class ReplanRoadmaps {
    private static final String[] TRACKS = {"theory", "practice", "language"};

    private ReplanRoadmaps() {
    }

    /**
     * @param size number of skills
     * @param seed random seed
     * @return the roadmap
     */
    public static Roadmap realistic(int size, long seed) {
        Random rnd = new Random(seed);
        Roadmap.Builder b = Roadmap.builder("replan-" + size)
                .pace(new Pace(10, Map.of("theory", 3.0, "practice", 5.0, "language", 2.0)));
        for (int i = 0; i < size; i++) {
            int low = 2 + rnd.nextInt(10);
            Skill.Builder s = Skill.builder("k" + i, "K " + i).effort(Effort.ofHours(low, low + 1 + rnd.nextInt(10)))
                    .track(TRACKS[rnd.nextInt(3)]).status(i < size / 10 ? Status.DONE : Status.TODO);
            for (int t = 4 + rnd.nextInt(5); t > 0; t--) {
                s.addTopic(Topic.of("t" + t, i < size / 10));
            }
            for (int k = i == 0 ? 0 : 1 + rnd.nextInt(3); k > 0; k--) {
                s.requires("k" + Math.max(0, i - 1 - rnd.nextInt(Math.min(i, 20))));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }
}
