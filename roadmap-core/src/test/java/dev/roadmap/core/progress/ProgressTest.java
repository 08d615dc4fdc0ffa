package dev.roadmap.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final LocalDate MON = LocalDate.of(2026, 12, 7);

    static Roadmap roadmap() {
        return Roadmap.builder("r").pace(Pace.of(10))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(10)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(20)).requires("a")
                        .addTopic(Topic.of("one", false)).addTopic(Topic.of("two", false))
                        .addTopic(Topic.of("three", false)).addTopic(Topic.of("four", false)).build())
                .addSkill(Skill.builder("c", "C").rigidPace(new RigidPace(3, Map.of("*", 4.0))).build())
                .addSkill(Skill.builder("d", "D").effort(Effort.ofHours(5)).status(Status.DONE).build())
                .build();
    }

    private static ProgressEntry e(int day, String skill, double hours) {
        return ProgressEntry.of(MON.plusDays(day), SkillId.of(skill), hours);
    }

    private static Skill skill(Roadmap r, String id) {
        return r.skill(r.indexOf(SkillId.of(id)));
    }

    @Test
    void sumsHoursPerSkillAndPerWeekAndMakesASkillWithHoursDoing() {
        Roadmap r = roadmap();
        Progress p = Progress.of(r, ProgressLog.of("r", List.of(e(0, "a", 2.5), e(2, "a", 3), e(8, "b", 4))));
        assertThat(p.skill(SkillId.of("a")).orElseThrow().hours()).isEqualTo(5.5);
        assertThat(p.status(skill(r, "a"))).isEqualTo(Status.DOING);
        assertThat(p.status(skill(r, "c"))).isEqualTo(Status.TODO);
        assertThat(p.hoursInWeek(MON)).isEqualTo(5.5);
        assertThat(p.hoursInWeek(MON.plusWeeks(1))).isEqualTo(4);
        assertThat(p.weeks().keySet()).containsExactly(MON, MON.plusWeeks(1));
        assertThat(p.totalHours()).isEqualTo(9.5);
        assertThat(p.remainingHours(skill(r, "a"), Effort.Estimate.MID)).isEqualTo(4.5);
        assertThat(e(3, "a", 1).week()).isEqualTo(MON);
        assertThat(e(6, "a", 1).week()).isEqualTo(MON);
        assertThat(e(7, "a", 1).week()).isEqualTo(MON.plusWeeks(1));
    }

    @Test
    void latestStatusWinsAndADoneSkillHasNothingLeft() {
        Roadmap r = roadmap();
        Progress p = Progress.of(r, ProgressLog.of("r", List.of(e(0, "a", 2).withStatus(Status.DONE), e(1, "a", 1),
                e(2, "a", 0).withStatus(Status.DOING), e(3, "c", 0).withStatus(Status.SKIPPED))));
        assertThat(p.status(skill(r, "a"))).isEqualTo(Status.DOING);
        assertThat(p.status(skill(r, "c"))).isEqualTo(Status.SKIPPED);
        assertThat(p.remainingHours(skill(r, "c"), Effort.Estimate.MID)).isZero();
        assertThat(p.status(skill(r, "d"))).isEqualTo(Status.DONE);
    }

    @Test
    void remainingIsNeverNegativeAndAtMostTheUntickedShare() {
        Roadmap r = roadmap();
        Progress over = Progress.of(r, ProgressLog.of("r", List.of(e(0, "a", 30))));
        assertThat(over.remainingHours(skill(r, "a"), Effort.Estimate.MID)).isZero();
        Progress ticked = Progress.of(r, ProgressLog.of("r", List.of(e(0, "b", 1).withTicked(List.of("one", "two", "three")))));
        assertThat(ticked.remainingHours(skill(r, "b"), Effort.Estimate.MID)).isEqualTo(5.0);
        Progress hoursWin = Progress.of(r, ProgressLog.of("r", List.of(e(0, "b", 18).withTicked(List.of("one")))));
        assertThat(hoursWin.remainingHours(skill(r, "b"), Effort.Estimate.MID)).isEqualTo(2.0);
        Progress rigid = Progress.of(r, ProgressLog.of("r", List.of(e(0, "c", 5))));
        assertThat(rigid.remainingHours(skill(r, "c"), Effort.Estimate.MID)).isEqualTo(7.0);
    }

    @Test
    void ignoresUnknownSkillsWhichCheckReports() {
        Roadmap r = roadmap();
        Progress p = Progress.of(r, ProgressLog.of("r", List.of(e(0, "ghost", 3))));
        assertThat(p.skills()).isEmpty();
        assertThat(p.totalHours()).isZero();
    }

    @Test
    void entriesRejectNegativeOrNonFiniteHours() {
        assertThatThrownBy(() -> e(0, "a", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e(0, "a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e(0, "a", Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: shuffling the entries changes nothing but (possibly) the status; remaining never negative. */
    @Test
    void applyingALogIsOrderIndependentExceptForStatus() {
        Roadmap r = roadmap();
        String[] ids = {"a", "b", "c", "d"};
        String[] topics = {"one", "two", "three", "four", "five"};
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            List<ProgressEntry> entries = new ArrayList<>();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                ProgressEntry en = e(random.nextInt(40), ids[random.nextInt(ids.length)], random.nextInt(4) == 0 ? 0
                        : Math.round(random.nextDouble() * 160) / 10.0);
                if (random.nextBoolean()) {
                    en = en.withTicked(List.of(topics[random.nextInt(topics.length)]));
                }
                entries.add(en);
            }
            List<ProgressEntry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, random);
            Progress p = Progress.of(r, ProgressLog.of("r", entries));
            Progress q = Progress.of(r, ProgressLog.of("r", shuffled));
            assertThat(q.skills().keySet()).containsExactlyInAnyOrderElementsOf(p.skills().keySet());
            assertThat(q.totalHours()).isCloseTo(p.totalHours(), within(1e-9));
            assertThat(q.weeks().keySet()).isEqualTo(p.weeks().keySet());
            for (int i = 0; i < r.size(); i++) {
                Skill s = r.skill(i);
                assertThat(q.remainingHours(s, Effort.Estimate.MID)).isCloseTo(p.remainingHours(s, Effort.Estimate.MID), within(1e-9))
                        .isGreaterThanOrEqualTo(0);
                assertThat(q.status(s)).isEqualTo(p.status(s));
                p.skill(s.id()).ifPresent(sp -> {
                    SkillProgress sq = q.skill(s.id()).orElseThrow();
                    assertThat(sq.ticked()).containsExactlyInAnyOrderElementsOf(sp.ticked());
                    assertThat(sq.firstDate()).isEqualTo(sp.firstDate());
                    assertThat(sq.lastDate()).isEqualTo(sp.lastDate());
                });
            }
            for (LocalDate week : p.weeks().keySet()) {
                assertThat(q.hoursInWeek(week)).isCloseTo(p.hoursInWeek(week), within(1e-9));
            }
        }
    }
}
