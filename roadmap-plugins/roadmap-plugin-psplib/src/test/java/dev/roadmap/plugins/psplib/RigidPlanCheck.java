package dev.roadmap.plugins.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.ScheduledSkill;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a plan of an imported PSPLIB roadmap from the roadmap alone, independently of the
 * scheduler: every skill planned once for exactly its weeks, after its prerequisites, and no week
 * over any track's hours.
 */
final class RigidPlanCheck {
    private RigidPlanCheck() {
    }

    static void verify(Roadmap r, Plan plan) {
        Map<SkillId, ScheduledSkill> byId = new HashMap<>();
        plan.skills().forEach(s -> byId.put(s.id(), s));
        assertThat(byId).hasSize(r.size());
        Map<String, Double> cap = r.pace().orElseThrow().trackHours();
        Map<String, double[]> used = new HashMap<>();
        int total = 0;
        for (Skill s : r.skills()) {
            ScheduledSkill p = byId.get(s.id());
            assertThat(p).as("%s planned", s.id()).isNotNull();
            int weeks = s.rigidPace().orElseThrow().weeks();
            assertThat(p.finishWeek() - p.startWeek() + 1).as("%s runs its weeks", s.id()).isEqualTo(weeks);
            assertThat(p.startWeek()).isGreaterThanOrEqualTo(1);
            for (SkillId q : s.requires()) {
                assertThat(p.startWeek()).as("%s after %s", s.id(), q).isGreaterThan(byId.get(q).finishWeek());
            }
            total = Math.max(total, p.finishWeek());
            for (Map.Entry<String, Double> load : s.rigidPace().orElseThrow().hoursPerWeek().entrySet()) {
                double[] u = used.computeIfAbsent(load.getKey(), k -> new double[4096]);
                for (int w = p.startWeek(); w <= p.finishWeek(); w++) {
                    u[w] += load.getValue();
                }
            }
        }
        assertThat(plan.totalWeeks()).isEqualTo(total);
        used.forEach((track, u) -> {
            for (int w = 1; w < u.length; w++) {
                assertThat(u[w]).as("week %d track %s", w, track).isLessThanOrEqualTo(cap.get(track) + 1e-9);
            }
        });
    }
}
