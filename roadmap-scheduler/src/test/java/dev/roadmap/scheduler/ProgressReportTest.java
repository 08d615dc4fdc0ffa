package dev.roadmap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.ProgressReport;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The standing against a baseline (issue 15, point 4), on a five-skill chain of 100 h at 10 h a week. */
class ProgressReportTest {
    private static final LocalDate START = TestRoadmaps.START;
    private static final LocalDate WEEK4 = START.plusWeeks(3);
    private final WeekPackingScheduler scheduler = new WeekPackingScheduler();

    private static Roadmap roadmap() {
        Roadmap.Builder b = Roadmap.builder("course").pace(Pace.of(10));
        for (int i = 1; i <= 5; i++) {
            Skill.Builder s = Skill.builder("s" + i, "Skill " + i).effort(Effort.ofHours(20));
            if (i > 1) {
                s.requires("s" + (i - 1));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }

    private Plan baseline() {
        return scheduler.schedule(roadmap(), PlanOptions.builder().capacity(Capacity.pool(10)).start(START).build());
    }

    private ProgressReport report(ProgressLog log, LocalDate today) {
        Plan current = scheduler.schedule(roadmap(), PlanOptions.builder().capacity(Capacity.pool(10)).progress(log).today(today).build());
        return ProgressReport.of(roadmap(), log, current, Optional.of(baseline()), today);
    }

    private static ProgressLog weekly(double... hours) {
        ProgressLog log = ProgressLog.empty("course");
        double left = 20;
        int skill = 1;
        for (int w = 0; w < hours.length; w++) {
            double h = hours[w];
            while (h > 1e-9) {
                double take = Math.min(h, left);
                log = log.append(ProgressEntry.of(START.plusWeeks(w).plusDays(2), SkillId.of("s" + skill), take));
                h -= take;
                left -= take;
                if (left <= 1e-9) {
                    log = log.append(ProgressEntry.of(START.plusWeeks(w).plusDays(2), SkillId.of("s" + skill), 0).withStatus(Status.DONE));
                    skill++;
                    left = 20;
                }
            }
        }
        return log;
    }

    @Test
    void aWeekBehindAfterThreeSlowWeeks() {
        assertThat(baseline().totalWeeks()).isEqualTo(10);
        ProgressReport r = report(weekly(10, 5, 5), WEEK4);
        assertThat(r.hoursLogged()).isEqualTo(20);
        assertThat(r.hoursRemaining()).isEqualTo(80);
        assertThat(r.percentDone()).isEqualTo(20.0);
        assertThat(r.skillsDone()).isEqualTo(1);
        assertThat(r.skillsInProgress()).isZero();
        assertThat(r.skillsLeft()).isEqualTo(4);
        assertThat(r.skillsTotal()).isEqualTo(5);
        assertThat(r.baselineFinish()).contains(START.plusWeeks(10).minusDays(1));
        assertThat(r.projectedFinish()).isEqualTo(START.plusWeeks(11).minusDays(1));
        assertThat(r.weeksBehind()).contains(1);
        assertThat(r.thisWeek()).isEqualTo(new ProgressReport.Week(WEEK4, 0, 10));
        ProgressReport.SkillLine s1 = r.skills().get(0);
        assertThat(s1.status()).isEqualTo(Status.DONE);
        assertThat(s1.plannedHours()).isEqualTo(20);
        assertThat(s1.loggedHours()).isEqualTo(20);
        assertThat(s1.remainingHours()).isZero();
        assertThat(s1.plannedFinish()).contains(START.plusWeeks(2).minusDays(1));
        assertThat(s1.finish()).contains(START.plusWeeks(2).plusDays(2));
        ProgressReport.SkillLine s5 = r.skills().get(4);
        assertThat(s5.finish()).contains(START.plusWeeks(11).minusDays(1));
        assertThat(s5.plannedFinish()).contains(START.plusWeeks(10).minusDays(1));
    }

    @Test
    void aWeekAheadAfterThreeFastWeeksAndThisWeeksHoursCount() {
        ProgressReport r = report(weekly(15, 15, 10, 4), WEEK4.plusDays(3));
        assertThat(r.hoursLogged()).isEqualTo(44);
        assertThat(r.skillsDone()).isEqualTo(2);
        assertThat(r.skillsInProgress()).isEqualTo(1);
        assertThat(r.skillsLeft()).isEqualTo(2);
        assertThat(r.weeksBehind()).contains(-1);
        assertThat(r.thisWeek().logged()).isEqualTo(4);
        assertThat(r.thisWeek().planned()).isEqualTo(10);
        assertThat(r.skills().get(2).status()).isEqualTo(Status.DOING);
        assertThat(r.skills().get(2).loggedHours()).isEqualTo(4);
        assertThat(r.skills().get(2).remainingHours()).isEqualTo(16);
    }

    @Test
    void withoutABaselineThereIsNoComparison() {
        ProgressLog log = weekly(10);
        Plan current = scheduler.schedule(roadmap(), PlanOptions.builder().capacity(Capacity.pool(10)).progress(log).today(START.plusWeeks(1)).build());
        ProgressReport r = ProgressReport.of(roadmap(), log, current, Optional.empty(), START.plusWeeks(1));
        assertThat(r.baselineFinish()).isEmpty();
        assertThat(r.weeksBehind()).isEmpty();
        assertThat(r.skills().get(0).plannedHours()).isEqualTo(20);
        assertThat(r.projectedFinish()).isEqualTo(START.plusWeeks(10).minusDays(1));
    }
}
