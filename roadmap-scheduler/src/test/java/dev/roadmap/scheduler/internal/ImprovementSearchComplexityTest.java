package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.scheduler.ReplanRoadmaps;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The improvement stage's work, counted: the re-packing candidates are packed once per problem and
 * shared by every first plan a {@link Improvement.Search} improves (the default objective improves two),
 * each first plan still gets the result of a search of its own (and that of a search of whole passes,
 * though most candidates are stopped once proven not shorter, see {@link Candidates}), and a budgeted
 * search stops after {@link Improvement#STALL_PASSES} passes without a shorter plan.
 */
class ImprovementSearchComplexityTest {
    private static final PlanOptions PASSES = PlanOptions.builder().start(LocalDate.of(2026, 12, 7))
            .improvementPasses(40).build();

    private static Problem problem(Roadmap roadmap, PlanOptions options) {
        Problem p = ProblemBuilder.build(roadmap, options);
        Cents.roundFlexibleHours(p);
        return p;
    }

    private static Schedule pass(Problem p, int[] order) {
        return new WeekPacker(p, Priorities.ranks(order), order, 0).run();
    }

    @Test
    void candidatesArePackedOnceForBothFirstPlansAndResultsAreThoseOfSeparateSearches() {
        long stopped = 0;
        long[] weeks = new long[2];
        for (long seed = 1; seed <= 12; seed++) {
            Problem p = problem(ReplanRoadmaps.realistic(120, seed), PASSES);
            int lowerBound = LowerBound.compute(p) - 3; // out of reach: every pass runs
            int[] identity = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
            int[] lpOrder = Priorities.order(p, PlanOptions.Priority.LONGEST_PATH);
            Improvement.Search shared = new Improvement.Search(p, lowerBound, PASSES);
            Schedule lp = shared.improve(pass(p, lpOrder));
            long afterFirst = shared.packs();
            long stoppedFirst = shared.stopped();
            Schedule doc = shared.improve(pass(p, identity));
            assertThat(afterFirst + shared.reused()).isEqualTo(40);
            // the second first plan packs no new candidate; it may pack again one the first stopped below a shorter length
            assertThat(shared.packs() - afterFirst).as("second first plan").isLessThanOrEqualTo(stoppedFirst);
            stopped += stoppedFirst;

            Improvement.Search own = new Improvement.Search(p, lowerBound, PASSES);
            assertThat(own.improve(pass(p, identity)).start).isEqualTo(doc.start);
            assertThat(new Improvement.Search(p, lowerBound, PASSES).improve(pass(p, lpOrder)).start).isEqualTo(lp.start);
            Improvement.Search whole = new Improvement.Search(p, lowerBound, PASSES, false);
            assertThat(whole.improve(pass(p, identity)).start).isEqualTo(doc.start);
            assertThat(whole.stopped()).isZero();
            weeks[0] += own.weekVisits();
            weeks[1] += whole.weekVisits();
        }
        // stopped candidates are given up early: a bounded search packs far fewer weeks than whole passes
        assertThat(weeks[0]).isLessThan(weeks[1] / 3);
        // most candidates lose to the plan they must beat, and are given up once proven not shorter
        assertThat(stopped).isGreaterThan(12 * 40 / 2);
    }

    @Test
    void aSearchWithoutTheFirstPlanPacksEachCandidateOnce() {
        PlanOptions fast = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).budget(PlanOptions.Budget.FAST).build();
        for (long seed = 1; seed <= 12; seed++) {
            Problem p = problem(ReplanRoadmaps.realistic(120, seed), fast);
            assertThat(WeekPacker.boundable(p)).isTrue();
            int lowerBound = LowerBound.compute(p) - 3; // out of reach: the first candidate misses it, every pass runs
            int[] identity = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
            Improvement.Search search = new Improvement.Search(p, lowerBound, fast);
            Schedule improved = search.improveLonger(within -> {
                WeekPacker packer = new WeekPacker(p, identity, identity, 0);
                return within == Integer.MAX_VALUE ? packer.run() : packer.runWithin(within);
            });
            // the first candidate (the bottleneck order) is packed whole once, not within the bound and then whole
            assertThat(search.packs() + search.reused()).as("seed %d", seed)
                    .isEqualTo(Improvement.passes(fast, p.m) / Improvement.REPACK_COST);
            assertThat(improved.start).isEqualTo(new Improvement.Search(p, lowerBound, fast).improve(pass(p, identity)).start);
        }
    }

    @Test
    void theLongestPathFirstPlanIsTheSecondRulesCandidateNotASecondPass() {
        for (long seed = 1; seed <= 12; seed++) {
            Problem p = problem(ReplanRoadmaps.realistic(120, seed), PASSES);
            Improvement.Search search = new Improvement.Search(p, LowerBound.compute(p) - 3, PASSES);
            search.improve(pass(p, Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER)));
            long packs = search.packs();
            int[] lpOrder = Priorities.order(p, PlanOptions.Priority.LONGEST_PATH);
            Schedule kept = search.packedIn(lpOrder);
            assertThat(kept).as("seed %d: the longest-path order is the second rule's", seed).isNotNull();
            // packed whole now only when the search had stopped it; kept from then on
            assertThat(search.packs()).isLessThanOrEqualTo(packs + 1);
            assertThat(search.packedIn(lpOrder)).isSameAs(kept);
            assertThat(search.packs()).isLessThanOrEqualTo(packs + 1);
            Schedule fresh = pass(p, lpOrder);
            assertThat(kept.start).isEqualTo(fresh.start);
            assertThat(kept.finish).isEqualTo(fresh.finish);
            assertThat(kept.totalWeeks).isEqualTo(fresh.totalWeeks);
            assertThat(kept.allocHours.size()).isEqualTo(fresh.allocHours.size());
        }
        Problem p = problem(ReplanRoadmaps.realistic(120, 1), PASSES);
        assertThat(new Improvement.Search(p, 0, PASSES).packedIn(Priorities.order(p, PlanOptions.Priority.LONGEST_PATH)))
                .as("nothing packed yet").isNull();
    }

    @Test
    void deterministicCandidatesInTheSameOrderArePackedOnce() {
        // a chain of equal skills: the bottleneck order and every rule's order are the chain's order
        Roadmap.Builder chain = Roadmap.builder("chain");
        for (int i = 0; i < 30; i++) {
            dev.roadmap.core.Skill.Builder s = dev.roadmap.core.Skill.builder(dev.roadmap.core.SkillId.of("s" + i))
                    .title("S" + i).effort(dev.roadmap.core.Effort.ofHours(4, 4));
            if (i > 0) {
                s.requires(dev.roadmap.core.SkillId.of("s" + (i - 1)));
            }
            chain.addSkill(s.build());
        }
        PlanOptions five = PASSES.toBuilder().improvementPasses(5).capacity(dev.roadmap.core.plan.Capacity.pool(4)).build();
        Problem p = problem(chain.build(), five);
        Improvement.Search search = new Improvement.Search(p, 0, five); // a bound no plan meets: all 5 passes run
        search.improve(pass(p, Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER)));
        assertThat(search.packs() + search.reused()).isEqualTo(5);
        assertThat(search.packs()).as("one order, packed once").isEqualTo(1);
        Schedule kept = search.packedIn(Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER));
        assertThat(kept).isNotNull();
        assertThat(kept.start).isEqualTo(pass(p, Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER)).start);
    }

    @Test
    void aBudgetedSearchStopsAfterPassesWithoutAShorterPlan() {
        PlanOptions balanced = PlanOptions.builder().start(LocalDate.of(2026, 12, 7)).budget(PlanOptions.Budget.BALANCED).build();
        Problem p = problem(ReplanRoadmaps.realistic(60, 5), balanced);
        int budget = Improvement.passes(balanced, p.m) / Improvement.REPACK_COST;
        Improvement.Search search = new Improvement.Search(p, 0, balanced); // a bound no plan meets
        search.improve(pass(p, Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER)));
        assertThat(budget).isGreaterThan(200);
        // every pass either improves (at most one per week of the first plan) or counts towards the stall
        assertThat(search.packs()).isLessThanOrEqualTo((long) Improvement.STALL_PASSES * (p.m + 1));
        assertThat(search.packs()).isLessThan(budget);

        PlanOptions thorough = balanced.toBuilder().budget(PlanOptions.Budget.THOROUGH).build();
        Improvement.Search all = new Improvement.Search(p, 0, thorough);
        all.improve(pass(p, Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER)));
        assertThat(all.packs()).as("THOROUGH runs its whole budget").isEqualTo(Improvement.passes(thorough, p.m) / Improvement.REPACK_COST);
    }

    @Test
    void theBottleneckOrderPutsFirstTheSkillsLeadingToTheMostBottleneckWork() {
        Problem p = problem(ReplanRoadmaps.realistic(80, 7), PASSES);
        int[] order = Improvement.bottleneckOrder(p);
        assertThat(order).hasSize(p.m);
        assertThat(Priorities.ranks(order)).doesNotHaveDuplicates();
        // prerequisites before dependents: a dependent has no more bottleneck work after it than its prerequisite
        int[] rank = Priorities.ranks(order);
        for (int v = 0; v < p.m; v++) {
            for (int k = p.reqOff[v]; k < p.reqOff[v + 1]; k++) {
                assertThat(rank[p.reqTgt[k]]).isLessThan(rank[v]);
            }
        }
    }
}
