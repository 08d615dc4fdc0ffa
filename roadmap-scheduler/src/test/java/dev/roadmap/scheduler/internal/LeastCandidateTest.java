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
        Random rnd = new Random(1207);
        int answered = 0;
        int declined = 0;
        for (int round = 0; round < 1_200; round++) {
            // tracks (a pool fills every week in any order) and no fixed-pace skills (no bounded pass then)
            // (THOROUGH, whose search never stalls either, is left to the plan comparisons of BoundedPassTest)
            PlanOptions options = WeekPackerSteadyTest.options(rnd, false).toBuilder()
                    .budget(rnd.nextBoolean() ? PlanOptions.Budget.FAST : PlanOptions.Budget.BALANCED).build();
            Problem p = WeekPackerSteadyTest.problem(WeekPackerSteadyTest.roadmap(rnd, 120, false, false), options);
            if (p == null || !WeekPacker.boundable(p)) {
                continue;
            }
            // sometimes below the bound, so that no candidate stops the search early
            int lowerBound = LowerBound.compute(p) - rnd.nextInt(3);
            int[] identity = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
            Schedule doc = new WeekPacker(p, identity, identity, options.maxParallel()).run();
            Improvement.Search search = new Improvement.Search(p, lowerBound, options, true);
            Schedule improved = search.improve(doc);
            int[] lpOrder = Priorities.order(p, PlanOptions.Priority.LONGEST_PATH);
            Schedule least = search.leastIfLonger(lpOrder);
            if (least == null) {
                declined++;
                continue;
            }
            Schedule lpFirst = new WeekPacker(p, Priorities.ranks(lpOrder), lpOrder, options.maxParallel()).run();
            Schedule expected = new Improvement.Search(p, lowerBound, options, false).improve(lpFirst);
            assertThat(least).as("round %d", round).isSameAs(improved);
            assertThat(lpFirst.totalWeeks).as("round %d", round).isGreaterThan(least.totalWeeks);
            assertThat(WeekPackerSteadyTest.describe(least)).as("round %d", round)
                    .isEqualTo(WeekPackerSteadyTest.describe(expected));
            answered++;
        }
        assertThat(answered).as("answered").isGreaterThan(150);
        assertThat(declined).as("declined").isGreaterThan(150);
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
        Random rnd = new Random(1209);
        int unpacked = 0;
        for (int round = 0; round < 1_200; round++) {
            PlanOptions options = WeekPackerSteadyTest.options(rnd, false).toBuilder()
                    .budget(rnd.nextBoolean() ? PlanOptions.Budget.FAST : PlanOptions.Budget.BALANCED).build();
            Problem p = WeekPackerSteadyTest.problem(WeekPackerSteadyTest.roadmap(rnd, 120, false, false), options);
            if (p == null || !WeekPacker.boundable(p)) {
                continue;
            }
            int lowerBound = LowerBound.compute(p) - rnd.nextInt(3);
            int[] identity = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
            Schedule doc = new WeekPacker(p, identity, identity, options.maxParallel()).run();
            if (doc.totalWeeks <= lowerBound) {
                continue;
            }
            Schedule expected = new Improvement.Search(p, lowerBound, options, false).improve(doc);
            Improvement.Search search = new Improvement.Search(p, lowerBound, options, true);
            int[] wholeAsked = {0};
            Schedule actual = search.improveLonger(within -> {
                WeekPacker packer = new WeekPacker(p, identity, identity, options.maxParallel());
                if (within == Integer.MAX_VALUE) {
                    wholeAsked[0]++;
                    return packer.run();
                }
                return packer.runWithin(within);
            });
            assertThat(WeekPackerSteadyTest.describe(actual)).as("round %d", round)
                    .isEqualTo(WeekPackerSteadyTest.describe(expected));
            if (wholeAsked[0] == 0 && actual != expected && actual.totalWeeks > lowerBound) {
                unpacked++;
            }
        }
        // searches that beat the first plan without packing it whole, and did not meet the bound
        assertThat(unpacked).isGreaterThan(100);
    }
}
