package dev.roadmap.plugins.mermaid;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SkillNames;
import dev.roadmap.core.Status;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.spi.AbstractPlanExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan as a Mermaid Gantt chart ({@code gantt}, {@code dateFormat YYYY-MM-DD}).
 *
 * <p>One section per group of the roadmap (document order; skills in no group last, under
 * "Other skills"), or per track when the roadmap has no groups. Each planned skill is a task
 * {@code t<index>} (its document index) from the first day of its start week, lasting whole weeks
 * to the last day of its finish week. A skill that starts the week after its planned prerequisites
 * finish is written {@code after} them (Mermaid then computes exactly the plan's date); a skill
 * that starts later, or in the same week as a prerequisite finishes, is written with its date so
 * the chart shows the plan as made. Skills in progress are marked {@code active}; in a plan made with a
 * progress log ({@code plan --progress}) skills that finished in a logged week are {@code done} and those
 * started in one are {@code active}.
 *
 * <p>Task names, sections and the title never contain a literal {@code :}, {@code #}, {@code ;}
 * or line break: those and every other character the Gantt lexer treats specially are entity
 * codes ({@code #58;}), which Mermaid decodes when rendering. Names that would start like a Gantt
 * statement ({@code click}, {@code section}, a date) have their first character written as an
 * entity code.
 *
 * <p>Stateless and thread-safe; writes UTF-8 with LF line ends and never closes the stream.
 *
 * <pre>{@code
 * String gantt = new MermaidGanttExporter().writeToString(plan, roadmap);
 * }</pre>
 */
public final class MermaidGanttExporter extends AbstractPlanExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("mermaid-gantt", "Mermaid Gantt chart of a plan",
            "mmd", "mermaid");
    private static final String OTHER = "Other skills";

    /** Creates the exporter. */
    public MermaidGanttExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("gantt\n");
        String title = MermaidText.gantt(roadmap.title());
        if (!title.isEmpty()) {
            w.write("    title " + title + "\n");
        }
        w.write("    dateFormat YYYY-MM-DD\n");
        Map<SkillId, ScheduledSkill> planned = new HashMap<>();
        plan.skills().forEach(s -> planned.putIfAbsent(s.id(), s));
        Map<String, List<ScheduledSkill>> sections = sections(plan, roadmap);
        for (Map.Entry<String, List<ScheduledSkill>> section : sections.entrySet()) {
            if (section.getValue().isEmpty()) {
                continue;
            }
            w.write("    section " + section.getKey() + "\n");
            for (ScheduledSkill s : section.getValue()) {
                w.write("    " + task(plan, roadmap, planned, s) + "\n");
            }
        }
        w.flush();
    }

    private static String task(Plan plan, Roadmap roadmap, Map<SkillId, ScheduledSkill> planned, ScheduledSkill s) {
        int index = roadmap.indexOf(s.id());
        Skill skill = index >= 0 ? roadmap.skill(index) : null;
        String name = MermaidText.gantt(SkillNames.of(roadmap).name(s.id()));
        if (name.isEmpty()) {
            name = MermaidText.gantt(s.id().value());
        }
        StringBuilder b = new StringBuilder(name).append(" :");
        if (isActual(plan, s.finishWeek())) {
            b.append("done, ");
        } else if (isActual(plan, s.startWeek()) || skill != null && skill.status() == Status.DOING) {
            b.append("active, ");
        }
        b.append(taskId(roadmap, s.id())).append(", ");
        List<String> after = new ArrayList<>();
        int lastFinish = 0;
        if (skill != null) {
            for (SkillId r : skill.requires()) {
                ScheduledSkill p = planned.get(r);
                if (p != null) {
                    after.add(taskId(roadmap, r));
                    lastFinish = Math.max(lastFinish, p.finishWeek());
                }
            }
        }
        if (!after.isEmpty() && lastFinish + 1 == s.startWeek()) {
            b.append("after ").append(String.join(" ", after));
        } else {
            b.append(weekStart(plan, s.startWeek()));
        }
        return b.append(", ").append((s.finishWeek() - s.startWeek() + 1) * 7).append('d').toString();
    }

    /** Weeks a progress log recorded ({@code plan --progress}): a skill finished in one is done. */
    private static boolean isActual(Plan plan, int week) {
        return week >= 1 && week <= plan.weeks().size() && plan.weeks().get(week - 1).actual();
    }

    private static String taskId(Roadmap roadmap, SkillId id) {
        int index = roadmap.indexOf(id);
        // a plan made from another roadmap may name skills this one lacks; their ids must still be unique
        return index >= 0 ? "t" + index : "u" + Integer.toHexString(id.value().hashCode()) + "x" + id.value().length();
    }

    private static LocalDate weekStart(Plan plan, int week) {
        if (week <= plan.weeks().size()) {
            PlanWeek w = plan.weeks().get(week - 1);
            if (w.week() == week) {
                return w.start();
            }
        }
        return plan.start().plusWeeks(week - 1L);
    }

    /** @return section title (escaped) to the planned skills in it, in plan order */
    private static Map<String, List<ScheduledSkill>> sections(Plan plan, Roadmap roadmap) {
        Map<String, String> titleOf = new LinkedHashMap<>();
        boolean byGroup = !roadmap.groups().isEmpty();
        if (byGroup) {
            roadmap.groups().forEach(g -> titleOf.putIfAbsent(g.id(), sectionTitle(g.title(), g.id())));
        } else {
            roadmap.tracks().forEach(t -> titleOf.putIfAbsent(t.id(), sectionTitle(t.title(), t.id())));
        }
        Map<String, List<ScheduledSkill>> sections = new LinkedHashMap<>();
        titleOf.values().forEach(t -> sections.putIfAbsent(t, new ArrayList<>()));
        for (ScheduledSkill s : plan.skills()) {
            String key = roadmap.skill(s.id()).map(k -> byGroup ? k.group() : k.track()).orElse("");
            String title = titleOf.get(key);
            if (title == null) {
                title = key.isEmpty() || byGroup ? OTHER : sectionTitle(key, key);
            }
            sections.computeIfAbsent(title, t -> new ArrayList<>()).add(s);
        }
        List<ScheduledSkill> other = sections.remove(OTHER);
        if (other != null) {
            sections.put(OTHER, other);
        }
        return sections;
    }

    private static String sectionTitle(String title, String id) {
        String text = MermaidText.gantt(title);
        return text.isEmpty() ? MermaidText.gantt(id) : text;
    }
}
