package dev.roadmap.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLogTest {
    private static final LocalDate MON = LocalDate.of(2026, 12, 7);

    private static ProgressEntry e(int day, String skill, double hours, int line) {
        return ProgressEntry.of(MON.plusDays(day), SkillId.of(skill), hours).withLocation(SourceLocation.of("p.json", line, 5));
    }

    @Test
    void appendKeepsTheLoggedOrderAndLeavesTheOriginalAlone() {
        ProgressLog empty = ProgressLog.empty("r");
        ProgressLog one = empty.append(e(3, "b", 1, 1));
        ProgressLog two = one.append(e(1, "a", 1, 2));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(one.entries()).hasSize(1);
        assertThat(two.entries()).extracting(x -> x.skill().value()).containsExactly("b", "a");
    }

    @Test
    void reportsUnknownSkillsAndTopicsOverfullWeeksAndFutureDatesAtTheEntry() {
        ProgressLog log = ProgressLog.of("r", List.of(e(0, "ghost", 1, 3), e(1, "b", 1, 4).withTicked(List.of("one", "nine")),
                e(2, "a", 100, 5), e(3, "a", 68, 6), e(4, "a", 1, 7), e(9, "a", 100, 8), e(30, "a", 1, 9)));
        List<Diagnostic> d = log.check(ProgressTest.roadmap(), MON.plusDays(10));
        assertThat(d).extracting(Diagnostic::code, x -> x.location().line(), Diagnostic::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProgressLog.UNKNOWN_SKILL, 3, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(ProgressLog.UNKNOWN_TOPIC, 4, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(ProgressLog.WEEK_OVER_168H, 6, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(ProgressLog.FUTURE_DATE, 9, Severity.WARNING));
        assertThat(d.get(1).message()).contains("nine");
        assertThat(d.get(2).message()).contains("2026-12-07").contains("170.0");
    }

    @Test
    void exactly168HoursInAWeekIsAllowed() {
        ProgressLog log = ProgressLog.of("r", List.of(e(0, "a", 100, 1), e(6, "a", 68, 2)));
        assertThat(log.check(ProgressTest.roadmap(), MON.plusDays(6))).isEmpty();
    }
}
