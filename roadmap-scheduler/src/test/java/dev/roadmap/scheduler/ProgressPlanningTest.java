package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.spi.InvalidPlanRequestException;
import dev.roadmap.spi.PlanningException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planning what remains from a progress log (issue 15, point 3). */
class ProgressPlanningTest {
    private static final LocalDate START = TestRoadmaps.START;
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    private static Roadmap chain() {
        return Roadmap.builder("chain").pace(Pace.of(10))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(15)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(20)).requires("a").build())
                .addSkill(Skill.builder("c", "C").effort(Effort.ofHours(10)).requires("b").build())
                .build();
    }

    private static ProgressEntry e(LocalDate day, String skill, double hours) {
        return ProgressEntry.of(day, SkillId.of(skill), hours);
    }

    private static PlanOptions.Builder withProgress(PlanOptions o, ProgressLog log, LocalDate today) {
        return o.toBuilder().start(null).progress(log).today(today);
    }

    @Test
    void anEmptyLogPlansLikeNoLogFromTheMondayOfTodaysWeek() {
        for (long seed = 0; seed < 150; seed++) {
            RandomScenario s = RandomScenario.of(seed);
            Plan without;
            try {
                without = scheduler.schedule(s.roadmap(), s.options());
            } catch (PlanningException refused) {
                assertThatThrownBy(() -> scheduler.schedule(s.roadmap(), withProgress(s.options(), ProgressLog.empty(""),
                        START.plusDays(3)).build())).isInstanceOf(refused.getClass());
                continue;
            }
            Plan with = scheduler.schedule(s.roadmap(), withProgress(s.options(), ProgressLog.empty(""), START.plusDays(3)).build());
            assertThat(with).as(s.toString()).isEqualTo(without);
        }
    }

    @Test
    void loggedWeeksBeforeTodayBecomeActualHistoryAndTheRestIsPlannedFromTodaysWeek() {
        ProgressLog log = ProgressLog.empty("chain").append(e(START.plusDays(1), "a", 6)).append(e(START.plusDays(3), "a", 4))
                .append(e(START.plusDays(15), "a", 5)).append(e(START.plusDays(16), "b", 2));
        Plan plan = scheduler.schedule(chain(), PlanOptions.builder().capacity(Capacity.pool(10)).progress(log)
                .today(START.plusDays(17)).build());
        // week 1 logged, week 2 nothing, week 3 is today's week with 7 h already logged
        assertThat(plan.start()).isEqualTo(START);
        assertThat(plan.weeks().get(0).actual()).isTrue();
        assertThat(plan.weeks().get(0).allocations()).containsExactly(new Allocation(SkillId.of("a"), "*", 10.0));
        assertThat(plan.weeks().get(1).actual()).isTrue();
        assertThat(plan.weeks().get(1).allocations()).isEmpty();
        PlanWeek thisWeek = plan.weeks().get(2);
        assertThat(thisWeek.actual()).isFalse();
        assertThat(thisWeek.start()).isEqualTo(START.plusWeeks(2));
        assertThat(thisWeek.capacity()).containsEntry("*", 3.0);
        assertThat(thisWeek.usedHours()).isCloseTo(3.0, within(1e-9));
        // a is done (15 h logged); b has 18 h left, c 10 h: 3 + 10 + 10 + 5 -> weeks 3..6
        assertThat(plan.skill(SkillId.of("a"))).contains(new ScheduledSkill(SkillId.of("a"), 1, 1, 10.0));
        assertThat(plan.skill(SkillId.of("b")).orElseThrow().hours()).isCloseTo(18.0, within(1e-9));
        assertThat(plan.totalWeeks()).isEqualTo(6);
        assertThat(plan.weeks()).extracting(PlanWeek::week).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("progress-complete"));
        PlanInvariantsCheck.allocationsAddUp(plan);
    }

    @Test
    void aLoggedStatusClosesASkillAndSatisfiesItsDependents() {
        ProgressLog log = ProgressLog.empty("chain").append(e(START, "a", 0).withStatus(Status.DONE));
        Plan plan = scheduler.schedule(chain(), PlanOptions.builder().capacity(Capacity.pool(10)).progress(log).today(START).build());
        assertThat(plan.skill(SkillId.of("a"))).isEmpty();
        assertThat(plan.skill(SkillId.of("b")).orElseThrow().startWeek()).isEqualTo(1);
        assertThat(plan.unscheduled()).anySatisfy(u -> assertThat(u.skill()).isEqualTo(SkillId.of("a")));
    }

    @Test
    void aLogWithErrorsIsRefusedNamingTheEntries() {
        ProgressLog log = ProgressLog.empty("chain").append(e(START, "ghost", 1));
        assertThatThrownBy(() -> scheduler.schedule(chain(), PlanOptions.builder().progress(log).today(START).build()))
                .isInstanceOfSatisfying(InvalidPlanRequestException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(InvalidPlanRequestException.INVALID_PROGRESS);
                    assertThat(ex.getMessage()).contains("ghost").contains("progress-unknown-skill");
                });
        assertThatThrownBy(() -> PlanOptions.builder().start(START).progress(log).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Logging exactly the hours week 1 of a baseline planned and re-planning from week 2 gives the
     * baseline again: week 1 as history, the same weeks 2.. and the same finishes. Pinned to document
     * order without improvement passes: the improvement search and the longest-path ranking look at
     * remaining work, which the log changes (a half-done skill has a shorter remaining chain), so with
     * them an equally long but different plan is a correct answer. Without {@code maxParallel}: with a
     * cap the packer keeps skills it started ahead of new ones, and a re-plan does not know which skills
     * the learner has started (the scope gives the scheduler remaining hours, not "in progress"), so a
     * capped re-plan may open a different skill first.
     */
    @Test
    void replanningAfterLoggingWeekOneReproducesTheBaseline() {
        int compared = 0;
        for (long seed = 0; seed < 800; seed++) {
            RandomScenario s = RandomScenario.of(seed);
            if (!s.options().capacity().orElseThrow().weekOverrides().isEmpty() || hasZeroLoadRigidSkill(s.roadmap())) {
                continue;
            }
            PlanOptions base = s.options().toBuilder().priority(PlanOptions.Priority.DOCUMENT_ORDER).improvementPasses(0)
                    .maxParallel(0).build();
            Plan baseline;
            try {
                baseline = scheduler.schedule(s.roadmap(), base);
            } catch (PlanningException refused) {
                continue;
            }
            if (baseline.totalWeeks() < 2) {
                continue;
            }
            ProgressLog log = weekOneAsLogged(baseline);
            Plan replan = scheduler.schedule(s.roadmap(), withProgress(base, log, START.plusDays(8)).build());
            assertThat(replan.totalWeeks()).as(s.toString()).isEqualTo(baseline.totalWeeks());
            assertThat(replan.weeks().get(0).actual()).isTrue();
            for (int w = 1; w < baseline.totalWeeks(); w++) {
                assertThat(hours(replan.weeks().get(w))).as(s + " week " + (w + 1)).isEqualTo(hours(baseline.weeks().get(w)));
            }
            for (ScheduledSkill k : baseline.skills()) {
                assertThat(replan.skill(k.id()).orElseThrow().finishWeek()).as(s + " " + k.id()).isEqualTo(k.finishWeek());
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(100);  // 800 seeds give about 120 comparable scenarios
    }

    /**
     * A rigid skill with a weekly load of 0 h has no hours to log, so a log cannot say that one of its
     * weeks went by; such scenarios are left out of the reproduction property.
     */
    private static boolean hasZeroLoadRigidSkill(Roadmap r) {
        for (int i = 0; i < r.size(); i++) {
            if (r.skill(i).rigidPace().map(p -> p.totalHours() == 0).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Week 1's allocations as entries on its Monday; skills the baseline finishes in week 1 are marked done. */
    private static ProgressLog weekOneAsLogged(Plan baseline) {
        List<ProgressEntry> entries = new ArrayList<>();
        for (Allocation a : baseline.weeks().get(0).allocations()) {
            entries.add(e(START, a.skill().value(), a.hours()));
        }
        for (ScheduledSkill k : baseline.skills()) {
            if (k.finishWeek() == 1) {
                entries.add(e(START, k.id().value(), 0).withStatus(Status.DONE));
            }
        }
        return ProgressLog.of(baseline.roadmap(), entries);
    }

    /** A week's hours per skill and track, rounded to a micro-hour. */
    private static Map<String, Long> hours(PlanWeek w) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Allocation a : w.allocations()) {
            out.merge(a.skill() + "/" + a.track(), Math.round(a.hours() * 1e6), Long::sum);
        }
        out.values().removeIf(v -> v == 0);
        return out;
    }

    @Test
    void remainingHoursAreNeverNegativeWhateverIsLogged() {
        java.util.Random rnd = new java.util.Random(7);
        for (long seed = 0; seed < 120; seed++) {
            RandomScenario s = RandomScenario.of(seed);
            if (s.roadmap().size() == 0) {
                continue;
            }
            List<ProgressEntry> entries = new ArrayList<>();
            for (int k = rnd.nextInt(8); k > 0; k--) {
                entries.add(e(START.minusDays(rnd.nextInt(30)), "s" + rnd.nextInt(s.roadmap().size()), rnd.nextInt(40)));
            }
            Plan plan;
            try {
                plan = scheduler.schedule(s.roadmap(), withProgress(s.options(), ProgressLog.of("", entries), START).build());
            } catch (PlanningException refused) {
                continue;
            }
            assertThat(plan.skills()).allSatisfy(k -> assertThat(k.hours()).isGreaterThanOrEqualTo(0));
            assertThat(plan.weeks()).allSatisfy(w -> assertThat(w.allocations()).allSatisfy(a -> assertThat(a.hours()).isGreaterThanOrEqualTo(0)));
            PlanInvariantsCheck.allocationsAddUp(plan);
        }
    }

    /** Allocations add up exactly: a skill's weekly hours sum to its hours, a week's to its total. */
    static final class PlanInvariantsCheck {
        static void allocationsAddUp(Plan plan) {
            Map<SkillId, Double> sums = new java.util.HashMap<>();
            double total = 0;
            for (PlanWeek w : plan.weeks()) {
                for (Allocation a : w.allocations()) {
                    sums.merge(a.skill(), a.hours(), Double::sum);
                    total += a.hours();
                }
            }
            for (ScheduledSkill k : plan.skills()) {
                assertThat(sums.getOrDefault(k.id(), 0.0)).as(k.id().value()).isCloseTo(k.hours(), within(1e-6));
            }
            assertThat(total).isCloseTo(plan.totalHours(), within(1e-6));
        }
    }
}
