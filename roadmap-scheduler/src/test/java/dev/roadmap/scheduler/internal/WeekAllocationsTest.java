package dev.roadmap.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.PlanWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The plan's allocations are laid out and rounded only when a week is first read: the skills'
 * totals computed without the layout ({@link Cents#totals}) are the sums of the laid-out, rounded
 * allocations, and a plan whose weeks are not read lays nothing out.
 */
class WeekAllocationsTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    @Test
    void totalsWithoutTheLayoutAreTheSumsOfTheRoundedAllocations() {
        Random rnd = new Random(77);
        int compared = 0;
        int uneven = 0;
        for (int round = 0; round < 400; round++) {
            boolean pool = rnd.nextInt(4) == 0;
            Roadmap roadmap = withThirdHourLoads(WeekPackerSteadyTest.roadmap(rnd, round < 200 ? 12 : 80, pool), rnd, pool);
            Problem p = WeekPackerSteadyTest.problem(roadmap, WeekPackerSteadyTest.options(rnd, pool));
            if (p == null) {
                continue;
            }
            for (int[] order : WeekPackerSteadyTest.orders(p, rnd)) {
                Schedule s = pass(p, order);
                if (s == null) {
                    continue;
                }
                long[] totals = Cents.totals(p, s);
                WeekAllocations.Layout layout = WeekAllocations.layOut(p, s, order);
                assertThat(totals).as("round %d", round).containsExactly(layout.total);
                compared++;
                for (int v = 0; v < p.m; v++) {
                    if (p.rigid[v] && totals[v] % (s.finish[v] - s.start[v] + 1) != 0) {
                        uneven++; // a third of an hour over weeks: its largest-remainder rounding had work to do
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000);
        assertThat(uneven).isGreaterThan(100);
    }

    @Test
    void weeksAreLaidOutOnceAndOnlyWhenRead() {
        Roadmap roadmap = WeekPackerSteadyTest.roadmap(new Random(5), 60, false);
        Problem p = WeekPackerSteadyTest.problem(roadmap,
                PlanOptions.builder().capacity(Capacity.perTrack(Map.of("math", 3.0, "coding", 10.0 / 3, "english", 2.0)))
                        .start(START).build());
        int[] order = Priorities.order(p, PlanOptions.Priority.LONGEST_PATH);
        Schedule s = new WeekPacker(p, Priorities.ranks(order), order, 0).run();
        SkillId[] ids = new SkillId[p.m];
        for (int v = 0; v < p.m; v++) {
            ids[v] = roadmap.skill(p.doc[v]).id();
        }
        WeekAllocations allocations = new WeekAllocations(p, s, order, ids);
        List<PlanWeek> weeks = PlanAssembler.weeks(p.cap, s.totalWeeks, START, allocations);

        assertThat(weeks).hasSize(s.totalWeeks);
        assertThat(allocations.layouts).isZero();
        double hours = 0;
        for (PlanWeek week : weeks) {
            hours += week.usedHours();
        }
        assertThat(allocations.layouts).isEqualTo(1);
        assertThat(hours).isCloseTo(java.util.Arrays.stream(Cents.totals(p, s)).sum() / 100.0,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    /** Gives about one skill in eight a fixed pace of a third of an hour a week, which no hundredth holds. */
    private static Roadmap withThirdHourLoads(Roadmap roadmap, Random rnd, boolean pool) {
        String[] tracks = pool ? new String[] {Capacity.POOL} : new String[] {"math", "coding", "english"};
        for (int i = 0; i < roadmap.size(); i++) {
            if (rnd.nextInt(8) == 0) {
                Skill s = roadmap.skill(i);
                String track = tracks[rnd.nextInt(tracks.length)];
                roadmap = roadmap.withSkill(i, s.toBuilder().effort(null).track(pool ? "" : track)
                        .rigidPace(new RigidPace(1 + rnd.nextInt(4), Map.of(track, 1.0 / 3))).build());
            }
        }
        return roadmap;
    }

    private static Schedule pass(Problem p, int[] order) {
        try {
            return new WeekPacker(p, Priorities.ranks(order), order, 0).run();
        } catch (RuntimeException e) {
            return null; // a fixed-pace block that no run of override weeks holds
        }
    }
}
