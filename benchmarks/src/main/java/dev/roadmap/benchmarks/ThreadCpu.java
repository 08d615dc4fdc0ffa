package dev.roadmap.benchmarks;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.validate.ValidationRule;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.scheduler.Replanner;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A manual companion to the JMH figures (not JMH): the CPU time one thread spends, from
 * {@link ThreadMXBean#getCurrentThreadCpuTime()}, which a machine shared with other work disturbs
 * far less than wall time. Best of five rounds on the same instances as the benchmarks.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.ThreadCpu scheduler 1000 10000 100000 1000000
 * java -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.ThreadCpu rules 1000 10000 100000
 * java -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.ThreadCpu replan
 * java -cp benchmarks/target/benchmarks.jar dev.roadmap.benchmarks.ThreadCpu replan weeks
 * </pre>
 * {@code replan} reads each plan's length only, as {@link ReplanBenchmark} does; {@code replan weeks}
 * also reads every week's allocations and every scheduled skill, which a plan makes only when they
 * are first read ({@link dev.roadmap.core.plan.LazyWeeks}, {@link dev.roadmap.core.plan.LazySkills}).
 */
public final class ThreadCpu {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 5;

    private ThreadCpu() {
    }

    /** @param args {@code scheduler SIZE...}, {@code rules SIZE...} or {@code replan [weeks]} */
    public static void main(String[] args) {
        switch (args.length == 0 ? "" : args[0]) {
            case "scheduler" -> {
                for (int i = 1; i < args.length; i++) {
                    scheduler(Integer.parseInt(args[i]));
                }
            }
            case "rules" -> {
                for (int i = 1; i < args.length; i++) {
                    rules(Integer.parseInt(args[i]));
                }
            }
            case "replan" -> replan(args.length > 1 && args[1].equals("weeks") ? ThreadCpu::readWeeks : Plan::totalWeeks);
            default -> System.err.println("usage: ThreadCpu scheduler SIZE... | rules SIZE... | replan [weeks]");
        }
    }

    private static void scheduler(int size) {
        Roadmap roadmap = LayeredRoadmaps.generate(size, 4, 42);
        PlanOptions options = LayeredRoadmaps.twoTrackOptions();
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        RawCsrPipeline.Instance arrays = LayeredRoadmaps.toArrays(roadmap);
        int reps = Math.max(1, 2_000_000 / size);
        long week = Long.MAX_VALUE;
        long raw = Long.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long c0 = MX.getCurrentThreadCpuTime();
            for (int k = 0; k < reps; k++) {
                sink += scheduler.schedule(roadmap, options).totalWeeks();
            }
            long c1 = MX.getCurrentThreadCpuTime();
            for (int k = 0; k < reps; k++) {
                sink += RawCsrPipeline.schedule(arrays).length;
            }
            long c2 = MX.getCurrentThreadCpuTime();
            week = Math.min(week, (c1 - c0) / reps);
            raw = Math.min(raw, (c2 - c1) / reps);
        }
        System.out.printf("size %,d: weekPacking %.2f ms, rawCsrReference %.2f ms thread CPU, ratio %.1f (%d)%n",
                size, week / 1e6, raw / 1e6, (double) week / raw, sink);
    }

    private static void rules(int size) {
        Roadmap roadmap = LayeredRoadmaps.generate(size, 4, 42);
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        PlanOptions options = LayeredRoadmaps.twoTrackOptions();
        StringBuilder line = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            line.setLength(0);
            long total = 0;
            for (ValidationRule rule : Validator.standard().rules()) {
                long c0 = MX.getCurrentThreadCpuTime();
                rule.check(roadmap);
                long spent = MX.getCurrentThreadCpuTime() - c0;
                total += spent;
                line.append(String.format(" %s %d ms;", rule.id(), spent / 1_000_000));
            }
            long c0 = MX.getCurrentThreadCpuTime();
            scheduler.schedule(roadmap, options);
            long plan = MX.getCurrentThreadCpuTime() - c0;
            line.insert(0, String.format("size %,d: plan %d ms, validation %d ms:", size, plan / 1_000_000, total / 1_000_000));
        }
        System.out.println(line);
    }

    /**
     * Thread CPU per re-plan of the 200-skill roadmap, for each budget: the full path (new roadmap,
     * {@code schedule}) and each change through a {@link Replanner}, as {@link ReplanBenchmark} runs them.
     *
     * @param read what is read of each plan: its length, or every week
     */
    private static void replan(ToIntFunction<Plan> read) {
        Roadmap base = RealisticRoadmaps.generate(200, 7);
        List<Skill> skills = base.skills();
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        for (PlanOptions.Budget budget : List.of(PlanOptions.Budget.FAST, PlanOptions.Budget.BALANCED)) {
            PlanOptions options = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).budget(budget).build();
            Replanner planner = Replanner.of(base, options);
            Replanner logging = Replanner.of(base, PlanOptions.builder().budget(budget).today(ReplanBenchmark.TODAY).build());
            report(budget, "full markSkillDone", i -> {
                List<Skill> updated = new ArrayList<>(skills);
                updated.set(i, skills.get(i).toBuilder().status(Status.DONE).build());
                return read.applyAsInt(scheduler.schedule(base.toBuilder().setSkills(updated).build(), options));
            });
            report(budget, "markSkillDone", i -> read.applyAsInt(planner.withStatus(skills.get(i).id(), Status.DONE).plan()));
            report(budget, "tickTopic", i -> read.applyAsInt(planner.withStatus(skills.get(i).id(), Status.DOING)
                    .withTopic(skills.get(i).id(), skills.get(i).topics().get(0).title(), true).plan()));
            report(budget, "logHours", i -> read.applyAsInt(logging.withEntry(ProgressEntry.of(ReplanBenchmark.TODAY,
                    skills.get(i).id(), 2)).plan()));
            report(budget, "changeCapacity", i -> read.applyAsInt(planner.withCapacity(Capacity.perTrack(Map.of("math", 3.0,
                    "coding", 4.0 + i % 3, "english", 2.0)).withWeekOverride(1 + i % 8, 6)).plan()));
        }
    }

    /**
     * @return the number of allocations in all the plan's weeks plus the start weeks of its skills
     *         (every week, allocation and scheduled skill made)
     */
    private static int readWeeks(Plan plan) {
        int read = 0;
        for (PlanWeek week : plan.weeks()) {
            read += week.allocations().size();
        }
        for (ScheduledSkill skill : plan.skills()) {
            read += skill.startWeek();
        }
        return read;
    }

    /** Best of the rounds of one operation over the open skills 20..199, in thread CPU per re-plan. */
    private static void report(PlanOptions.Budget budget, String operation, java.util.function.IntUnaryOperator replan) {
        int reps = 1_800;
        long best = Long.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS + 3; round++) {
            long c0 = MX.getCurrentThreadCpuTime();
            for (int k = 0; k < reps; k++) {
                sink += replan.applyAsInt(20 + k % 180);
            }
            best = Math.min(best, (MX.getCurrentThreadCpuTime() - c0) / reps);
        }
        System.out.printf("re-plan 200 skills, %s, %s: %.1f µs thread CPU per plan, %.0f plans per CPU-second (%d)%n",
                budget, operation, best / 1e3, 1e9 / best, sink % 10);
    }
}
