package dev.roadmap.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlanCoherenceTest {

    @Test
    void inversionsMatchThePairCountAndTiesAreNotOutOfOrder() {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = rnd.nextInt(40);
            int[] start = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = 1 + rnd.nextInt(1 + rnd.nextInt(12));
            }
            long pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (start[i] > start[j]) {
                        pairs++;
                    }
                }
            }
            assertThat(PlanCoherence.inversions(start)).as("round %d", round).isEqualTo(pairs);
        }
        assertThat(PlanCoherence.inversions(new int[] {3, 3, 3})).isZero();
    }

    /** @return {@code n} random start weeks, and finish weeks 0-3 weeks later */
    private static int[][] randomWeeks(Random rnd, int n) {
        int[][] weeks = new int[2][n];
        for (int v = 0; v < n; v++) {
            weeks[0][v] = 1 + rnd.nextInt(20);
            weeks[1][v] = weeks[0][v] + rnd.nextInt(4);
        }
        return weeks;
    }

    @Test
    void lagPercentileIsTheNearestRankOfTheSortedLags() {
        for (long seed = 0; seed < 300; seed++) {
            Random rnd = new Random(seed);
            int n = 1 + rnd.nextInt(30);
            int[][] weeks = randomWeeks(rnd, n);
            int[] start = weeks[0];
            int[] finish = weeks[1];
            int[] reqOff = new int[n + 1];
            int[] reqTgt = new int[4 * n];
            int e = 0;
            for (int v = 0; v < n; v++) {
                for (int k = v == 0 ? 0 : rnd.nextInt(4); k > 0; k--) {
                    reqTgt[e++] = rnd.nextInt(v);
                }
                reqOff[v + 1] = e;
            }
            int[] lags = new int[e];
            for (int v = 0; v < n; v++) {
                for (int k = reqOff[v]; k < reqOff[v + 1]; k++) {
                    lags[k] = Math.max(0, start[v] - finish[reqTgt[k]]);
                }
            }
            java.util.Arrays.sort(lags);
            int expected = e == 0 ? 0 : lags[(int) Math.ceil(0.9 * e) - 1];
            assertThat(PlanCoherence.measure(start, finish, reqOff, java.util.Arrays.copyOf(reqTgt, e), 30).p90LagWeeks())
                    .as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void measuresLagPercentileOutOfOrderShareAndOpenSkills() {
        // b requires a, c requires a and b; d is independent and starts first
        int[] start = {1, 2, 5, 1};
        int[] finish = {1, 3, 5, 4};
        int[] reqOff = {0, 0, 1, 3, 3};
        int[] reqTgt = {0, 0, 1};
        PlanCoherence c = PlanCoherence.measure(start, finish, reqOff, reqTgt, 5);
        // lags: b-a 1, c-a 4, c-b 2
        assertThat(c.meanLagWeeks()).isEqualTo(7.0 / 3);
        assertThat(c.p90LagWeeks()).isEqualTo(4);
        // pairs out of order: (b, d) and (c, d): 2 of 6
        assertThat(c.outOfOrderShare()).isEqualTo(2.0 / 6);
        // open weeks: 1 + 2 + 1 + 4 = 8 over 5 weeks
        assertThat(c.meanOpenSkills()).isEqualTo(8.0 / 5);
    }

    @Test
    void ofPlanUsesReadingOrderAndOnlyPlannedPrerequisites() {
        Roadmap r = Roadmap.builder("r")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(10)).build())
                .addSkill(Skill.builder("done", "Done").effort(Effort.ofHours(10)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(10)).requires("a", "done").build())
                .build();
        Plan plan = new Plan("r", LocalDate.of(2026, 12, 7), Capacity.pool(10), 3, 2, 20, List.of(),
                List.of(new ScheduledSkill(SkillId.of("b"), 3, 3, 10), new ScheduledSkill(SkillId.of("a"), 1, 1, 10)),
                List.of(), List.of(), Map.of());
        PlanCoherence c = PlanCoherence.of(plan, r);
        assertThat(c.meanLagWeeks()).isEqualTo(2);
        assertThat(c.outOfOrderShare()).isZero();
        assertThat(c.meanOpenSkills()).isEqualTo(2.0 / 3);
        assertThat(PlanCoherence.EMPTY.atLeastAsCoherentAs(c)).isTrue();
        assertThat(c.atLeastAsCoherentAs(PlanCoherence.EMPTY)).isFalse();
    }
}
