package dev.roadmap.plugins.ics;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.time.LocalDate;

/** A plan made with a progress log: week 1 logged (A finished), week 2 logged (B begun), the rest planned. */
final class ProgressFixture {
    static final LocalDate START = LocalDate.of(2026, 12, 7);

    private ProgressFixture() {
    }

    static Roadmap roadmap() {
        return Roadmap.builder("logged").title("Logged").pace(Pace.of(10))
                .addSkill(Skill.builder("a", "Alpha").effort(Effort.ofHours(10)).build())
                .addSkill(Skill.builder("b", "Beta").effort(Effort.ofHours(10)).requires("a").build())
                .addSkill(Skill.builder("c", "Gamma").effort(Effort.ofHours(10)).requires("b").build())
                .build();
    }

    static Plan plan() {
        ProgressLog log = ProgressLog.empty("logged").append(ProgressEntry.of(START.plusDays(1), SkillId.of("a"), 10))
                .append(ProgressEntry.of(START.plusDays(8), SkillId.of("b"), 4));
        return new WeekPackingScheduler().schedule(roadmap(), PlanOptions.builder().capacity(Capacity.pool(10))
                .progress(log).today(START.plusDays(14)).build());
    }
}
