package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.PlanOptions;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A reading-order pass bounded by the lower bound ({@link WeekPacker#runWithin}) stops only when the
 * whole pass would end after the bound, and otherwise gives the whole pass's schedule; the default
 * objective with bounded passes, and the improvement stage with candidates stopped once proven not
 * shorter ({@link Candidates}), give exactly the plans they give with whole passes. Seeded random
 * roadmaps without fixed-pace skills (the only ones a pass may be bounded on): several tracks or a
 * pool, capacity overrides, progress and a cap on skills in progress.
 */
class BoundedPassTest {

    @Test
    void aBoundedPassStopsOnlyWhenTheWholePassEndsAfterItsBound() {
        Random rnd = new Random(611);
        long stopped = 0;
        long[] weeks = new long[2];
        for (int round = 0; round < 500; round++) {
            boolean pool = rnd.nextInt(4) == 0;
            Roadmap roadmap = WeekPackerSteadyTest.roadmap(rnd, round < 250 ? 12 : 80, pool, false);
            PlanOptions options = WeekPackerSteadyTest.options(rnd, pool);
            Problem p = WeekPackerSteadyTest.problem(roadmap, options);
            if (p == null) {
                continue;
            }
            assertThat(WeekPacker.boundable(p)).isTrue();
            int lowerBound = LowerBound.compute(p);
            for (int[] order : WeekPackerSteadyTest.orders(p, rnd)) {
                int[] rank = Priorities.ranks(order);
                WeekPacker whole = new WeekPacker(p, rank, order, options.maxParallel());
                Schedule full = whole.run();
                for (int bound : new int[] {lowerBound, full.totalWeeks - 1, full.totalWeeks, 1 + rnd.nextInt(full.totalWeeks + 5)}) {
                    WeekPacker bounded = new WeekPacker(p, rank, order, options.maxParallel());
                    Schedule s = bounded.runWithin(bound);
                    if (full.totalWeeks <= bound) {
                        assertThat(s).as("round %d, bound %d", round, bound).isNotNull();
                    }
                    if (s != null) {
                        assertThat(WeekPackerSteadyTest.describe(s)).isEqualTo(WeekPackerSteadyTest.describe(full));
                    } else {
                        stopped++;
                        weeks[0] += bounded.weekVisits;
                        weeks[1] += whole.weekVisits;
                    }
                }
            }
        }
        // passes were stopped, and well before their end, so the comparison means something
        assertThat(stopped).isGreaterThan(500);
        assertThat(weeks[0]).isLessThan(weeks[1] / 2);
    }

    @Test
    void skippingTheWeeksThatCannotProveAnythingStopsInTheSameWeekAsCheckingEveryWeek() {
        long[] stoppedAndChecks = againstReference(613, every -> every.checkEveryWeek = true, packer -> packer.boundChecks, false);
        assertThat(stoppedAndChecks[0]).isGreaterThan(300);
        // most tracks' proofs are far from holding, and full weeks barely move them: they are worked out
        // in few of the weeks (11% here; 36% when every week counted as losing all its hours)
        assertThat(stoppedAndChecks[1]).isLessThan(stoppedAndChecks[2] / 6);
    }

    /**
     * A track's loss is looked at only after a week with room left, or once its full weeks since its last
     * look could have used up its slack: the same proofs, in the same weeks, as looking at every track
     * every week, for a fraction of the looks.
     */
    @Test
    void lookingOnlyWhenALossCouldReachTheSlackWorksOutTheSameProofs() {
        long[] stoppedAndLooks = againstReference(614, every -> every.lookEveryWeek = true, packer -> packer.lossChecks, true);
        assertThat(stoppedAndLooks[0]).isGreaterThan(300);
        assertThat(stoppedAndLooks[1]).isLessThan(stoppedAndLooks[2] / 6);
    }

    /**
     * Packs random problems within several bounds each, once as usual and once with the reference
     * setting, and asserts the same weeks packed and the same result (and, when asked, the same proofs).
     *
     * @return the passes stopped, and the counter summed over the usual and over the reference passes
     */
    private static long[] againstReference(long seed, java.util.function.Consumer<WeekPacker> reference,
            java.util.function.ToLongFunction<WeekPacker> counter, boolean sameProofs) {
        Random rnd = new Random(seed);
        long[] totals = new long[3];
        RandomProblems.forEach(rnd, 400, false, (round, p, options) -> {
            int lowerBound = LowerBound.compute(p);
            for (int[] order : WeekPackerSteadyTest.orders(p, rnd)) {
                for (int bound : new int[] {lowerBound, lowerBound + 1 + rnd.nextInt(8), 1 + rnd.nextInt(lowerBound + 5)}) {
                    WeekPacker every = new WeekPacker(p, Priorities.ranks(order), order, options.maxParallel());
                    reference.accept(every);
                    Schedule expected = every.runWithin(bound);
                    WeekPacker skipping = new WeekPacker(p, Priorities.ranks(order), order, options.maxParallel());
                    Schedule actual = skipping.runWithin(bound);
                    assertThat(skipping.weekVisits).as("round %d, bound %d", round, bound).isEqualTo(every.weekVisits);
                    if (sameProofs) {
                        assertThat(skipping.boundChecks).as("round %d, bound %d", round, bound).isEqualTo(every.boundChecks);
                    }
                    assertThat(actual == null ? null : WeekPackerSteadyTest.describe(actual))
                            .isEqualTo(expected == null ? null : WeekPackerSteadyTest.describe(expected));
                    totals[0] += actual == null ? 1 : 0;
                    totals[1] += counter.applyAsLong(skipping);
                    totals[2] += counter.applyAsLong(every);
                }
            }
        });
        return totals;
    }

    /**
     * A pool of 10/3 h a week has rooms of 3.33 h: each full week leaves 1/300 h unused, so 89 skills of
     * 1.11 h and one of 1.16 h (99.95 h, below the 100 h of 30 weeks) fill every week and are proven
     * longer than 30 weeks only by those hundredths, in week 16. Skipping the proofs of full weeks
     * without counting what they round off would stop in week 30 instead.
     */
    @Test
    void fullWeeksCountTheHundredthsTheirRoomsRoundOff() {
        dev.roadmap.core.Roadmap.Builder b = dev.roadmap.core.Roadmap.builder("rounded");
        for (int i = 0; i < 90; i++) {
            double hours = i == 89 ? 1.16 : 1.11;
            b.addSkill(dev.roadmap.core.Skill.builder("s" + i, "Skill " + i).effort(dev.roadmap.core.Effort.ofHours(hours, hours))
                    .build());
        }
        PlanOptions options = PlanOptions.builder().capacity(dev.roadmap.core.plan.Capacity.pool(10.0 / 3))
                .start(java.time.LocalDate.of(2026, 12, 7)).build();
        Problem p = WeekPackerSteadyTest.problem(b.build(), options);
        int[] order = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
        WeekPacker every = new WeekPacker(p, Priorities.ranks(order), order, 0);
        every.checkEveryWeek = true;
        WeekPacker skipping = new WeekPacker(p, Priorities.ranks(order), order, 0);

        assertThat(every.runWithin(30)).isNull();
        assertThat(skipping.runWithin(30)).isNull();
        assertThat(every.weekVisits).isEqualTo(16);
        assertThat(skipping.weekVisits).isEqualTo(16);
        assertThat(every.boundChecks).isEqualTo(16);
        // a check a few weeks apart (each full week may round off up to 0.01 h of a 0.05 h slack)
        assertThat(skipping.boundChecks).isBetween(2L, 8L);
    }

    @Test
    void theDefaultObjectiveGivesThePlanOfWholePasses() {
        Random rnd = new Random(612);
        int compared = 0;
        for (int round = 0; round < 400; round++) {
            PlanOptions options = budgeted(rnd);
            Roadmap roadmap = lastRoadmap;
            Problem p = WeekPackerSteadyTest.problem(roadmap, options);
            Problem q = WeekPackerSteadyTest.problem(roadmap, options);
            if (p == null) {
                continue;
            }
            int lowerBound = LowerBound.compute(p);
            Object expected = plan(q, lowerBound, options, false);
            Object actual = plan(p, lowerBound, options, true);
            assertThat(actual).as("round %d", round).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void theImprovementStageOfEveryRuleGivesThePlanOfWholePasses() {
        Random rnd = new Random(613);
        int compared = 0;
        long stopped = 0;
        for (int round = 0; round < 300; round++) {
            PlanOptions options = budgeted(rnd);
            Problem p = WeekPackerSteadyTest.problem(lastRoadmap, options);
            if (p == null) {
                continue;
            }
            int lowerBound = LowerBound.compute(p) - rnd.nextInt(2); // sometimes out of reach: every pass runs
            for (PlanOptions.Priority rule : new PlanOptions.Priority[] {PlanOptions.Priority.LONGEST_PATH,
                    PlanOptions.Priority.DOCUMENT_ORDER, PlanOptions.Priority.SHORTEST_FIRST}) {
                int[] order = Priorities.order(p, rule);
                Object expected;
                Object actual;
                Improvement.Search bounded = new Improvement.Search(p, lowerBound, options, true);
                try {
                    Schedule first = new WeekPacker(p, Priorities.ranks(order), order, options.maxParallel()).run();
                    expected = WeekPackerSteadyTest.describe(new Improvement.Search(p, lowerBound, options, false).improve(first));
                    actual = WeekPackerSteadyTest.describe(bounded.improve(first));
                } catch (RuntimeException e) {
                    continue; // this order leaves a fixed-pace block no run of weeks: no first plan to improve
                }
                assertThat(actual).as("round %d, %s", round, rule).isEqualTo(expected);
                stopped += bounded.stopped();
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(600);
        assertThat(stopped).isGreaterThan(1_000);
    }

    /** The roadmap drawn with the last {@link #budgeted} options. */
    private Roadmap lastRoadmap;

    /**
     * Draws a roadmap (small or up to 60 skills, a fifth with fixed-pace skills, sometimes on a pool)
     * into {@link #lastRoadmap}, and options for it at a random budget.
     */
    private PlanOptions budgeted(Random rnd) {
        boolean pool = rnd.nextInt(4) == 0;
        lastRoadmap = WeekPackerSteadyTest.roadmap(rnd, rnd.nextBoolean() ? 15 : 60, pool, rnd.nextInt(5) == 0);
        return WeekPackerSteadyTest.options(rnd, pool).toBuilder().budget(PlanOptions.Budget.values()[rnd.nextInt(3)]).build();
    }

    private static Object plan(Problem p, int lowerBound, PlanOptions options, boolean bounded) {
        try {
            Schedule s = CoherentSearch.plan(p, lowerBound, options, bounded);
            return java.util.List.of(s.origin, WeekPackerSteadyTest.describe(s));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
