package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fused lower bound ({@link LowerBound#compute}) is the number the bound's earlier code gives
 * ({@link LowerBoundReference}) on seeded random problems: one to four tracks or a pool, flexible
 * skills with fractional hours, fixed-pace skills loading one or several tracks, capacity overrides
 * (weeks without hours too), done and running skills, and long chains whose many distinct tails make
 * the windowed bound thin its thresholds.
 */
class LowerBoundEquivalenceTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final String[] TRACKS = {"math", "coding", "english", "music"};

    @Test
    void equalsTheEarlierCodeOnRandomProblems() {
        Random rnd = new Random(1607);
        int built = 0;
        int withRigid = 0;
        int multiTrackRigid = 0;
        int withOverrides = 0;
        int thinned = 0;
        int raisedByTheWindows = 0;
        for (int round = 0; round < 6_500; round++) {
            // one round in forty a long chain across two or more tracks
            boolean large = round % 40 == 39;
            boolean pool = !large && rnd.nextInt(5) == 0;
            int tracks = pool ? 1 : large ? 2 + rnd.nextInt(TRACKS.length - 1) : 1 + rnd.nextInt(TRACKS.length);
            Roadmap roadmap = roadmap(rnd, large ? 600 + rnd.nextInt(800) : 1 + rnd.nextInt(round < 3_000 ? 15 : 90),
                    pool, tracks, large);
            PlanOptions options = options(rnd, pool, tracks);
            Problem p = WeekPackerSteadyTest.problem(roadmap, options);
            if (p == null) {
                continue;
            }
            built++;
            int expected = LowerBoundReference.compute(p);
            assertThat(LowerBound.compute(p)).as("round %d", round).isEqualTo(expected);

            boolean rigid = false;
            for (int v = 0; v < p.m; v++) {
                rigid |= p.rigid[v];
                multiTrackRigid += p.rigid[v] && p.loadOff[v + 1] - p.loadOff[v] > 1 ? 1 : 0;
            }
            withRigid += rigid ? 1 : 0;
            withOverrides += p.cap.lastOverrideWeek() > 0 ? 1 : 0;
            int[] tails = LowerBoundReference.tails(p);
            if (LowerBound.thresholds(tails, p.m).length < LowerBound.distinct(tails, p.m).length) {
                thinned++;
            }
            if (expected > LowerBoundReference.criticalPath(p)) {
                raisedByTheWindows++;
            }
        }
        // every kind of problem the bound distinguishes was met, and often
        assertThat(built).isGreaterThan(5_000);
        assertThat(withRigid).isGreaterThan(1_000);
        assertThat(multiTrackRigid).isGreaterThan(1_000);
        assertThat(withOverrides).isGreaterThan(1_500);
        assertThat(thinned).isGreaterThan(30);
        assertThat(raisedByTheWindows).isGreaterThan(1_000);
    }

    /**
     * With the length of a plan known ({@link LowerBound#compute(Problem, int)}), the bound is the same
     * whatever window the hint holds: the one recorded by the last whole computation (which then proves
     * the bound alone when the plan is that long), none, or any track and threshold at all.
     */
    @Test
    void aKnownPlanLengthAndAnyHintGiveTheSameBound() {
        Random rnd = new Random(3011);
        int flexible = 0;
        int provenByTheHint = 0;
        for (int round = 0; round < 3_000; round++) {
            boolean pool = rnd.nextInt(5) == 0;
            int tracks = pool ? 1 : 1 + rnd.nextInt(TRACKS.length);
            Roadmap roadmap = roadmap(rnd, 1 + rnd.nextInt(round < 1_500 ? 15 : 90), pool, tracks, round % 40 == 39);
            PlanOptions options = options(rnd, pool, tracks);
            Problem p = WeekPackerSteadyTest.problem(roadmap, options);
            if (p == null) {
                continue;
            }
            int[] identity = Priorities.order(p, PlanOptions.Priority.DOCUMENT_ORDER);
            int length;
            try {
                length = new WeekPacker(p, identity, identity, options.maxParallel()).run().totalWeeks;
            } catch (dev.roadmap.spi.InfeasiblePlanException e) {
                continue;
            }
            int expected = LowerBoundReference.compute(p);
            BoundHint hint = p.boundHint;
            assertThat(LowerBound.compute(p, length)).as("round %d, no hint", round).isEqualTo(expected);
            long before = hint.proofs.get();
            assertThat(LowerBound.compute(p, length)).as("round %d, the recorded hint", round).isEqualTo(expected);
            assertThat(LowerBound.compute(p, expected)).as("round %d, a plan as long as the bound", round).isEqualTo(expected);
            if (WeekPacker.boundable(p)) {
                flexible++;
                provenByTheHint += hint.proofs.get() > before ? 1 : 0;
            }
            for (int k = 0; k < 4; k++) {
                hint.window(rnd.nextInt(6) == 0 ? BoundHint.NONE : BoundHint.of(rnd.nextInt(TRACKS.length + 1), rnd.nextInt(60)));
                assertThat(LowerBound.compute(p, k % 2 == 0 ? length : expected)).as("round %d, any hint", round)
                        .isEqualTo(expected);
            }
        }
        assertThat(flexible).isGreaterThan(600);
        // the window that set a bound proves it again once a plan that long is known (unless the critical path set it)
        assertThat(provenByTheHint).isGreaterThan(flexible / 4);
    }

    private static Roadmap roadmap(Random rnd, int n, boolean pool, int tracks, boolean chain) {
        Roadmap.Builder b = Roadmap.builder("bound").pace(Pace.of(10));
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i);
            String track = pool ? "" : TRACKS[rnd.nextInt(tracks)];
            s.track(track);
            if (rnd.nextInt(chain ? 25 : 8) == 0) {
                s.rigidPace(new RigidPace(1 + rnd.nextInt(5), loads(rnd, pool, tracks, track)));
            } else if (rnd.nextInt(15) == 0) {
                s.effort(Effort.openEnded(rnd.nextInt(3)));
            } else {
                double min = rnd.nextInt(chain ? 6 : 40) + (rnd.nextInt(4) == 0 ? 1.0 / 3 : 0.25 * rnd.nextInt(4));
                s.effort(Effort.ofHours(min, min + rnd.nextInt(20)));
            }
            if (chain && i > 0) {
                // a long chain, mostly across tracks: many distinct tails
                s.requires("s" + (i - 1));
            }
            for (int k = 0; k < 3 && i > 0; k++) {
                if (rnd.nextInt(3) > 0) {
                    s.requires("s" + (i - 1 - rnd.nextInt(Math.min(i, 12))));
                }
            }
            int status = rnd.nextInt(15);
            if (status == 0) {
                s.status(Status.DONE);
            } else if (status == 1) {
                s.status(Status.DOING);
            }
            b.addSkill(s.build());
        }
        return b.build();
    }

    /** A weekly load on the skill's track, and sometimes on others too. */
    private static Map<String, Double> loads(Random rnd, boolean pool, int tracks, String track) {
        Map<String, Double> loads = new LinkedHashMap<>();
        loads.put(pool ? Capacity.POOL : track, 0.25 * (1 + rnd.nextInt(12)));
        for (int k = 0; !pool && k < tracks && rnd.nextInt(3) == 0; k++) {
            loads.put(TRACKS[rnd.nextInt(tracks)], 0.25 * (1 + rnd.nextInt(8)));
        }
        return loads;
    }

    private static PlanOptions options(Random rnd, boolean pool, int tracks) {
        Map<String, Double> weekly = new LinkedHashMap<>();
        for (int t = 0; t < tracks; t++) {
            int kind = rnd.nextInt(6);
            weekly.put(TRACKS[t], kind == 0 ? 10.0 / 3 : kind == 1 ? 0.5 + rnd.nextInt(8) : 1.0 + rnd.nextInt(6));
        }
        Capacity capacity = pool ? Capacity.pool(2.0 + rnd.nextInt(12)) : Capacity.perTrack(weekly);
        for (int k = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(6); k > 0; k--) {
            capacity = capacity.withWeekOverride(1 + rnd.nextInt(80), rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(10) + 0.5);
        }
        PlanOptions.Builder o = PlanOptions.builder().capacity(capacity).start(START);
        if (rnd.nextInt(4) == 0) {
            o.maxParallel(1 + rnd.nextInt(3));
        }
        return o.build();
    }
}
