package dev.roadmap.plugins.html.internal;

import static dev.roadmap.core.text.Numbers.hours;
import static dev.roadmap.core.text.XmlText.escape;
import static dev.roadmap.plugins.html.internal.Markup.num;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SkillNames;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plan as an SVG Gantt chart: weeks across, one row per planned skill in start order, a pale bar
 * over the skill's whole span with a solid block in each week it is studied, coloured by track, and a
 * "today" line when today falls within the plan. Weeks a progress log recorded are shaded "logged", and
 * their blocks carry a dark bar: the actual hours beside the planned ones. Labels are cut to fit; every bar and label carries
 * the full title in a {@code <title>} tooltip.
 */
public final class GanttSvg {
    /** Width of the label column. */
    static final int LABEL_WIDTH = 250;
    /** Height of one skill row. */
    static final int ROW = 22;
    private static final int HEADER = 44;
    private static final int LABEL_CHARS = 34;

    private GanttSvg() {
    }

    /**
     * @param plan    the plan
     * @param roadmap its roadmap
     * @param palette track colours
     * @param today   the day to mark, if any
     * @return a {@code <div>} holding the label column and the chart, each an {@code <svg>} of well-formed XML
     */
    public static String render(Plan plan, Roadmap roadmap, Palette palette, Optional<LocalDate> today) {
        return render(plan, roadmap, palette, today, Optional.empty());
    }

    /**
     * @param plan           the plan
     * @param roadmap        its roadmap
     * @param palette        track colours
     * @param today          the day to mark, if any
     * @param baselineFinish the baseline's last day, drawn as a dashed "baseline" line, if any
     * @return as {@link #render(Plan, Roadmap, Palette, Optional)}
     */
    public static String render(Plan plan, Roadmap roadmap, Palette palette, Optional<LocalDate> today,
                                Optional<LocalDate> baselineFinish) {
        int baselineWeeks = baselineFinish.map(f -> (int) Math.max(0, (f.toEpochDay() - plan.start().toEpochDay() + 7) / 7)).orElse(0);
        int weeks = Math.max(Math.max(plan.totalWeeks(), baselineWeeks), 1);
        int weekWidth = plan.totalWeeks() > 104 ? 16 : 24;
        int rows = plan.skills().size();
        int width = weeks * weekWidth + 12;
        int height = HEADER + Math.max(rows, 1) * ROW + 18;
        // Two pictures side by side: the labels stay in view (sticky) while the weeks scroll past.
        StringBuilder labels = new StringBuilder();
        labels.append("<svg class=\"gantt-labels\" width=\"").append(LABEL_WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(LABEL_WIDTH).append(' ').append(height).append("\">\n");
        labels.append("<text class=\"month\" x=\"8\" y=\"38\">Skill</text>\n");
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"gantt\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Timeline of the plan, ").append(plan.totalWeeks()).append(" weeks\">\n");
        b.append("<title>Timeline: ").append(plan.totalWeeks()).append(" weeks from ").append(plan.start()).append("</title>\n");
        for (int r = 1; r < rows; r += 2) {
            zebra(labels, r, LABEL_WIDTH);
            zebra(b, r, width);
        }
        header(b, plan, weeks, weekWidth, height);
        labels.append("<line class=\"axis\" x1=\"0\" y1=\"").append(HEADER - 1).append("\" x2=\"").append(LABEL_WIDTH)
                .append("\" y2=\"").append(HEADER - 1).append("\"/>\n");
        Map<SkillId, Map<Integer, Double>> hours = hoursByWeek(plan);
        history(b, plan, weekWidth, height);
        int r = 0;
        for (ScheduledSkill s : plan.skills()) {
            Skill skill = roadmap.skill(s.id()).orElse(null);
            String title = SkillNames.of(roadmap).name(s.id());
            String colour = skill == null ? Palette.NO_TRACK : palette.colour(skill);
            String id = escape(s.id().value());
            int y = HEADER + r * ROW;
            String span = s.startWeek() == s.finishWeek() ? "week " + s.startWeek() : "weeks " + s.startWeek() + "\u2013" + s.finishWeek();
            String tip = escape(title + " \u2014 " + span + ", " + hours(s.hours()) + " h");
            labels.append("<text class=\"label\" data-skill=\"").append(id).append("\" x=\"8\" y=\"").append(y + 15)
                    .append("\"><title>").append(tip).append("</title>").append(escape(Markup.truncate(title, LABEL_CHARS)))
                    .append("</text>\n");
            b.append("<g class=\"row\" data-skill=\"").append(id).append("\">");
            int x0 = (s.startWeek() - 1) * weekWidth;
            int x1 = s.finishWeek() * weekWidth;
            b.append("<rect class=\"span\" x=\"").append(x0 + 1).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(x1 - x0 - 2).append("\" height=\"").append(ROW - 8).append("\" rx=\"3\" fill=\"").append(colour)
                    .append("\"><title>").append(tip).append("</title></rect>");
            for (Map.Entry<Integer, Double> e : hours.getOrDefault(s.id(), Map.of()).entrySet()) {
                int wx = (e.getKey() - 1) * weekWidth;
                boolean actual = plan.weeks().get(e.getKey() - 1).actual();
                b.append("<rect class=\"").append(actual ? "week actual" : "week").append("\" x=\"").append(wx + 2).append("\" y=\"")
                        .append(y + (actual ? 3 : 5)).append("\" width=\"").append(weekWidth - 4).append("\" height=\"")
                        .append(actual ? ROW - 12 : ROW - 10).append("\" rx=\"2\" fill=\"").append(colour).append("\"><title>")
                        .append(escape(title + " \u2014 week " + e.getKey() + ", " + hours(e.getValue()) + (actual ? " h logged" : " h")))
                        .append("</title></rect>");
                if (actual) {
                    // the logged hours as a second, dark bar beside the planned block
                    b.append("<rect class=\"logged\" x=\"").append(wx + 2).append("\" y=\"").append(y + ROW - 8)
                            .append("\" width=\"").append(weekWidth - 4).append("\" height=\"3\"/>");
                }
            }
            b.append("</g>\n");
            r++;
        }
        today.ifPresent(t -> todayLine(b, plan, t, weekWidth, height));
        baselineFinish.ifPresent(f -> baselineLine(b, plan, f, weekWidth, height));
        b.append("</svg>");
        labels.append("</svg>");
        return "<div class=\"gantt-frame\">\n" + labels + "\n" + b + "\n</div>";
    }

    /** Weeks a progress log recorded ({@code plan --progress}) are shaded and labelled "logged". */
    private static void history(StringBuilder b, Plan plan, int weekWidth, int height) {
        int last = 0;
        while (last < plan.weeks().size() && plan.weeks().get(last).actual()) {
            last++;
        }
        if (last == 0) {
            return;
        }
        b.append("<g class=\"history\"><rect x=\"0\" y=\"").append(HEADER).append("\" width=\"").append(last * weekWidth)
                .append("\" height=\"").append(height - HEADER - 18).append("\"/><text x=\"4\" y=\"").append(height - 3)
                .append("\">logged</text><title>Weeks 1\u2013").append(last).append(": logged hours</title></g>\n");
    }

    private static void zebra(StringBuilder b, int row, int width) {
        b.append("<rect class=\"zebra\" x=\"0\" y=\"").append(HEADER + row * ROW).append("\" width=\"").append(width)
                .append("\" height=\"").append(ROW).append("\"/>\n");
    }

    private static void header(StringBuilder b, Plan plan, int weeks, int weekWidth, int height) {
        int every = weekWidth >= 20 ? 1 : 2;
        int lastMonth = -1;
        for (int w = 1; w <= weeks; w++) {
            int x = (w - 1) * weekWidth;
            LocalDate start = plan.start().plusWeeks(w - 1);
            int month = start.getYear() * 12 + start.getMonthValue();
            boolean newMonth = month != lastMonth;
            b.append("<line class=\"").append(newMonth ? "grid month" : "grid").append("\" x1=\"").append(x).append("\" y1=\"")
                    .append(newMonth ? 4 : 26).append("\" x2=\"").append(x).append("\" y2=\"").append(height).append("\"/>");
            if (newMonth) {
                String name = start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        + (lastMonth < 0 || start.getMonthValue() == 1 ? " " + start.getYear() : "");
                b.append("<text class=\"month\" x=\"").append(x + 3).append("\" y=\"16\">").append(escape(name)).append("</text>");
                lastMonth = month;
            }
            if ((w - 1) % every == 0) {
                b.append("<text class=\"weekno\" x=\"").append(num(x + weekWidth / 2.0)).append("\" y=\"38\"><title>Week ")
                        .append(w).append(": ").append(start).append(" to ").append(start.plusDays(6)).append("</title>")
                        .append(w).append("</text>");
            }
            b.append('\n');
        }
        int end = weeks * weekWidth;
        b.append("<line class=\"grid month\" x1=\"").append(end).append("\" y1=\"4\" x2=\"").append(end).append("\" y2=\"")
                .append(height).append("\"/>\n");
        b.append("<line class=\"axis\" x1=\"0\" y1=\"").append(HEADER - 1).append("\" x2=\"").append(end).append("\" y2=\"")
                .append(HEADER - 1).append("\"/>\n");
    }

    private static void todayLine(StringBuilder b, Plan plan, LocalDate today, int weekWidth, int height) {
        long days = ChronoUnit.DAYS.between(plan.start(), today);
        if (days < 0 || days >= plan.totalWeeks() * 7L) {
            return;
        }
        double x = (days + 0.5) * weekWidth / 7.0;
        b.append("<g class=\"today\"><line x1=\"").append(num(x)).append("\" y1=\"").append(HEADER - 4).append("\" x2=\"").append(num(x)).append("\" y2=\"")
                .append(height - 14).append("\"/><text x=\"").append(num(x)).append("\" y=\"").append(height - 3)
                .append("\">today</text><title>Today: ")
                .append(today).append("</title></g>\n");
    }

    /** The end of the baseline's last day: where the plan the learner started from finished. */
    private static void baselineLine(StringBuilder b, Plan plan, LocalDate finish, int weekWidth, int height) {
        long days = ChronoUnit.DAYS.between(plan.start(), finish) + 1;
        if (days < 0) {
            return;
        }
        double x = days * weekWidth / 7.0;
        b.append("<g class=\"baseline\"><line x1=\"").append(num(x)).append("\" y1=\"").append(HEADER - 4).append("\" x2=\"")
                .append(num(x)).append("\" y2=\"").append(height - 14).append("\"/><text x=\"").append(num(x)).append("\" y=\"")
                .append(height - 3).append("\">baseline</text><title>Baseline finish: ").append(finish).append("</title></g>\n");
    }

    private static Map<SkillId, Map<Integer, Double>> hoursByWeek(Plan plan) {
        Map<SkillId, Map<Integer, Double>> out = new HashMap<>();
        for (PlanWeek week : plan.weeks()) {
            for (Allocation a : week.allocations()) {
                if (a.hours() > 0) {
                    out.computeIfAbsent(a.skill(), k -> new java.util.TreeMap<>()).merge(week.week(), a.hours(), Double::sum);
                }
            }
        }
        return out;
    }
}
