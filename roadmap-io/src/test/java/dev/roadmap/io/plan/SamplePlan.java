package dev.roadmap.io.plan;

import dev.roadmap.core.Effort;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small hand-made plan on two tracks with a rigid block, a week off and an unscheduled skill. */
final class SamplePlan {
    private SamplePlan() {
    }

    static Roadmap roadmap() {
        return Roadmap.builder("ml-mini").title("ML | mini")
                .addSkill(Skill.builder("python", "Python basics").effort(Effort.ofHours(8)).track("coding").build())
                .addSkill(Skill.builder("linalg", "Linear algebra").effort(Effort.ofHours(6)).track("math").build())
                .addSkill(Skill.builder("course", "Stats_course").rigidPace(new RigidPace(2, Map.of("math", 2.0, "coding", 1.0)))
                        .requires("python").build())
                .addSkill(Skill.builder("practice", "Kaggle practice").effort(Effort.openEnded(0)).build())
                .build();
    }

    static Plan plan() {
        Map<String, Double> weekly = new LinkedHashMap<>();
        weekly.put("math", 4.0);
        weekly.put("coding", 6.0);
        Capacity capacity = Capacity.perTrack(weekly).withWeekOverride(2, 0);
        LocalDate start = LocalDate.of(2026, 12, 7);
        SkillId python = SkillId.of("python");
        SkillId linalg = SkillId.of("linalg");
        SkillId course = SkillId.of("course");
        List<PlanWeek> weeks = List.of(
                new PlanWeek(1, start, Map.of("math", 4.0, "coding", 6.0),
                        List.of(new Allocation(python, "coding", 6), new Allocation(linalg, "math", 4))),
                new PlanWeek(2, start.plusWeeks(1), ordered(0, 0), List.of()),
                new PlanWeek(3, start.plusWeeks(2), ordered(4, 6),
                        List.of(new Allocation(python, "coding", 2), new Allocation(linalg, "math", 2))),
                new PlanWeek(4, start.plusWeeks(3), ordered(4, 6),
                        List.of(new Allocation(course, "math", 2), new Allocation(course, "coding", 1))),
                new PlanWeek(5, start.plusWeeks(4), ordered(4, 6),
                        List.of(new Allocation(course, "math", 2), new Allocation(course, "coding", 1))));
        return new Plan("ml-mini", start, capacity, 5, 4, 20, weeks,
                List.of(new ScheduledSkill(python, 1, 3, 8), new ScheduledSkill(linalg, 1, 3, 6), new ScheduledSkill(course, 4, 5, 6)),
                List.of(new Unscheduled(SkillId.of("practice"), "open-ended effort")),
                List.of(Diagnostic.notice("open-ended-effort", "practice is open-ended", SourceLocation.unknown("<api>"))),
                Map.of());
    }

    private static Map<String, Double> ordered(double math, double coding) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("math", math);
        m.put("coding", coding);
        return m;
    }
}
