package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.plan.PlanOptions;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Improvement.Search#leastIfLonger}: after a search that asked every candidate and ended with one
 * of them, the search of a longer first plan (the longest-path pass) ends with that same candidate, so
 * the default objective need not pack it nor ask the candidates again. Checked against a fresh search of
 * whole passes on seeded random roadmaps without fixed-pace skills, at the FAST and BALANCED budgets.
 * The same argument lets {@link Improvement.Search#improveLonger} ask the candidates before the first plan
 * is packed, and pack it only within the best candidate's length: checked the same way.
 */
class LeastCandidateTest {

    @Test
    void theLeastCandidateIsWhatTheSearchOfALongerFirstPlanEndsWith() {
        int[] answeredAndDeclined = new int[2];
        forEachDrawn(1207, d -> {
            Problem p = d.p();
            Improvement.Search search = new Improvement.Search(p, d.lowerBound(), d.options(), true);
            Schedule improved = search.improve(d.doc());
            int[] lpOrder = Priorities.order(p, PlanOptions.Priority.LONGEST_PATH);
            Schedule least = search.leastIfLonger(lpOrder);
            if (least == null) {
                answeredAndDeclined[1]++;
                return;
            }
            Schedule lpFirst = new WeekPacker(p, Priorities.ranks(lpOrder), lpOrder, d.options().maxParallel()).run();
            Schedule expected = new Improvement.Search(p, d.lowerBound(), d.options(), false).improve(lpFirst);
            assertThat(least).as("round %d", d.round()).isSameAs(improved);
            assertThat(lpFirst.totalWeeks).as("round %d", d.round()).isGreaterThan(least.totalWeeks);
            assertThat(WeekPackerSteadyTest.describe(least)).as("round %d", d.round())
                    .isEqualTo(WeekPackerSteadyTest.describe(expected));
            answeredAndDeclined[0]++;
        });
        assertThat(answeredAndDeclined[0]).as("answered").isGreaterThan(150);
        assertThat(answeredAndDeclined[1]).as("declined").isGreaterThan(150);
    }

    @Test
    void aSearchThatNoCandidateImprovedKnowsNoLeastCandidate() {
        Random rnd = new Random(1208);
        int checked = 0;
        for (int round = 0; round < 400 && checked < 50; round++) {
            PlanOptions options = WeekPackerSteadyTest.options(rnd, false).toBuilder()
                    .budget(PlanOptions.Budget.FAST).improvementPasses(2).build();
            Problem p = WeekPackerSteadyTest.problem(WeekPackerSteadyTest.roadmap(rnd, 60, false, false), options);
            if (p == null || !WeekPacker.boundable(p)) {
                continue;
            }
            int lowerBound = LowerBound.compute(p);
            int[] identity = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
            Schedule doc = new WeekPacker(p, identity, identity, options.maxParallel()).run();
            Improvement.Search search = new Improvement.Search(p, lowerBound, options, true);
            Schedule improved = search.improve(doc);
            int[] lpOrder = Priorities.order(p, PlanOptions.Priority.LONGEST_PATH);
            if (improved == doc) {
                // no candidate beat the first plan: the search knows no least candidate
                assertThat(search.leastIfLonger(lpOrder)).as("round %d", round).isNull();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(50);
    }

    @Test
    void improvingAFirstPlanKnownOnlyToBeLongerGivesWhatImprovingItWholeGives() {
        int[] unpacked = new int[1];
        forEachDrawn(1209, d -> {
            Problem p = d.p();
            int lowerBound = d.lowerBound();
            if (d.doc().totalWeeks <= lowerBound) {
                return;
            }
            Schedule expected = new Improvement.Search(p, lowerBound, d.options(), false).improve(d.doc());
            Improvement.Search search = new Improvement.Search(p, lowerBound, d.options(), true);
            int[] wholeAsked = {0};
            Schedule actual = search.improveLonger(within -> {
                WeekPacker packer = new WeekPacker(p, d.identity(), d.identity(), d.options().maxParallel());
                if (within == Integer.MAX_VALUE) {
                    wholeAsked[0]++;
                    return packer.run();
                }
                return packer.runWithin(within);
            });
            assertThat(WeekPackerSteadyTest.describe(actual)).as("round %d", d.round())
                    .isEqualTo(WeekPackerSteadyTest.describe(expected));
            if (wholeAsked[0] == 0 && actual != expected && actual.totalWeeks > lowerBound) {
                unpacked[0]++;
            }
        });
        // searches that beat the first plan without packing it whole, and did not meet the bound
        assertThat(unpacked[0]).isGreaterThan(100);
    }

    /** Checks 1,200 seeded rounds' drawn problems ({@link #draw}). */
    private static void forEachDrawn(long seed, java.util.function.Consumer<Drawn> check) {
        Random rnd = new Random(seed);
        for (int round = 0; round < 1_200; round++) {
            Drawn d = draw(rnd, round);
            if (d != null) {
                check.accept(d);
            }
        }
    }

    /** A drawn problem, its options and lower bound, and its reading-order pass packed whole. */
    private record Drawn(int round, PlanOptions options, Problem p, int lowerBound, int[] identity, Schedule doc) {
    }

    /**
     * Draws a roadmap on tracks (a pool fills every week in any order) without fixed-pace skills (no
     * bounded pass then), at FAST or BALANCED (THOROUGH, whose search never stalls either, is left to the
     * plan comparisons of BoundedPassTest), with a lower bound sometimes below the proven one, so that no
     * candidate stops the search early.
     *
     * @return the drawn problem, or null when it cannot be planned or bounded
     */
    private static Drawn draw(Random rnd, int round) {
        PlanOptions options = WeekPackerSteadyTest.options(rnd, false).toBuilder()
                .budget(rnd.nextBoolean() ? PlanOptions.Budget.FAST : PlanOptions.Budget.BALANCED).build();
        Problem p = WeekPackerSteadyTest.problem(WeekPackerSteadyTest.roadmap(rnd, 120, false, false), options);
        if (p == null || !WeekPacker.boundable(p)) {
            return null;
        }
        int lowerBound = LowerBound.compute(p) - rnd.nextInt(3);
        int[] identity = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
        return new Drawn(round, options, p, lowerBound, identity, new WeekPacker(p, identity, identity, options.maxParallel()).run());
    }
}
