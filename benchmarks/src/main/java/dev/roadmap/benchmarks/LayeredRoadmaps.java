package dev.roadmap.benchmarks;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Track;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * Seeded layered DAGs for benchmarks: {@code size} skills in layers of about {@code sqrt(size)},
 * each requiring up to {@code degree} skills of earlier layers, alternating between two declared
 * tracks ({@code math}, {@code coding}). The same seed always gives the same roadmap, so the
 * library and the raw reference see identical instances.
 */
public final class LayeredRoadmaps {
    /** The two tracks, in the order the raw reference numbers them. */
    public static final String[] TRACKS = {"math", "coding"};
    /** Weekly hours per track used by the scheduler benchmarks (a team-sized pace, so plans stay short). */
    public static final double HOURS_PER_TRACK = 20;
    /** Fixed first week, so plans do not depend on the clock. */
    public static final LocalDate START = LocalDate.of(2026, 12, 7);

    private LayeredRoadmaps() {
    }

    /**
     * @param size   number of skills
     * @param degree prerequisites per skill (none in the first layer)
     * @param seed   random seed
     * @return the roadmap
     */
    public static Roadmap generate(int size, int degree, long seed) {
        Random random = new Random(seed);
        int layerWidth = Math.max(1, (int) Math.sqrt(size));
        Roadmap.Builder b = Roadmap.builder("layered-" + size)
                .addTrack(Track.of(TRACKS[0], "Mathematics"))
                .addTrack(Track.of(TRACKS[1], "Programming"));
        SkillId[] ids = new SkillId[size];
        for (int i = 0; i < size; i++) {
            ids[i] = SkillId.of("s" + i);
            Skill.Builder s = Skill.builder(ids[i]).title("Skill " + i)
                    .effort(Effort.ofHours(1 + random.nextInt(10), 11 + random.nextInt(20)))
                    .track(TRACKS[i % 2]);
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

    /** @return plan options with {@link #HOURS_PER_TRACK} hours on each of the two tracks, starting at {@link #START} */
    public static PlanOptions twoTrackOptions() {
        return PlanOptions.builder()
                .capacity(Capacity.perTrack(Map.of(TRACKS[0], HOURS_PER_TRACK, TRACKS[1], HOURS_PER_TRACK)))
                .start(START)
                .build();
    }

    /**
     * The same instance as bare arrays for {@link RawCsrPipeline}, read through the public model:
     * prerequisite rows by document index (duplicates dropped, like the library), mid-estimate
     * hours, and track numbers.
     *
     * @param roadmap a roadmap from {@link #generate}
     * @return the arrays
     */
    public static RawCsrPipeline.Instance toArrays(Roadmap roadmap) {
        int n = roadmap.size();
        int[] off = new int[n + 1];
        int edges = 0;
        for (int i = 0; i < n; i++) {
            edges += roadmap.skill(i).requires().size();
        }
        int[] tgt = new int[edges];
        int[] seen = new int[n];
        java.util.Arrays.fill(seen, -1);
        double[] hours = new double[n];
        int[] track = new int[n];
        int e = 0;
        for (int i = 0; i < n; i++) {
            Skill s = roadmap.skill(i);
            off[i] = e;
            for (SkillId p : s.requires()) {
                int j = roadmap.indexOf(p);
                if (seen[j] != i) {
                    seen[j] = i;
                    tgt[e++] = j;
                }
            }
            hours[i] = s.effort().orElseThrow().midHours();
            track[i] = s.track().equals(TRACKS[0]) ? 0 : 1;
        }
        off[n] = e;
        return new RawCsrPipeline.Instance(n, off, java.util.Arrays.copyOf(tgt, e), hours, track,
                new double[] {HOURS_PER_TRACK, HOURS_PER_TRACK});
    }
}
