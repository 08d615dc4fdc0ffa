package dev.roadmap.io.plan;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.text.MarkdownText;
import dev.roadmap.core.text.Numbers;
import dev.roadmap.spi.AbstractPlanExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a plan as a Markdown document (format id {@code markdown}): a title, the weekly hours, a
 * week-by-week table (week, dates, skills with hours, hours used, utilisation), a summary with the
 * number of weeks, the lower bound, the quality and the finish date, and the skills left out.
 *
 * <pre>{@code
 * String md = new PlanMarkdownExporter().writeToString(plan, roadmap);
 * }</pre>
 *
 * <p>UTF-8, {@code \n} line ends; the stream is flushed, never closed. Stateless and thread-safe.
 */
public final class PlanMarkdownExporter extends AbstractPlanExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("markdown", "Markdown plan", "md", "markdown");

    /** Creates the exporter. */
    public PlanMarkdownExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Study plan: " + MarkdownText.inline(roadmap.title()) + "\n\n");
        String overrides = PlanFormatting.overrides(plan.capacity());
        w.write("Weekly hours: " + PlanFormatting.capacity(plan.capacity()) + (overrides.isEmpty() ? "" : " (" + overrides + ")")
                + ". Starts " + plan.start() + ".\n\n");
        w.write("| Week | Dates | Skills | Hours | Utilisation |\n");
        w.write("|---:|---|---|---:|---:|\n");
        for (PlanWeek week : plan.weeks()) {
            String skills = PlanFormatting.skillsOrRest(roadmap, week, "<br>", MarkdownText::inline);
            w.write("| " + week.week() + " | " + week.start() + " to " + week.end() + " | " + skills
                    + " | " + Numbers.hours(week.usedHours()) + " | " + PlanFormatting.utilisation(week) + " |\n");
        }
        w.write("\n**" + plan.totalWeeks() + " weeks** (lower bound " + plan.lowerBoundWeeks() + ", quality "
                + PlanFormatting.quality(plan) + "), " + Numbers.hours(plan.totalHours()) + " h in all, finishes "
                + (plan.totalWeeks() == 0 ? plan.start() : plan.end()) + ".\n");
        if (!plan.unscheduled().isEmpty()) {
            w.write("\n## Not scheduled\n\n");
            for (Unscheduled u : plan.unscheduled()) {
                w.write("- " + MarkdownText.inline(PlanFormatting.title(roadmap, u.skill())) + " (`" + u.skill() + "`): "
                        + MarkdownText.inline(u.reason()) + "\n");
            }
        }
        w.flush();
    }
}
