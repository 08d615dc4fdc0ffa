package dev.roadmap.scheduler;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Track;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;
import java.util.Map;

/** Small builders for test roadmaps. */
final class TestRoadmaps {
    static final LocalDate START = LocalDate.of(2026, 12, 7);

    private TestRoadmaps() {
    }

    static Skill.Builder flex(String id, double hours, String... requires) {
        return Skill.builder(id, id).effort(Effort.ofHours(hours)).requires(requires);
    }

    static Skill.Builder rigid(String id, int weeks, Map<String, Double> load, String... requires) {
        return Skill.builder(id, id).rigidPace(new RigidPace(weeks, load)).requires(requires);
    }

    static Roadmap roadmap(Skill.Builder... skills) {
        Roadmap.Builder b = Roadmap.builder("test").pace(Pace.of(10));
        for (Skill.Builder s : skills) {
            b.addSkill(s.build());
        }
        return b.build();
    }

    static Roadmap withTracks(Roadmap r, String... tracks) {
        Roadmap.Builder b = r.toBuilder();
        for (String t : tracks) {
            b.addTrack(Track.of(t, t));
        }
        return b.build();
    }

    static PlanOptions.Builder pool(double hours) {
        return PlanOptions.builder().capacity(Capacity.pool(hours)).start(START);
    }

    static PlanOptions.Builder tracks(Map<String, Double> hours) {
        return PlanOptions.builder().capacity(Capacity.perTrack(hours)).start(START);
    }
}
