package dev.roadmap.benchmarks;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.Track;
import java.util.Map;
import java.util.Random;

/**
 * A seeded roadmap shaped like the ones learners follow: a few hundred skills in groups of ten on
 * three tracks with the author's weekly hours, mostly local prerequisites (one to three among the
 * previous twenty skills), efforts as ranges, four to eight topics and a resource per skill, and the
 * first tenth already done.
 */
public final class RealisticRoadmaps {
    /** The tracks and the author's suggested weekly hours on each. */
    public static final Map<String, Double> TRACK_HOURS = Map.of("math", 3.0, "coding", 5.0, "english", 2.0);

    private RealisticRoadmaps() {
    }

    /**
     * @param size number of skills
     * @param seed random seed
     * @return the roadmap
     */
    public static Roadmap generate(int size, long seed) {
        Random random = new Random(seed);
        String[] tracks = {"math", "coding", "english"};
        Roadmap.Builder b = Roadmap.builder("realistic-" + size).title("A realistic roadmap")
                .pace(new Pace(10, TRACK_HOURS))
                .addTrack(Track.of("math", "Mathematics"))
                .addTrack(Track.of("coding", "Programming"))
                .addTrack(Track.of("english", "English"));
        for (int g = 0; g * 10 < size; g++) {
            b.addGroup(Group.of("g" + g, "Module " + (g + 1)));
        }
        SkillId[] ids = new SkillId[size];
        for (int i = 0; i < size; i++) {
            ids[i] = SkillId.of("skill-" + i);
            int low = 2 + random.nextInt(10);
            Skill.Builder s = Skill.builder(ids[i]).title("Skill number " + i)
                    .description("What skill " + i + " is about.")
                    .effort(Effort.ofHours(low, low + 1 + random.nextInt(10)))
                    .track(tracks[random.nextInt(tracks.length)])
                    .group("g" + (i / 10))
                    .status(i < size / 10 ? Status.DONE : Status.TODO)
                    .addResource(Resource.of("Reading " + i, "https://example.org/" + i));
            int topics = 4 + random.nextInt(5);
            for (int t = 0; t < topics; t++) {
                s.addTopic(Topic.of("Topic " + t + " of skill " + i, i < size / 10));
            }
            if (i > 0) {
                int prereqs = 1 + random.nextInt(3);
                for (int k = 0; k < prereqs; k++) {
                    s.requires(ids[Math.max(0, i - 1 - random.nextInt(Math.min(i, 20)))]);
                }
            }
            b.addSkill(s.build());
        }
        return b.build();
    }
}
