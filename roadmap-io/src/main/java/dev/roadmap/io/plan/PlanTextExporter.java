package dev.roadmap.io.plan;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanCoherence;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.text.Numbers;
import dev.roadmap.spi.AbstractPlanExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a plan as a readable week-by-week table (format id {@code text}): one line per week with
 * its dates, hours used, utilisation and the skills studied with their hours, then a summary line
 * with the number of weeks, the lower bound, the quality and the finish date, a coherence line
 * ({@link PlanCoherence}), and the skills left out with the reason. Weeks a progress log recorded
 * ({@code plan --progress}) end with {@code [logged]}.
 *
 * <pre>{@code
 * String table = new PlanTextExporter().writeToString(plan, roadmap);
 * }</pre>
 *
 * <p>UTF-8, {@code \n} line ends; the stream is flushed, never closed. Stateless and thread-safe.
 */
public final class PlanTextExporter extends AbstractPlanExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("text", "Plain-text week table", "txt");

    /** Creates the exporter. */
    public PlanTextExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("Plan: " + roadmap.title() + " (" + plan.roadmap() + ")\n");
        String overrides = PlanFormatting.overrides(plan.capacity());
        w.write("Weekly hours: " + PlanFormatting.capacity(plan.capacity()) + (overrides.isEmpty() ? "" : "; " + overrides)
                + "; starts " + plan.start() + "\n\n");
        w.write(String.format(Locale.ROOT, "%4s  %-24s  %5s  %4s  %s\n", "Week", "Dates", "Hours", "Util", "Skills"));
        for (PlanWeek week : plan.weeks()) {
            w.write(String.format(Locale.ROOT, "%4d  %s to %s  %5s  %4s  %s\n", week.week(), week.start(), week.end(),
                    Numbers.hours(week.usedHours()), PlanFormatting.utilisation(week),
                    PlanFormatting.skillsOrRest(roadmap, week, ", ", s -> s) + (week.actual() ? "  [logged]" : "")));
        }
        w.write("\n" + summary(plan) + "\n");
        w.write(coherence(PlanCoherence.of(plan, roadmap)) + "\n");
        if (!plan.unscheduled().isEmpty()) {
            w.write("Not scheduled:\n");
            for (Unscheduled u : plan.unscheduled()) {
                w.write("  " + PlanFormatting.title(roadmap, u.skill()) + " (" + u.skill() + "): " + u.reason() + "\n");
            }
        }
        w.flush();
    }

    /** @return the coherence line: prerequisite lag, pairs out of reading order, skills open per week */
    static String coherence(PlanCoherence c) {
        return String.format(Locale.ROOT, "Coherence: dependents start %.1f weeks after their prerequisites on average"
                + " (90th percentile %d), %.1f%% of skill pairs out of reading order, %.1f skills open per week",
                c.meanLagWeeks(), c.p90LagWeeks(), 100 * c.outOfOrderShare(), c.meanOpenSkills());
    }

    /** @return the summary line: weeks, lower bound, quality, hours and finish date */
    static String summary(Plan plan) {
        return "Total: " + plan.totalWeeks() + " weeks (lower bound " + plan.lowerBoundWeeks() + ", quality "
                + PlanFormatting.quality(plan) + "), " + Numbers.hours(plan.totalHours()) + " h, finishes "
                + (plan.totalWeeks() == 0 ? plan.start() : plan.end());
    }
}
