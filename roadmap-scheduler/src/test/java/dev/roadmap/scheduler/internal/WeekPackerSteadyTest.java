package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The packer's shortcuts give exactly the schedule of the plain week-by-week walk on a fresh
 * problem: steady weeks packed without the queues ({@link WeekPacker#steadyWeeks}), and working arrays
 * reused from earlier passes of the same problem ({@link PackerScratch}), including a pass that ended
 * in an exception. Seeded random roadmaps with flexible and fixed-pace skills, several tracks or a
 * pool, capacity overrides, progress and a cap on skills in progress, packed in several orders.
 */
class WeekPackerSteadyTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    @Test
    void steadyWeeksAndReusedArraysGiveTheScheduleOfTheWeekByWeekWalk() {
        Random rnd = new Random(2026);
        // weeks packed the steady way, and all weeks visited
        long[] visits = new long[2];
        for (int round = 0; round < 600; round++) {
            boolean pool = rnd.nextInt(4) == 0;
            Roadmap roadmap = roadmap(rnd, round < 300 ? 12 : 80, pool);
            PlanOptions options = options(rnd, pool);
            Problem reused = problem(roadmap, options);
            if (reused == null) {
                continue;
            }
            for (int[] order : orders(reused, rnd)) {
                int[] rank = Priorities.ranks(order);
                int[] due = rnd.nextInt(4) == 0 ? CoherentSearch.backward(reused, 5 + rnd.nextInt(40)) : null;
                WeekPacker walk = new WeekPacker(problem(roadmap, options), rank, order, options.maxParallel(), due);
                walk.steadyWeeks = false;
                WeekPacker fast = new WeekPacker(reused, rank, order, options.maxParallel(), due);
                Object expected = outcome(walk);
                Object actual = outcome(fast);

                assertThat(actual).as("round %d", round).isEqualTo(expected);
                assertThat(walk.steadyWeekVisits).isZero();
                visits[0] += fast.steadyWeekVisits;
                visits[1] += fast.weekVisits;
            }
        }
        // the steady path was taken for a good share of the weeks, so the comparison means something
        assertThat(visits[0]).isGreaterThan(visits[1] / 10);
    }

    /** @return the schedule as comparable lists, or the exception the pass ended with */
    static Object outcome(WeekPacker packer) {
        Schedule s;
        try {
            s = packer.run();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
        return describe(s);
    }

    /** @return the schedule's packing as comparable lists */
    static List<Object> describe(Schedule s) {
        List<Object> all = new ArrayList<>();
        all.add(s.totalWeeks);
        for (int[] a : new int[][] {s.start, s.finish, s.startSeq, s.earliest, s.earliestFrom}) {
            all.add(java.util.Arrays.toString(a));
        }
        all.add(java.util.Arrays.toString(s.waitedParallel));
        List<String> allocations = new ArrayList<>();
        for (int a = 0; a < s.allocWeek.size(); a++) {
            allocations.add(s.allocWeek.get(a) + ":" + s.allocSkill.get(a) + ":" + s.allocHours.get(a));
        }
        all.add(allocations);
        for (IntArray full : s.fullWeeks) {
            List<Integer> counts = new ArrayList<>();
            for (int w = 0; w <= s.totalWeeks + 1; w++) {
                counts.add(full.get(w));
            }
            all.add(counts);
        }
        return all;
    }

    static Problem problem(Roadmap roadmap, PlanOptions options) {
        try {
            Problem p = ProblemBuilder.build(roadmap, options);
            Cents.roundFlexibleHours(p);
            return p;
        } catch (RuntimeException e) {
            // a refused roadmap (e.g. a fixed pace that no week holds) has no passes to compare
            return null;
        }
    }

    static List<int[]> orders(Problem p, Random rnd) {
        List<int[]> orders = new ArrayList<>();
        orders.add(Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER));
        orders.add(Priorities.order(p, PlanOptions.Priority.LONGEST_PATH));
        orders.add(Priorities.order(p, PlanOptions.Priority.SHORTEST_FIRST));
        int[] shuffled = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = x;
        }
        orders.add(shuffled);
        return orders;
    }

    static Roadmap roadmap(Random rnd, int maxSkills, boolean pool) {
        return roadmap(rnd, maxSkills, pool, true);
    }

    /** @param rigid whether about one skill in ten has a fixed pace */
    static Roadmap roadmap(Random rnd, int maxSkills, boolean pool, boolean rigid) {
        String[] tracks = pool ? new String[] {""} : new String[] {"math", "coding", "english"};
        Roadmap.Builder b = Roadmap.builder("steady").pace(Pace.of(10));
        int n = 1 + rnd.nextInt(maxSkills);
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i);
            String track = tracks[rnd.nextInt(tracks.length)];
            s.track(track);
            int kind = rnd.nextInt(10);
            if (kind == 0 && rigid) {
                String load = track.isEmpty() ? Capacity.POOL : track;
                s.rigidPace(new RigidPace(1 + rnd.nextInt(5), Map.of(load, 0.25 * (1 + rnd.nextInt(6)))));
            } else if (kind == 1) {
                s.effort(Effort.openEnded(rnd.nextInt(3)));
            } else {
                double min = rnd.nextInt(40) + (rnd.nextInt(4) == 0 ? 1.0 / 3 : 0);
                s.effort(Effort.ofHours(min, min + rnd.nextInt(20)));
            }
            for (int k = 0; k < 3 && i > 0; k++) {
                if (rnd.nextInt(3) > 0) {
                    s.requires("s" + (i - 1 - rnd.nextInt(Math.min(i, 10))));
                }
            }
            int status = rnd.nextInt(12);
            if (status == 0) {
                s.status(Status.DONE);
            } else if (status == 1) {
                s.status(Status.DOING).addTopic(Topic.of("read", true)).addTopic(Topic.of("practise", false));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }

    static PlanOptions options(Random rnd, boolean pool) {
        Map<String, Double> weekly = new LinkedHashMap<>();
        weekly.put("math", 1.0 + rnd.nextInt(6));
        weekly.put("coding", 0.5 + rnd.nextInt(8));
        weekly.put("english", rnd.nextInt(5) == 0 ? 10.0 / 3 : 1.0 + rnd.nextInt(4));
        Capacity capacity = pool ? Capacity.pool(2.0 + rnd.nextInt(12)) : Capacity.perTrack(weekly);
        for (int k = rnd.nextInt(5); k > 0; k--) {
            capacity = capacity.withWeekOverride(1 + rnd.nextInt(60), rnd.nextInt(10));
        }
        PlanOptions.Builder o = PlanOptions.builder().capacity(capacity).start(START);
        if (rnd.nextInt(3) == 0) {
            o.maxParallel(1 + rnd.nextInt(3));
        }
        return o.build();
    }
}
