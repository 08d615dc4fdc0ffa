package dev.roadmap.plugins.html.internal;

import static dev.roadmap.core.text.Numbers.hours;
import static dev.roadmap.core.text.XmlText.escape;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For a plan made with a progress log ({@code plan --progress}), each skill's hours logged in the
 * history weeks against the hours still planned, with a bar of the logged share. Nothing for a plan
 * without logged weeks.
 */
final class ProgressTable {
    private ProgressTable() {
    }

    static void render(StringBuilder b, Plan plan, Roadmap roadmap) {
        Map<SkillId, double[]> bySkill = new LinkedHashMap<>();
        boolean anyActual = false;
        for (PlanWeek w : plan.weeks()) {
            anyActual |= w.actual();
            for (Allocation a : w.allocations()) {
                bySkill.computeIfAbsent(a.skill(), k -> new double[2])[w.actual() ? 0 : 1] += a.hours();
            }
        }
        if (!anyActual) {
            return;
        }
        b.append("<section id=\"logged\">\n<h2>Logged and planned hours</h2>\n<div class=\"scroll\">\n<table>\n")
                .append("<thead><tr><th>Skill</th><th class=\"n\">Logged</th><th class=\"n\">Still planned</th><th>Done</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<SkillId, double[]> e : bySkill.entrySet()) {
            double logged = e.getValue()[0];
            double planned = e.getValue()[1];
            long share = Math.round(100 * logged / Math.max(logged + planned, 1e-9));
            String title = roadmap.skill(e.getKey()).map(s -> s.title().isBlank() ? s.id().value() : s.title()).orElse(e.getKey().value());
            b.append("<tr><td>").append(escape(title)).append("</td><td class=\"n\">").append(hours(logged)).append(" h</td><td class=\"n\">")
                    .append(hours(planned)).append(" h</td><td><meter min=\"0\" max=\"100\" value=\"").append(share).append("\">")
                    .append(share).append("%</meter> ").append(share).append("%</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n</section>\n");
    }
}
