package dev.roadmap.scheduler;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A manual timing run (not a test, not an assertion): {@code ScaleRun SKILLS EDGES_PER_SKILL [PRIORITY]}
 * builds a random roadmap on three tracks and reports how long validation and planning take.
 * The benchmarks module measures this properly with JMH.
 */
public final class ScaleRun {
    private ScaleRun() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Random rnd = new Random(42);
        String[] tracks = {"math", "coding", "english"};
        SkillId[] ids = new SkillId[n];
        List<Skill> skills = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids[i] = SkillId.of("s" + i);
            Skill.Builder b = Skill.builder(ids[i]).effort(Effort.ofHours(1 + rnd.nextInt(20))).track(tracks[rnd.nextInt(3)]);
            for (int k = 0; k < edges && i > 0; k++) {
                b.requires(ids[Math.max(0, i - 1 - rnd.nextInt(Math.min(i, 5000)))]);
            }
            skills.add(b.build());
        }
        Roadmap roadmap = Roadmap.builder("scale").addSkills(skills).build();
        PlanOptions options = PlanOptions.builder().capacity(Capacity.perTrack(Map.of("math", 40.0, "coding", 60.0,
                "english", 20.0))).start(java.time.LocalDate.of(2026, 12, 7))
                .priority(args.length > 2 ? PlanOptions.Priority.valueOf(args[2]) : PlanOptions.Priority.COHERENT).build();
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            boolean valid = Validator.standard().validate(roadmap).isValid();
            long t1 = System.nanoTime();
            Plan plan = scheduler.schedule(roadmap, options);
            long t2 = System.nanoTime();
            System.out.printf("n=%d edges=%d valid=%s validate=%d ms schedule(incl. validation)=%d ms weeks=%d bound=%d quality=%.3f%n",
                    n, edges, valid, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, plan.totalWeeks(), plan.lowerBoundWeeks(),
                    plan.quality());
        }
    }
}
