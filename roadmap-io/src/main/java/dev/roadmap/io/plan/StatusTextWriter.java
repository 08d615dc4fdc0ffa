package dev.roadmap.io.plan;

import dev.roadmap.core.plan.ProgressReport;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link ProgressReport} as plain text for a terminal: a summary (hours, percent done,
 * skills, this week, finish against the baseline) and one line per skill. Stateless and thread-safe.
 *
 * <pre>{@code
 * ProgressReport report = ProgressReport.of(roadmap, ProgressLog.empty(roadmap.id()), plan, java.util.Optional.empty(), LocalDate.now());
 * System.out.print(StatusTextWriter.write(report));
 * }</pre>
 */
public final class StatusTextWriter {
    private StatusTextWriter() {
    }

    /**
     * @param report the report
     * @return the text, ending with a newline
     */
    public static String write(ProgressReport report) {
        Objects.requireNonNull(report, "report must not be null");
        StringBuilder b = new StringBuilder();
        b.append("Status of ").append(report.roadmap()).append(" on ").append(report.today()).append('\n');
        b.append(String.format(Locale.ROOT, "  %s h logged, %s h remaining: %s%% done%n", num(report.hoursLogged()),
                num(report.hoursRemaining()), num(report.percentDone())));
        b.append(String.format(Locale.ROOT, "  skills: %d done, %d in progress, %d left (%d in all)%n", report.skillsDone(),
                report.skillsInProgress(), report.skillsLeft(), report.skillsTotal()));
        b.append(String.format(Locale.ROOT, "  this week (from %s): %s h logged of %s h planned%n", report.thisWeek().start(),
                num(report.thisWeek().logged()), num(report.thisWeek().planned())));
        b.append("  projected finish: ").append(report.projectedFinish());
        if (report.baselineFinish().isPresent()) {
            int behind = report.weeksBehind().orElse(0);
            b.append(" (baseline ").append(report.baselineFinish().get()).append(": ")
                    .append(behind == 0 ? "on schedule" : Math.abs(behind) + (Math.abs(behind) == 1 ? " week " : " weeks ")
                            + (behind > 0 ? "behind" : "ahead")).append(')');
        }
        b.append('\n').append('\n');
        b.append(String.format(Locale.ROOT, "  %-24s %-8s %9s %9s %9s  %-10s  %-10s%n", "skill", "status", "planned h", "logged h",
                "left h", "planned", "finish"));
        for (ProgressReport.SkillLine s : report.skills()) {
            b.append(String.format(Locale.ROOT, "  %-24s %-8s %9s %9s %9s  %-10s  %-10s%n", s.id().value(), s.status().id(),
                    num(s.plannedHours()), num(s.loggedHours()), num(s.remainingHours()), date(s.plannedFinish()),
                    date(s.finish())));
        }
        return b.toString();
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("-");
    }

    private static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
