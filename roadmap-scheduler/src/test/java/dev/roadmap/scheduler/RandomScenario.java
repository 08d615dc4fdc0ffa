package dev.roadmap.scheduler;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * A random roadmap (a DAG with flexible, rigid, open-ended and effort-less skills, progress,
 * optional skills and a choice) with random capacity and options, all from one seed. Built to be
 * feasible: rigid loads never exceed their track's usual hours.
 *
 * @param seed    the seed it was made from (reported by failing properties)
 * @param roadmap the roadmap
 * @param options the plan options
 */
record RandomScenario(long seed, Roadmap roadmap, PlanOptions options) {

    /** Scenarios of every kind, for {@code @ForAll(supplier = RandomScenario.Any.class)}. */
    public static final class Any implements ArbitrarySupplier<RandomScenario> {
        @Override
        public Arbitrary<RandomScenario> get() {
            return Arbitraries.longs().map(RandomScenario::of);
        }
    }

    /** Scenarios whose skills all have a fixed pace, for {@code @ForAll(supplier = RandomScenario.AllRigid.class)}. */
    public static final class AllRigid implements ArbitrarySupplier<RandomScenario> {
        @Override
        public Arbitrary<RandomScenario> get() {
            return Arbitraries.longs().map(seed -> of(seed, true));
        }
    }

    static RandomScenario of(long seed) {
        return of(seed, false);
    }

    /**
     * @param rigidOnly whether every skill gets a fixed pace (the all-rigid case the improvement stage
     *                  searches with its serial packer)
     */
    static RandomScenario of(long seed, boolean rigidOnly) {
        Random rnd = new Random(seed);
        int n = rnd.nextInt(31);
        boolean pool = rnd.nextBoolean();
        Map<String, Double> weekly = new LinkedHashMap<>();
        if (pool) {
            weekly.put(Capacity.POOL, 1.0 + rnd.nextInt(20));
        } else {
            weekly.put("math", 1.0 + rnd.nextInt(10));
            weekly.put("coding", 0.5 + rnd.nextInt(10));
            if (rnd.nextBoolean()) {
                weekly.put(Capacity.POOL, 1.0 + rnd.nextInt(5));
            }
        }
        Capacity capacity = Capacity.perTrack(weekly);
        for (int k = rnd.nextInt(4); k > 0; k--) {
            capacity = capacity.withWeekOverride(1 + rnd.nextInt(15), rnd.nextInt(21));
        }
        List<String> trackIds = new ArrayList<>(List.of("math", "coding"));
        if (pool || weekly.containsKey(Capacity.POOL)) {
            trackIds.add("");
        }
        Roadmap.Builder b = Roadmap.builder("random-" + seed).pace(Pace.of(10));
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i);
            String track = trackIds.get(rnd.nextInt(trackIds.size()));
            s.track(track);
            int kind = rigidOnly ? 0 : rnd.nextInt(20);
            if (kind < 3) {
                Map<String, Double> load = new LinkedHashMap<>();
                int loads = 1 + rnd.nextInt(2);
                for (int l = 0; l < loads; l++) {
                    String t = pool ? (rnd.nextBoolean() ? "math" : "coding") : trackIds.get(rnd.nextInt(trackIds.size()));
                    String key = t.isEmpty() ? Capacity.POOL : t;
                    double usual = pool ? weekly.get(Capacity.POOL) / 2 : weekly.get(key);
                    load.put(key, Math.floor(rnd.nextDouble() * usual * 4) / 4);
                }
                s.rigidPace(new RigidPace(1 + rnd.nextInt(rigidOnly ? 6 : 4), load));
            } else if (kind == 3) {
                s.effort(Effort.openEnded(rnd.nextInt(3)));
            } else if (kind == 4) {
                s.effort((Effort) null);
            } else {
                double min = rnd.nextInt(25) + (rnd.nextBoolean() ? 0.5 : 0);
                s.effort(Effort.ofHours(min, min + rnd.nextInt(10)));
            }
            for (int j = 0; j < i; j++) {
                if (rnd.nextInt(Math.max(1, i)) < 2 && rnd.nextInt(3) > 0) {
                    s.requires("s" + j);
                }
            }
            int status = rnd.nextInt(20);
            if (status == 0) {
                s.status(Status.DONE);
            } else if (status == 1) {
                s.status(Status.SKIPPED);
            } else if (status <= 4) {
                s.status(Status.DOING);
                int topics = rnd.nextInt(5);
                for (int t = 0; t < topics; t++) {
                    s.addTopic(Topic.of("topic " + t, rnd.nextInt(3) == 0));
                }
            }
            s.optional(rnd.nextInt(7) == 0);
            b.addSkill(s.build());
        }
        List<ChoiceOption> options = new ArrayList<>();
        if (n >= 4 && rnd.nextBoolean()) {
            List<Integer> pickable = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pickable.add(i);
            }
            java.util.Collections.shuffle(pickable, rnd);
            options.add(ChoiceOption.of("x", "X", List.of(SkillId.of("s" + pickable.get(0)), SkillId.of("s" + pickable.get(1)))));
            options.add(ChoiceOption.of("y", "Y", List.of(SkillId.of("s" + pickable.get(2)))));
            b.addChoice(Choice.of("path", "Path", rnd.nextBoolean() ? "x" : "", options));
        }
        Roadmap roadmap = b.build();
        PlanOptions.Builder o = PlanOptions.builder().capacity(capacity).start(TestRoadmaps.START);
        if (rnd.nextBoolean()) {
            o.maxParallel(1 + rnd.nextInt(3));
        }
        o.priority(PlanOptions.Priority.values()[rnd.nextInt(PlanOptions.Priority.values().length)]);
        o.estimate(Effort.Estimate.values()[rnd.nextInt(3)]);
        o.skipOptional(rnd.nextInt(4) == 0);
        if (n > 0) {
            for (int k = rnd.nextInt(3); k > 0; k--) {
                o.done(List.of(SkillId.of("s" + rnd.nextInt(n))));
            }
            if (rnd.nextInt(3) == 0) {
                for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
                    o.target(SkillId.of("s" + rnd.nextInt(n)));
                }
            }
        }
        if (!options.isEmpty() && rnd.nextBoolean()) {
            o.choose("path", rnd.nextBoolean() ? "x" : "y");
        }
        return new RandomScenario(seed, roadmap, o.build());
    }

    @Override
    public String toString() {
        return "RandomScenario[seed=" + seed + ", skills=" + roadmap.size() + "]";
    }
}
