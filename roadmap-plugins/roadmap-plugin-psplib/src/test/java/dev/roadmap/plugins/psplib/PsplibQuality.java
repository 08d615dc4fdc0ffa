package dev.roadmap.plugins.psplib;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schedule quality report: plans every instance of a PSPLIB set at each effort level and prints
 * the mean and max deviation from the reference plan lengths, the share of instances at the
 * reference, the mean time per instance, plans shorter than a proven optimum (a broken rule), and
 * how close the lower bound comes. Every plan is checked against the rules from the roadmap alone.
 *
 * <p>Run (see README, "Schedule quality"):
 * <pre>
 * mvn -B -ntp -pl roadmap-plugins/roadmap-plugin-psplib -am verify -Dtest=PsplibQualityReport \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dpsplib.report=j30
 * </pre>
 * Optional: {@code -Dpsplib.levels=single,fast,balanced,thorough} (a subset) and
 * {@code -Dpsplib.every=K} (every K-th instance, for a quick look).
 */
public final class PsplibQuality {
    private PsplibQuality() {
    }

    /** One row of the report. */
    record Level(String name, PlanOptions options) {
    }

    /** Figures of one effort level over a set. */
    record Figures(String level, int instances, double meanDeviation, double maxDeviation, double atReference,
                   double meanMillis, int belowOptimum, int invalid) {
    }

    /** Lower-bound figures over a set. */
    record Bounds(double meanGap, double maxGap, double atReference, int aboveOptimum) {
    }

    static List<Level> levels() {
        PlanOptions base = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).build();
        return List.of(
                new Level("single", base.toBuilder().improvementPasses(0).build()),
                new Level("fast", base.toBuilder().budget(PlanOptions.Budget.FAST).build()),
                new Level("balanced", base.toBuilder().budget(PlanOptions.Budget.BALANCED).build()),
                new Level("thorough", base.toBuilder().budget(PlanOptions.Budget.THOROUGH).build()));
    }

    /**
     * @param args the set names to run (default {@code j30}); the data directory is found by walking
     *             up to {@code shared/benchmarks/psplib}, or given as {@code --dir DIR}
     */
    public static void main(String[] args) throws IOException {
        List<String> sets = new ArrayList<>();
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dir") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else {
                sets.add(args[i]);
            }
        }
        if (sets.isEmpty()) {
            sets.add("j30");
        }
        Path data = dir != null ? dir : PsplibSet.sharedDirectory().orElseThrow(
                () -> new IllegalStateException("shared/benchmarks/psplib not found; pass --dir DIR"));
        report(data, sets, System.out);
    }

    static void report(Path data, List<String> sets, PrintStream out) throws IOException {
        out.printf(Locale.ROOT, "PSPLIB schedule quality, %d processors available, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (String name : sets) {
            PsplibSet set = PsplibSet.load(data, name).orElse(null);
            if (set == null) {
                out.println(name + ": not available in " + data + " (instances or reference table missing)");
                continue;
            }
            List<Roadmap> roadmaps = new ArrayList<>();
            List<Integer> refs = new ArrayList<>();
            PsplibImporter importer = new PsplibImporter();
            int every = Integer.getInteger("psplib.every", 1);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < set.files().size(); i += every) {
                files.add(set.files().get(i));
            }
            for (Path f : files) {
                Integer ref = set.reference().get(f.getFileName().toString());
                if (ref != null) {
                    roadmaps.add(importer.read(f).roadmap());
                    refs.add(ref);
                }
            }
            out.printf(Locale.ROOT, "%n%s: %d instances, reference = %s%n", name, roadmaps.size(),
                    set.optimal() ? "proven optimum" : "best known plan");
            out.printf(Locale.ROOT, "%-20s %10s %10s %10s %12s %8s %8s%n", "effort", "mean dev", "max dev",
                    "at ref", "ms/instance", "< opt", "invalid");
            Plan[] lastPlans = null;
            String only = System.getProperty("psplib.levels", "");
            for (Level level : levels()) {
                if (!only.isBlank() && !List.of(only.split(",")).contains(level.name())) {
                    continue;
                }
                Plan[] plans = new Plan[roadmaps.size()];
                Figures f = run(level, roadmaps, refs, set.optimal(), plans);
                out.printf(Locale.ROOT, "%-20s %9.3f%% %9.2f%% %9.1f%% %12.2f %8d %8d%n", f.level(), f.meanDeviation(),
                        f.maxDeviation(), f.atReference(), f.meanMillis(), f.belowOptimum(), f.invalid());
                lastPlans = plans;
            }
            Bounds b = bounds(lastPlans, refs, set.optimal());
            out.printf(Locale.ROOT, "lower bound: mean gap to reference %.2f%%, max %.2f%%, equal to reference %.1f%%,"
                    + " above a proven optimum %d%n", b.meanGap(), b.maxGap(), b.atReference(), b.aboveOptimum());
        }
    }

    static Figures run(Level level, List<Roadmap> roadmaps, List<Integer> refs, boolean optimal, Plan[] plans) {
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        // warm-up so the first instances do not pay for compilation
        for (int i = 0; i < Math.min(20, roadmaps.size()); i++) {
            scheduler.schedule(roadmaps.get(i), level.options());
        }
        Deviations weeks = new Deviations();
        int invalid = 0;
        long nanos = 0;
        for (int i = 0; i < roadmaps.size(); i++) {
            long t0 = System.nanoTime();
            Plan plan = scheduler.schedule(roadmaps.get(i), level.options());
            nanos += System.nanoTime() - t0;
            plans[i] = plan;
            try {
                PlanContract.verifyComplete(roadmaps.get(i), level.options(), plan);
            } catch (AssertionError e) {
                invalid++;
            }
            int ref = refs.get(i);
            weeks.add(plan.totalWeeks() - ref, ref, optimal && plan.totalWeeks() < ref);
        }
        int n = roadmaps.size();
        return new Figures(level.name(), n, weeks.mean(), weeks.max, weeks.percentAtReference(), nanos / 1e6 / n,
                weeks.flagged, invalid);
    }

    static Bounds bounds(Plan[] plans, List<Integer> refs, boolean optimal) {
        Deviations gaps = new Deviations();
        for (int i = 0; i < plans.length; i++) {
            int ref = refs.get(i);
            int lb = plans[i].lowerBoundWeeks();
            gaps.add(ref - lb, ref, optimal && lb > ref);
        }
        return new Bounds(gaps.mean(), gaps.max, gaps.percentAtReference(), gaps.flagged);
    }

    /** Differences from the reference as percentages of it: their mean and maximum, how many are 0, how many are flagged. */
    private static final class Deviations {
        private double sum;
        private double max;
        private int count;
        private int atReference;
        private int flagged;

        void add(int difference, int reference, boolean flag) {
            double percent = 100.0 * difference / reference;
            sum += percent;
            max = Math.max(max, percent);
            count++;
            atReference += difference == 0 ? 1 : 0;
            flagged += flag ? 1 : 0;
        }

        double mean() {
            return sum / count;
        }

        double percentAtReference() {
            return 100.0 * atReference / count;
        }
    }
}
