package dev.roadmap.plugins.html.internal;

import static dev.roadmap.core.text.Numbers.hours;
import static dev.roadmap.core.text.XmlText.escape;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SkillNames;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Assembles the report page: summary, progress, timeline, prerequisites, week table, left-out skills. */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param plan    the plan
     * @param roadmap its roadmap
     * @param today   the day to mark on the timeline, if any
     * @return the whole HTML document
     */
    public static String render(Plan plan, Roadmap roadmap, Optional<LocalDate> today) {
        return render(plan, roadmap, today, Optional.empty());
    }

    /**
     * @param plan           the plan
     * @param roadmap        its roadmap
     * @param today          the day to mark, if any
     * @param baselineFinish the last day of the plan the learner started from, drawn as a line, if any
     * @return the page
     */
    public static String render(Plan plan, Roadmap roadmap, Optional<LocalDate> today, Optional<LocalDate> baselineFinish) {
        Palette palette = new Palette(roadmap);
        String title = "Study plan: " + (roadmap.title().isBlank() ? roadmap.id() : roadmap.title());
        String lang = roadmap.language().isBlank() ? "en" : roadmap.language();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                // The page needs nothing from anywhere: the policy makes browsers refuse any fetch.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"roadmap html plan exporter\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(Stylesheet.CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n");
        if (!roadmap.description().isBlank()) {
            b.append("<p class=\"lead\">").append(escape(roadmap.description())).append("</p>\n");
        }
        b.append("<nav><a href=\"#summary\">Summary</a> <a href=\"#progress\">Progress</a> <a href=\"#timeline\">Timeline</a> ")
                .append("<a href=\"#prerequisites\">Prerequisites</a> <a href=\"#weeks\">Week by week</a>")
                .append(plan.unscheduled().isEmpty() ? "" : " <a href=\"#unscheduled\">Not scheduled</a>").append("</nav>\n</header>\n<main>\n");
        summary(b, plan, baselineFinish);
        progress(b, roadmap);
        ProgressTable.render(b, plan, roadmap);
        b.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        legend(b, palette);
        if (plan.skills().isEmpty()) {
            b.append("<p>Nothing left to schedule.</p>\n");
        } else {
            b.append("<div class=\"scroll\">\n").append(GanttSvg.render(plan, roadmap, palette, today, baselineFinish)).append("\n</div>\n");
        }
        b.append("</section>\n<section id=\"prerequisites\">\n<h2>Prerequisites</h2>\n")
                .append("<p class=\"note\">Each skill after the things it requires; arrows point from a prerequisite to the skill that needs it.</p>\n");
        try {
            b.append("<div class=\"scroll tall\">\n").append(DagSvg.render(plan, roadmap, palette)).append("\n</div>\n");
        } catch (RoadmapException e) {
            b.append("<p class=\"warning\">The prerequisites cannot be drawn: ").append(escape(e.getMessage())).append("</p>\n");
        }
        b.append("</section>\n");
        weeks(b, plan, roadmap);
        unscheduled(b, plan, roadmap);
        diagnostics(b, plan);
        b.append("</main>\n<footer>Roadmap <code>").append(escape(roadmap.id())).append("</code>, plan starting ")
                .append(plan.start()).append(".</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void summary(StringBuilder b, Plan plan, Optional<LocalDate> baselineFinish) {
        LocalDate finish = plan.totalWeeks() == 0 ? plan.start() : plan.end();
        b.append("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">\n");
        fact(b, "Finishes", finish.toString());
        if (baselineFinish.isPresent()) {
            long weeks = Math.round((finish.toEpochDay() - baselineFinish.get().toEpochDay()) / 7.0);
            fact(b, "Baseline finish", baselineFinish.get().toString(), weeks == 0 ? "on schedule"
                    : Math.abs(weeks) + (Math.abs(weeks) == 1 ? " week " : " weeks ") + (weeks > 0 ? "behind" : "ahead"));
        }
        fact(b, "Weeks", Integer.toString(plan.totalWeeks()));
        fact(b, "Lower bound", plan.lowerBoundWeeks() + " weeks");
        fact(b, "Quality", String.format(Locale.ROOT, "%.2f", plan.quality()), "weeks \u00f7 lower bound; 1.00 is provably shortest");
        fact(b, "Hours", hours(plan.totalHours()) + " h");
        fact(b, "Starts", plan.start().toString());
        fact(b, "Weekly hours", capacity(plan.capacity()), "", "wide");
        b.append("</dl>\n</section>\n");
    }

    private static void fact(StringBuilder b, String name, String value) {
        fact(b, name, value, "");
    }

    private static void fact(StringBuilder b, String name, String value, String note) {
        fact(b, name, value, note, "");
    }

    private static void fact(StringBuilder b, String name, String value, String note, String cls) {
        b.append(cls.isEmpty() ? "<div>" : "<div class=\"" + cls + "\">").append("<dt>").append(escape(name)).append("</dt><dd>").append(escape(value));
        if (!note.isEmpty()) {
            b.append("<small>").append(escape(note)).append("</small>");
        }
        b.append("</dd></div>\n");
    }

    private static String capacity(Capacity capacity) {
        String weekly = capacity.isPool() ? hours(capacity.weekly().get(Capacity.POOL)) + " h"
                : capacity.weekly().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> (Capacity.POOL.equals(e.getKey()) ? "other" : e.getKey()) + " " + hours(e.getValue()) + " h")
                        .collect(Collectors.joining(", "));
        String overrides = capacity.weekOverrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "week " + e.getKey() + ": " + hours(e.getValue()) + " h").collect(Collectors.joining(", "));
        return overrides.isEmpty() ? weekly : weekly + " (" + overrides + ")";
    }

    private static void progress(StringBuilder b, Roadmap roadmap) {
        List<Skill> skills = roadmap.skills();
        long done = skills.stream().filter(s -> s.status() == Status.DONE).count();
        long skipped = skills.stream().filter(s -> s.status() == Status.SKIPPED).count();
        long topics = skills.stream().mapToLong(s -> s.topics().size()).sum();
        long ticked = skills.stream().flatMap(s -> s.topics().stream()).filter(Topic::done).count();
        b.append("<section id=\"progress\">\n<h2>Progress</h2>\n");
        bar(b, "Skills done", done, skills.size());
        bar(b, "Topics ticked", ticked, topics);
        if (skipped > 0) {
            b.append("<p>").append(skipped).append(" skipped.</p>\n");
        }
        List<Skill> going = skills.stream().filter(s -> s.status() == Status.DOING
                || (!s.status().isClosed() && s.topics().stream().anyMatch(Topic::done))).toList();
        if (!going.isEmpty()) {
            b.append("<h3>In progress</h3>\n");
            skillList(b, going);
        }
        List<Skill> finished = skills.stream().filter(s -> s.status() == Status.DONE).toList();
        if (!finished.isEmpty()) {
            // Folded: on a long roadmap the list of done skills would push everything else down.
            b.append("<details><summary>Done (").append(finished.size()).append(")</summary>\n");
            skillList(b, finished);
            b.append("</details>\n");
        }
        b.append("</section>\n");
    }

    private static void skillList(StringBuilder b, List<Skill> list) {
        b.append("<ul class=\"started\">\n");
        for (Skill s : list) {
            long t = s.topics().stream().filter(Topic::done).count();
            b.append("<li class=\"").append(s.status().id()).append("\">").append(escape(title(s)));
            if (!s.topics().isEmpty()) {
                b.append(" <span class=\"muted\">").append(t).append(" of ").append(s.topics().size()).append(" topics</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static void bar(StringBuilder b, String name, long part, long whole) {
        long percent = whole == 0 ? 0 : Math.round(100.0 * part / whole);
        b.append("<div class=\"progress\"><span class=\"what\">").append(name).append("</span> <span class=\"meter\" role=\"meter\"")
                .append(" aria-valuemin=\"0\" aria-valuemax=\"").append(whole).append("\" aria-valuenow=\"").append(part)
                .append("\"><span style=\"width:").append(percent).append("%\"></span></span> <span class=\"count\">")
                .append(part).append(" of ").append(whole).append(" (").append(percent).append("%)</span></div>\n");
    }

    private static void legend(StringBuilder b, Palette palette) {
        if (palette.colours().isEmpty()) {
            return;
        }
        b.append("<p class=\"legend\">");
        for (Map.Entry<String, String> e : palette.colours().entrySet()) {
            b.append("<span><i style=\"background:").append(e.getValue()).append("\"></i>").append(escape(palette.title(e.getKey())))
                    .append("</span> ");
        }
        b.append("</p>\n");
    }

    private static void weeks(StringBuilder b, Plan plan, Roadmap roadmap) {
        b.append("<section id=\"weeks\">\n<h2>Week by week</h2>\n<div class=\"scroll\">\n<table>\n<thead><tr><th>Week</th><th>Dates</th>")
                .append("<th>Skills</th><th class=\"n\">Hours</th><th class=\"n\">Used</th></tr></thead>\n<tbody>\n");
        for (PlanWeek week : plan.weeks()) {
            Map<SkillId, Double> bySkill = new LinkedHashMap<>();
            for (Allocation a : week.allocations()) {
                bySkill.merge(a.skill(), a.hours(), Double::sum);
            }
            double capacity = week.capacity().values().stream().mapToDouble(Double::doubleValue).sum();
            b.append("<tr").append(week.actual() ? " class=\"actual\"" : "").append("><td class=\"n\">").append(week.week())
                    .append(week.actual() ? " <span class=\"muted\">logged</span>" : "").append("</td><td class=\"dates\">").append(week.start())
                    .append(" \u2013 ").append(week.end()).append("</td><td>");
            if (bySkill.isEmpty()) {
                b.append("<span class=\"muted\">").append(capacity <= 0 ? "week off" : "rest").append("</span>");
            }
            boolean first = true;
            for (Map.Entry<SkillId, Double> e : bySkill.entrySet()) {
                b.append(first ? "" : ", ").append(escape(title(roadmap, e.getKey()))).append(" <span class=\"h\">")
                        .append(hours(e.getValue())).append(" h</span>");
                first = false;
            }
            b.append("</td><td class=\"n\">").append(hours(week.usedHours())).append("</td><td class=\"n\">")
                    .append(capacity <= 0 ? "\u2013" : Math.round(100 * week.usedHours() / capacity) + "%").append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void unscheduled(StringBuilder b, Plan plan, Roadmap roadmap) {
        if (plan.unscheduled().isEmpty()) {
            return;
        }
        b.append("<section id=\"unscheduled\">\n<h2>Not scheduled</h2>\n<ul>\n");
        for (Unscheduled u : plan.unscheduled()) {
            b.append("<li>").append(escape(title(roadmap, u.skill()))).append(" <code>").append(escape(u.skill().value()))
                    .append("</code>: ").append(escape(u.reason())).append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private static void diagnostics(StringBuilder b, Plan plan) {
        if (plan.diagnostics().isEmpty()) {
            return;
        }
        b.append("<section id=\"diagnostics\">\n<h2>Notes on the plan</h2>\n<ul>\n");
        for (Diagnostic d : plan.diagnostics()) {
            b.append("<li class=\"").append(escape(d.severity().name().toLowerCase(Locale.ROOT))).append("\">")
                    .append(escape(d.message())).append(" <code>").append(escape(d.code())).append("</code></li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private static String title(Skill s) {
        return s.title().isBlank() ? s.id().value() : s.title();
    }

    private static String title(Roadmap roadmap, SkillId id) {
        return SkillNames.of(roadmap).name(id);
    }
}
