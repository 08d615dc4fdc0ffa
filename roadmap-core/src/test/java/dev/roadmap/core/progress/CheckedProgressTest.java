package dev.roadmap.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.validate.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A log checked and applied by appending its entries in random chunks, with the roadmap's statuses
 * changing between them, equals the whole log checked ({@link ProgressLog#check}'s errors) and
 * applied ({@link Progress#of}) at once; and each append checks only the appended entries.
 */
class CheckedProgressTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 16);
    private static final Status[] STATUSES = Status.values();

    @Test
    void appendingChunksEqualsTheWholeLog() {
        Random rnd = new Random(15);
        int appended = 0;
        for (int round = 0; round < 400; round++) {
            Roadmap roadmap = randomRoadmap(rnd);
            ProgressLog log = ProgressLog.empty(roadmap.id());
            CheckedProgress checked = CheckedProgress.of(roadmap, log);
            for (int step = 0; step < 12; step++) {
                if (rnd.nextInt(3) == 0) {
                    int i = rnd.nextInt(roadmap.size());
                    roadmap = roadmap.withSkill(i, roadmap.skill(i).toBuilder().status(STATUSES[rnd.nextInt(STATUSES.length)]).build());
                }
                List<ProgressEntry> added = new ArrayList<>();
                int count = rnd.nextInt(4);
                for (int k = 0; k < count; k++) {
                    added.add(randomEntry(rnd, roadmap));
                }
                for (ProgressEntry e : added) {
                    log = log.append(e);
                }
                CheckedProgress next = checked.append(roadmap, added);
                String at = "round " + round + " step " + step;
                assertThat(next.errors()).as(at).isEqualTo(log.check(roadmap, TODAY).stream().filter(Diagnostic::isError).toList());
                assertSameProgress(next.progress(), Progress.of(roadmap, log), at);
                assertSameProgress(next.progress(), CheckedProgress.of(roadmap, log).progress(), at);
                assertThat(next.entries()).as(at).isEqualTo(log.entries().size());
                assertThat(next == checked ? 0 : next.checkedHere()).as(at).isEqualTo(added.size());
                checked = next;
                appended += added.size();
            }
        }
        assertThat(appended).isGreaterThan(6_000);
    }

    private static void assertSameProgress(Progress actual, Progress expected, String at) {
        assertThat(actual.roadmap()).as(at).isSameAs(expected.roadmap());
        assertThat(List.copyOf(actual.skills().entrySet())).as(at).isEqualTo(List.copyOf(expected.skills().entrySet()));
        assertThat(List.copyOf(actual.weeks().keySet())).as(at).isEqualTo(List.copyOf(expected.weeks().keySet()));
        expected.weeks().forEach((week, bySkill) -> {
            assertThat(List.copyOf(actual.weeks().get(week).entrySet())).as(at + " " + week).isEqualTo(List.copyOf(bySkill.entrySet()));
            // the week's hours: the compensated sum of its skills' hours, as a stream sums them
            assertThat(Double.doubleToLongBits(actual.hoursInWeek(week))).as(at + " " + week)
                    .isEqualTo(Double.doubleToLongBits(bySkill.values().stream().mapToDouble(Double::doubleValue).sum()));
        });
        for (Skill s : expected.roadmap().skills()) {
            assertThat(actual.status(s)).as(at).isEqualTo(expected.status(s));
            assertThat(Double.doubleToLongBits(actual.remainingHours(s, Effort.Estimate.MID))).as(at)
                    .isEqualTo(Double.doubleToLongBits(expected.remainingHours(s, Effort.Estimate.MID)));
        }
    }

    private static ProgressEntry randomEntry(Random rnd, Roadmap roadmap) {
        SkillId id = rnd.nextInt(25) == 0 ? SkillId.of("nowhere") : roadmap.skill(rnd.nextInt(roadmap.size())).id();
        double hours = rnd.nextInt(20) == 0 ? 60 + rnd.nextInt(100) : 0.1 * rnd.nextInt(40);
        ProgressEntry e = ProgressEntry.of(TODAY.minusDays(rnd.nextInt(30)), id, hours);
        if (rnd.nextInt(3) == 0) {
            List<String> ticked = new ArrayList<>();
            int count = 1 + rnd.nextInt(7);
            for (int k = 0; k < count; k++) {
                ticked.add("t" + rnd.nextInt(7));
            }
            e = e.withTicked(ticked);
        }
        if (rnd.nextInt(4) == 0) {
            e = e.withStatus(STATUSES[rnd.nextInt(STATUSES.length)]);
        }
        return e;
    }

    private static Roadmap randomRoadmap(Random rnd) {
        int n = 1 + rnd.nextInt(12);
        Roadmap.Builder b = Roadmap.builder("checked");
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder("s" + i, "S" + i).effort(Effort.ofHours(1 + rnd.nextInt(30)))
                    .status(rnd.nextBoolean() ? Status.TODO : STATUSES[rnd.nextInt(STATUSES.length)]);
            int topics = rnd.nextInt(6);
            for (int t = 0; t < topics; t++) {
                s.addTopic(Topic.of("t" + t, rnd.nextInt(3) == 0));
            }
            b.addSkill(s.build());
        }
        return b.build();
    }
}
