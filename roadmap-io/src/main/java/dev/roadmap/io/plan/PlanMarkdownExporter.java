package dev.roadmap.io.plan;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.PlanExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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
public final class PlanMarkdownExporter implements PlanExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("markdown", "Markdown plan", "md", "markdown");

    /** Creates the exporter. */
    public PlanMarkdownExporter() {
        // stateless
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Study plan: " + escape(roadmap.title()) + "\n\n");
        String overrides = PlanFormatting.overrides(plan.capacity());
        w.write("Weekly hours: " + PlanFormatting.capacity(plan.capacity()) + (overrides.isEmpty() ? "" : " (" + overrides + ")")
                + ". Starts " + plan.start() + ".\n\n");
        w.write("| Week | Dates | Skills | Hours | Utilisation |\n");
        w.write("|---:|---|---|---:|---:|\n");
        for (PlanWeek week : plan.weeks()) {
            String skills = PlanFormatting.skillsOrRest(roadmap, week, "<br>", PlanMarkdownExporter::escape);
            w.write("| " + week.week() + " | " + week.start() + " to " + week.end() + " | " + skills
                    + " | " + PlanFormatting.hours(week.usedHours()) + " | " + PlanFormatting.utilisation(week) + " |\n");
        }
        w.write("\n**" + plan.totalWeeks() + " weeks** (lower bound " + plan.lowerBoundWeeks() + ", quality "
                + PlanFormatting.quality(plan) + "), " + PlanFormatting.hours(plan.totalHours()) + " h in all, finishes "
                + (plan.totalWeeks() == 0 ? plan.start() : plan.end()) + ".\n");
        if (!plan.unscheduled().isEmpty()) {
            w.write("\n## Not scheduled\n\n");
            for (Unscheduled u : plan.unscheduled()) {
                w.write("- " + escape(PlanFormatting.title(roadmap, u.skill())) + " (`" + u.skill() + "`): "
                        + escape(u.reason()) + "\n");
            }
        }
        w.flush();
    }

    /** Keeps text from breaking the table or turning into markup (an entity reference such as {@code &amp;} included). */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\' || c == '&') {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }
}
