package dev.roadmap.plugins.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.plugins.testkit.PlanContract;
import dev.roadmap.scheduler.WeekPackingScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random small instances written as {@code .sm} text, solved exactly by an independent search over
 * start periods: plans at every effort level are valid and never shorter than the optimum, the bound
 * never above it, and the thorough budget finds it.
 */
class SmallInstancesTest {
    private static final int JOBS = 6;
    private static final int RESOURCES = 2;

    @Test
    void everyEffortLevelStaysBetweenTheBoundAndTheOptimumAndThoroughFindsIt() {
        WeekPackingScheduler scheduler = new WeekPackingScheduler();
        PsplibImporter importer = new PsplibImporter();
        int thoroughAtOptimum = 0;
        int instances = 60;
        for (int seed = 0; seed < instances; seed++) {
            Instance inst = Instance.random(new Random(seed));
            Roadmap r = importer.read(inst.toSm(), "random-" + seed + ".sm").roadmap();
            int optimum = inst.optimum();
            for (PlanOptions.Budget budget : PlanOptions.Budget.values()) {
                PlanOptions options = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).budget(budget).build();
                Plan plan = scheduler.schedule(r, options);
                PlanContract.verifyComplete(r, options, plan);
                assertThat(plan.totalWeeks()).as("seed %d %s", seed, budget).isGreaterThanOrEqualTo(optimum);
                assertThat(plan.lowerBoundWeeks()).as("seed %d bound", seed).isLessThanOrEqualTo(optimum);
                if (budget == PlanOptions.Budget.THOROUGH && plan.totalWeeks() == optimum) {
                    thoroughAtOptimum++;
                }
            }
        }
        assertThat(thoroughAtOptimum).isEqualTo(instances);
    }

    /** Jobs 1..JOBS between a source and a sink; predecessors only among lower job numbers. */
    private record Instance(int[] duration, int[][] request, int[] availability, List<List<Integer>> preds) {

        static Instance random(Random rnd) {
            int[] d = new int[JOBS];
            int[][] req = new int[JOBS][RESOURCES];
            int[] avail = new int[RESOURCES];
            for (int k = 0; k < RESOURCES; k++) {
                avail[k] = 3 + rnd.nextInt(4);
            }
            List<List<Integer>> preds = new ArrayList<>();
            for (int j = 0; j < JOBS; j++) {
                d[j] = 1 + rnd.nextInt(3);
                for (int k = 0; k < RESOURCES; k++) {
                    req[j][k] = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(avail[k]);
                }
                List<Integer> p = new ArrayList<>();
                for (int q = 0; q < j; q++) {
                    if (rnd.nextInt(4) == 0) {
                        p.add(q);
                    }
                }
                preds.add(p);
            }
            return new Instance(d, req, avail, preds);
        }

        String toSm() {
            int n = JOBS + 2;
            StringBuilder sb = new StringBuilder();
            sb.append("jobs (incl. supersource/sink ):  ").append(n).append('\n');
            sb.append("  - renewable                 :  ").append(RESOURCES).append("   R\n");
            sb.append("  - nonrenewable              :  0   N\n");
            sb.append("PRECEDENCE RELATIONS:\njobnr.    #modes  #successors   successors\n");
            List<List<Integer>> succ = new ArrayList<>();
            for (int j = 0; j <= n; j++) {
                succ.add(new ArrayList<>());
            }
            boolean[] hasPred = new boolean[JOBS];
            boolean[] hasSucc = new boolean[JOBS];
            for (int j = 0; j < JOBS; j++) {
                for (int q : preds.get(j)) {
                    succ.get(q + 2).add(j + 2);
                    hasPred[j] = true;
                    hasSucc[q] = true;
                }
            }
            for (int j = 0; j < JOBS; j++) {
                if (!hasPred[j]) {
                    succ.get(1).add(j + 2);
                }
                if (!hasSucc[j]) {
                    succ.get(j + 2).add(n);
                }
            }
            for (int job = 1; job <= n; job++) {
                List<Integer> s = succ.get(job);
                sb.append("  ").append(job).append("  1  ").append(s.size());
                s.stream().sorted().forEach(x -> sb.append("  ").append(x));
                sb.append('\n');
            }
            sb.append("****\nREQUESTS/DURATIONS:\njobnr. mode duration  R 1  R 2\n-----\n");
            for (int job = 1; job <= n; job++) {
                int j = job - 2;
                boolean real = j >= 0 && j < JOBS;
                sb.append("  ").append(job).append("  1  ").append(real ? duration[j] : 0);
                for (int k = 0; k < RESOURCES; k++) {
                    sb.append("  ").append(real ? request[j][k] : 0);
                }
                sb.append('\n');
            }
            sb.append("****\nRESOURCEAVAILABILITIES:\n  R 1  R 2\n");
            for (int k = 0; k < RESOURCES; k++) {
                sb.append("  ").append(availability[k]);
            }
            return sb.append("\n****\n").toString();
        }

        /** The shortest makespan, by depth-first search over the start period of each job in turn. */
        int optimum() {
            int horizon = 0;
            for (int x : duration) {
                horizon += x;
            }
            int[][] used = new int[RESOURCES][horizon + 1];
            int[] start = new int[JOBS];
            int[] best = {horizon};
            search(0, 0, used, start, best);
            return best[0];
        }

        private void search(int j, int makespan, int[][] used, int[] start, int[] best) {
            if (makespan >= best[0]) {
                return;
            }
            if (j == JOBS) {
                best[0] = makespan;
                return;
            }
            int es = 0;
            for (int q : preds.get(j)) {
                es = Math.max(es, start[q] + duration[q]);
            }
            for (int s = es; s + duration[j] < best[0]; s++) {
                boolean fits = true;
                for (int k = 0; k < RESOURCES && fits; k++) {
                    for (int t = s; t < s + duration[j]; t++) {
                        if (used[k][t] + request[j][k] > availability[k]) {
                            fits = false;
                            break;
                        }
                    }
                }
                if (!fits) {
                    continue;
                }
                for (int k = 0; k < RESOURCES; k++) {
                    for (int t = s; t < s + duration[j]; t++) {
                        used[k][t] += request[j][k];
                    }
                }
                start[j] = s;
                search(j + 1, Math.max(makespan, s + duration[j]), used, start, best);
                for (int k = 0; k < RESOURCES; k++) {
                    for (int t = s; t < s + duration[j]; t++) {
                        used[k][t] -= request[j][k];
                    }
                }
            }
        }
    }
}
