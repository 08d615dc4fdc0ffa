package dev.roadmap.plugins.mspdi;

import dev.roadmap.core.Group;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.text.XmlText;
import dev.roadmap.spi.AbstractPlanExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a plan as Microsoft Project XML (MSPDI, format id {@code mspdi}) through MPXJ, for Microsoft
 * Project, ProjectLibre and GanttProject.
 *
 * <p>The file holds one summary task per roadmap group (nested as the groups are) and one task per
 * scheduled skill, in plan order within its group; skills in no group sit at the top level. A task runs
 * from 08:00 on the first day of its start week to 17:00 on the last day of its finish week, on a
 * seven-day "Study week" calendar (a study week has no weekend), so its duration is seven days per plan
 * week; its work is the hours the plan gives it. Each {@code requires} entry whose skill is scheduled
 * becomes a finish-to-start predecessor; prerequisites that are done, skipped or left out are not tasks.
 * Task names are the titles on one line (line breaks and tabs become spaces; characters XML 1.0 cannot
 * carry are dropped). The skill id is in the task's Text1 field, its track in Text2, its description in the notes. Tasks are
 * manually scheduled so that the plan's dates are kept when the file is opened.
 *
 * <p>Output is deterministic: creation, save and status dates are the plan's start, and the project's
 * and tasks' GUIDs are name-based UUIDs of the roadmap and skill ids. Stateless and thread-safe; never
 * closes the stream.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("plan.xml"))) {
 *     new MspdiPlanExporter().write(plan, roadmap, out);
 * }
 * }</pre>
 */
public final class MspdiPlanExporter extends AbstractPlanExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("mspdi", "Microsoft Project XML (MSPDI)", "xml");
    /** Start of a study day in the exported calendar. */
    static final LocalTime DAY_START = LocalTime.of(8, 0);
    /** End of a study day in the exported calendar. */
    static final LocalTime DAY_END = LocalTime.of(17, 0);
    /** Name of the seven-day calendar every task uses. */
    static final String CALENDAR_NAME = "Study week";

    /** Creates the exporter; it holds no state. */
    public MspdiPlanExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        ProjectFile file = project(plan, roadmap);
        MSPDIWriter writer = new MSPDIWriter();
        writer.setWriteTimephasedData(false);
        writer.write(file, new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                // the caller owns the stream
                out.flush();
            }
        });
    }

    private static ProjectFile project(Plan plan, Roadmap roadmap) {
        ProjectFile file = new ProjectFile();
        LocalDateTime stamp = plan.start().atStartOfDay();
        ProjectProperties props = file.getProjectProperties();
        props.setProjectTitle(XmlText.legal(roadmap.title()));
        props.setName(XmlText.legal(roadmap.title()));
        props.setStartDate(plan.start().atTime(DAY_START));
        props.setFinishDate(weekEnd(plan, Math.max(1, plan.totalWeeks())));
        props.setCreationDate(stamp);
        props.setLastSaved(stamp);
        props.setCurrentDate(stamp);
        props.setStatusDate(stamp);
        props.setAuthor("roadmap");
        props.setLastAuthor("roadmap");
        props.setGUID(uuid("project:" + roadmap.id()));
        props.setMinutesPerWeek(7 * 8 * 60);

        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        calendar.setName(CALENDAR_NAME);
        calendar.setGUID(uuid("calendar:" + roadmap.id()));
        for (DayOfWeek day : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)) {
            calendar.setWorkingDay(day, true);
            ProjectCalendarHours hours = calendar.addCalendarHours(day);
            hours.add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new LocalTimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        file.setDefaultCalendar(calendar);

        Map<SkillId, Skill> skills = new HashMap<>();
        roadmap.skills().forEach(s -> skills.putIfAbsent(s.id(), s));
        Map<String, Group> groups = new LinkedHashMap<>();
        roadmap.groups().forEach(g -> groups.putIfAbsent(g.id(), g));

        // which scheduled skills go under which group, in plan order
        Map<String, List<ScheduledSkill>> byGroup = new LinkedHashMap<>();
        groups.keySet().forEach(g -> byGroup.put(g, new ArrayList<>()));
        List<ScheduledSkill> ungrouped = new ArrayList<>();
        for (ScheduledSkill s : plan.skills()) {
            String g = skills.containsKey(s.id()) ? skills.get(s.id()).group() : "";
            if (groups.containsKey(g)) {
                byGroup.get(g).add(s);
            } else {
                ungrouped.add(s);
            }
        }
        // MSPDI gives the hierarchy by task order and outline level, so tasks are added depth first
        Context ctx = new Context(file, plan, roadmap.id(), calendar, skills, groups, byGroup);
        for (Group g : groups.values()) {
            if (!groups.containsKey(g.parent()) || g.parent().equals(g.id())) {
                ctx.group(g, null);
            }
        }
        for (Group g : groups.values()) {
            // groups only reachable through a parent cycle (invalid input) still get their tasks
            ctx.group(g, null);
        }
        for (ScheduledSkill s : ungrouped) {
            ctx.tasks.put(s.id(), task(file.addTask(), s, skills.get(s.id()), plan, roadmap.id(), calendar));
        }
        Map<SkillId, Task> tasks = ctx.tasks;
        for (ScheduledSkill s : plan.skills()) {
            Skill skill = skills.get(s.id());
            if (skill == null) {
                continue;
            }
            Task successor = tasks.get(s.id());
            for (SkillId req : skill.requires().stream().distinct().toList()) {
                Task predecessor = tasks.get(req);
                if (predecessor != null && predecessor != successor) {
                    successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor)
                            .type(RelationType.FINISH_START).lag(Duration.getInstance(0, TimeUnit.DAYS)));
                }
            }
        }
        ctx.summaries.forEach(MspdiPlanExporter::span);
        return file;
    }

    /** Builds the task tree of one export; not thread-safe. */
    private static final class Context {
        final ProjectFile file;
        final Plan plan;
        final String roadmapId;
        final ProjectCalendar calendar;
        final Map<SkillId, Skill> skills;
        final Map<String, Group> groups;
        final Map<String, List<ScheduledSkill>> byGroup;
        final Map<SkillId, Task> tasks = new HashMap<>();
        final List<Task> summaries = new ArrayList<>();
        final java.util.Set<String> visited = new java.util.HashSet<>();

        Context(ProjectFile file, Plan plan, String roadmapId, ProjectCalendar calendar, Map<SkillId, Skill> skills,
                Map<String, Group> groups, Map<String, List<ScheduledSkill>> byGroup) {
            this.file = file;
            this.plan = plan;
            this.roadmapId = roadmapId;
            this.calendar = calendar;
            this.skills = skills;
            this.groups = groups;
            this.byGroup = byGroup;
        }

        /** Adds the group's summary task, its skills' tasks and its subgroups, unless already added or empty. */
        void group(Group g, Task container) {
            if (!visited.add(g.id()) || !hasScheduled(g.id(), new java.util.HashSet<>())) {
                return;
            }
            Task t = container == null ? file.addTask() : container.addTask();
            t.setName(name(g.title()));
            t.setSummary(true);
            t.setGUID(uuid("group:" + roadmapId + "/" + g.id()));
            t.setText(1, XmlText.legal(g.id()));
            summaries.add(t);
            for (ScheduledSkill s : byGroup.get(g.id())) {
                tasks.put(s.id(), task(t.addTask(), s, skills.get(s.id()), plan, roadmapId, calendar));
            }
            for (Group child : groups.values()) {
                if (child.parent().equals(g.id()) && !child.id().equals(g.id())) {
                    group(child, t);
                }
            }
        }

        private boolean hasScheduled(String group, java.util.Set<String> seen) {
            if (!seen.add(group)) {
                return false;
            }
            if (!byGroup.get(group).isEmpty()) {
                return true;
            }
            return groups.values().stream().anyMatch(g -> g.parent().equals(group) && hasScheduled(g.id(), seen));
        }
    }

    private static Task task(Task t, ScheduledSkill s, Skill skill, Plan plan, String roadmapId, ProjectCalendar calendar) {
        t.setName(name(skill == null ? s.id().value() : skill.title()));
        t.setGUID(uuid("skill:" + roadmapId + "/" + s.id().value()));
        t.setText(1, XmlText.legal(s.id().value()));
        if (skill != null && !skill.track().isEmpty()) {
            t.setText(2, XmlText.legal(skill.track()));
        }
        if (skill != null && !skill.description().isEmpty()) {
            t.setNotes(XmlText.legal(skill.description()));
        }
        t.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        t.setType(TaskType.FIXED_DURATION);
        t.setCalendar(calendar);
        t.setStart(weekStart(plan, s.startWeek()));
        t.setFinish(weekEnd(plan, s.finishWeek()));
        Duration duration = Duration.getInstance(7 * (s.finishWeek() - s.startWeek() + 1), TimeUnit.DAYS);
        t.setDuration(duration);
        t.setManualDuration(duration);
        t.setWork(Duration.getInstance(round(s.hours()), TimeUnit.HOURS));
        t.setPercentageComplete(0);
        return t;
    }

    /** Summary tasks span their children. */
    private static void span(Task summary) {
        LocalDateTime start = null;
        LocalDateTime finish = null;
        double work = 0;
        for (Task child : summary.getChildTasks()) {
            if (child.getSummary()) {
                span(child);
            }
            if (child.getStart() != null && (start == null || child.getStart().isBefore(start))) {
                start = child.getStart();
            }
            if (child.getFinish() != null && (finish == null || child.getFinish().isAfter(finish))) {
                finish = child.getFinish();
            }
            if (child.getWork() != null) {
                work += child.getWork().getDuration();
            }
        }
        if (start != null) {
            summary.setStart(start);
            summary.setFinish(finish);
            summary.setWork(Duration.getInstance(round(work), TimeUnit.HOURS));
        }
    }

    private static LocalDateTime weekStart(Plan plan, int week) {
        return plan.start().plusDays(7L * (week - 1)).atTime(DAY_START);
    }

    private static LocalDateTime weekEnd(Plan plan, int week) {
        LocalDate last = plan.start().plusDays(7L * week - 1);
        return last.atTime(DAY_END);
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("dev.roadmap.mspdi:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Task names are one line: line breaks and tabs become spaces. */
    static String name(String title) {
        return XmlText.legal(title).replaceAll("[\\t\\r\\n]+", " ");
    }
}
