package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Track;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The packer's work, counted rather than timed: every week is visited at most once (idle stretches
 * are jumped over, never rescanned), every allocation step places hours (so steps are bounded by
 * skills plus weeks), and every prerequisite edge is examined exactly once when its skill finishes.
 * Each of those steps costs at most a constant number of heap operations, which with the ranking
 * sort gives {@code O((V + E) log V)} plus the weeks of the plan.
 */
class WeekPackerComplexityTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final int CHAIN = 100_000;

    /** Counts of one packing run. */
    private record Work(long weekVisits, long allocationSteps, long releaseSteps, int totalWeeks, int skills, int edges,
                        long steadyWeeks) {
    }

    private static Work pack(Roadmap roadmap, PlanOptions options) {
        Problem problem = ProblemBuilder.build(roadmap, options);
        int[] order = Priorities.order(problem, options.priority());
        WeekPacker packer = new WeekPacker(problem, Priorities.ranks(order), order, options.maxParallel());
        Schedule schedule = packer.run();
        return new Work(packer.weekVisits, packer.allocationSteps, packer.releaseSteps, schedule.totalWeeks, problem.m,
                problem.reqTgt.length, packer.steadyWeekVisits);
    }

    private static Roadmap chain(int n, double hours, String... tracks) {
        Roadmap.Builder b = Roadmap.builder("chain").pace(Pace.of(10));
        for (String t : tracks) {
            b.addTrack(Track.of(t, t));
        }
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder(SkillId.of("s" + i)).effort(Effort.ofHours(hours));
            if (tracks.length > 0) {
                s.track(tracks[i % tracks.length]);
            }
            if (i > 0) {
                s.requires(SkillId.of("s" + (i - 1)));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }

    @Test
    void longChainOfSmallSkillsVisitsEachWeekOnceAndEachEdgeOnce() {
        Work work = pack(chain(CHAIN, 1, new String[0]), PlanOptions.builder().capacity(Capacity.pool(10)).start(START).build());

        assertThat(work.totalWeeks()).isEqualTo(CHAIN / 10);
        assertThat(work.weekVisits()).isLessThanOrEqualTo(work.totalWeeks());
        assertThat(work.allocationSteps()).isEqualTo(CHAIN);
        assertThat(work.releaseSteps()).isEqualTo(CHAIN - 1);
    }

    @Test
    void chainAlternatingTracksIsLinearThoughEveryStepWaitsAWeek() {
        Work work = pack(chain(CHAIN, 1, "math", "coding"),
                PlanOptions.builder().capacity(Capacity.perTrack(Map.of("math", 10.0, "coding", 10.0))).start(START).build());

        assertThat(work.totalWeeks()).isEqualTo(CHAIN);
        assertThat(work.weekVisits()).isLessThanOrEqualTo(work.totalWeeks());
        assertThat(work.allocationSteps()).isEqualTo(CHAIN);
        assertThat(work.releaseSteps()).isEqualTo(CHAIN - 1);
    }

    @Test
    void skillsLongerThanAWeekCostOneStepPerWeekTheyUse() {
        int n = 10_000;
        Work work = pack(chain(n, 25, new String[0]), PlanOptions.builder().capacity(Capacity.pool(10)).start(START).build());

        assertThat(work.totalWeeks()).isEqualTo(n * 25 / 10);
        assertThat(work.weekVisits()).isLessThanOrEqualTo(work.totalWeeks());
        // each step either finishes a skill or fills a week
        assertThat(work.allocationSteps()).isLessThanOrEqualTo((long) n + work.totalWeeks());
    }

    @Test
    void weeksInWhichNothingHappensSkipTheQueuesSoQueueWorkFollowsTheSkillsNotTheWeeks() {
        // three tracks, each a chain of long skills: a skill takes 20 to 40 weeks, and a week in which
        // no skill starts, finishes or arrives is packed without the queues
        int n = 3_000;
        Random random = new Random(3);
        Roadmap.Builder b = Roadmap.builder("long").pace(Pace.of(10));
        String[] tracks = {"math", "coding", "english"};
        for (String t : tracks) {
            b.addTrack(Track.of(t, t));
        }
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder(SkillId.of("s" + i)).effort(Effort.ofHours(40 + random.nextInt(40)))
                    .track(tracks[i % 3]);
            if (i >= 3) {
                s.requires(SkillId.of("s" + (i - 3)));
            }
            b.addSkill(s.build());
        }
        Work work = pack(b.build(), PlanOptions.builder().capacity(Capacity.perTrack(Map.of("math", 2.0, "coding", 2.0,
                "english", 2.0))).start(START).build());

        assertThat(work.totalWeeks()).isGreaterThan(20 * n / 3);
        assertThat(work.weekVisits()).isLessThanOrEqualTo(work.totalWeeks());
        // weeks through the queues: at most two per skill (the week it starts, the week it finishes)
        assertThat(work.weekVisits() - work.steadyWeeks()).isLessThanOrEqualTo(2L * n);
        assertThat(work.releaseSteps()).isEqualTo(work.edges());
    }

    @Test
    void idleStretchesUnderFixedPaceSkillsAreJumpedNotScanned() {
        int n = 1_000;
        int weeksEach = 100;
        Roadmap.Builder b = Roadmap.builder("rigid-chain").pace(Pace.of(10));
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder(SkillId.of("r" + i)).rigidPace(new RigidPace(weeksEach, Map.of("*", 4.0)));
            if (i > 0) {
                s.requires(SkillId.of("r" + (i - 1)));
            }
            b.addSkill(s.build());
        }
        Work work = pack(b.build(), PlanOptions.builder().capacity(Capacity.pool(10)).start(START).build());

        assertThat(work.totalWeeks()).isEqualTo(n * weeksEach);
        // one visit per booking, not one per week of the plan
        assertThat(work.weekVisits()).isLessThanOrEqualTo(2L * n);
    }

    @Test
    void workGrowsLinearlyWithTheDag() {
        Work small = pack(layered(20_000, 1), options());
        Work large = pack(layered(40_000, 1), options());

        for (Work w : new Work[] {small, large}) {
            assertThat(w.releaseSteps()).isEqualTo(w.edges());
            assertThat(w.weekVisits()).isLessThanOrEqualTo(w.totalWeeks());
            assertThat(w.allocationSteps()).isLessThanOrEqualTo((long) w.skills() + 2L * w.totalWeeks());
        }
        long smallWork = small.weekVisits() + small.allocationSteps() + small.releaseSteps();
        long largeWork = large.weekVisits() + large.allocationSteps() + large.releaseSteps();
        assertThat((double) largeWork / smallWork).isBetween(1.8, 2.2);
    }

    private static PlanOptions options() {
        return PlanOptions.builder().capacity(Capacity.perTrack(Map.of("math", 20.0, "coding", 20.0))).start(START).build();
    }

    /** Layers of about sqrt(n) skills, each requiring 4 skills of earlier layers, on two tracks. */
    private static Roadmap layered(int n, long seed) {
        Random random = new Random(seed);
        int width = (int) Math.sqrt(n);
        Roadmap.Builder b = Roadmap.builder("layered").addTrack(Track.of("math", "math")).addTrack(Track.of("coding", "coding"));
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder(SkillId.of("s" + i)).effort(Effort.ofHours(1 + random.nextInt(10), 11 + random.nextInt(20)))
                    .track(i % 2 == 0 ? "math" : "coding");
            int layerStart = i / width * width;
            for (int k = 0; layerStart > 0 && k < 4; k++) {
                s.requires(SkillId.of("s" + random.nextInt(layerStart)));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }
}
