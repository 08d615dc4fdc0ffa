package dev.roadmap.plugins.ics;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SkillNames;
import dev.roadmap.core.Topic;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.text.Numbers;
import dev.roadmap.spi.AbstractPlanExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a plan as an iCalendar file (format id {@code ics}, RFC 5545): one all-day {@code VEVENT}
 * per skill per week it is studied in, spanning that week's seven days.
 *
 * <pre>{@code
 * String ics = new IcsPlanExporter().writeToString(plan, roadmap);
 * }</pre>
 *
 * <ul>
 *   <li>{@code SUMMARY} is the skill title and the week's hours, {@code Linear algebra (4 h)};
 *       {@code DESCRIPTION} gives the hours, the week's place in the plan and the skill's topics
 *       that are not done yet; {@code CATEGORIES} is the skill's track title when it has one.</li>
 *   <li>{@code UID} is {@code SKILL.week-N@ROADMAP} with both ids percent-encoded, so it is unique
 *       per skill and week, readable for slug ids, and the same in every export of the same roadmap.
 *       Importing an updated plan therefore updates the events of weeks that still exist instead of
 *       duplicating them (a skill that moved out of a week leaves that week's old event behind; a
 *       fresh calendar subscription avoids that).</li>
 *   <li>{@code DTSTAMP} is midnight UTC of the plan start, not the wall clock: RFC 5545 requires the
 *       property, and deriving it from the input keeps the output byte-for-byte the same for the same
 *       plan, which tests, diffs and reproducible builds rely on. A different start gives a different
 *       stamp, which is when clients should consider the events changed.</li>
 *   <li>Events are {@code TRANSP:TRANSPARENT}: a week of study does not make the person look busy.</li>
 *   <li>Weeks a progress log has already recorded ({@link PlanWeek#actual()}, from {@code plan --progress})
 *       are marked done: {@code STATUS:CONFIRMED}, {@code (N h, done)} in the summary and "logged" in the
 *       description.</li>
 * </ul>
 *
 * <p>Text is escaped and lines are folded by ical4j (commas, semicolons, backslashes, new lines);
 * output is UTF-8 with CRLF line ends. The stream is flushed, never closed. Stateless and thread-safe.
 */
public final class IcsPlanExporter extends AbstractPlanExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("ics", "iCalendar plan", "ics");
    private static final String PRODUCT = "-//dev.roadmap//Roadmap study plan//EN";

    /** Creates the exporter. */
    public IcsPlanExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Study plan: " + displayTitle(roadmap)));
        Instant stamp = plan.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (PlanWeek week : plan.weeks()) {
            for (Map.Entry<SkillId, List<Allocation>> e : bySkill(week).entrySet()) {
                calendar.add(event(plan, roadmap, week, e.getKey(), e.getValue(), stamp));
            }
        }
        // The outputter closes its writer, and ours must not close the caller's stream.
        StringWriter text = new StringWriter();
        try {
            // Not validating: ical4j's validator rejects a calendar without components, and an empty
            // plan is a legitimate (empty) calendar. Every event written has the required properties.
            new CalendarOutputter(false).output(calendar, text);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j refused the calendar: " + e.getMessage(), e);
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text.toString());
        w.flush();
    }

    /**
     * @param roadmapId the roadmap's id
     * @param skill     the skill
     * @param week      the 1-based week number
     * @return the UID of that skill's event in that week
     */
    public static String uid(String roadmapId, SkillId skill, int week) {
        return encode(skill.value()) + ".week-" + week + "@" + encode(roadmapId);
    }

    private static VEvent event(Plan plan, Roadmap roadmap, PlanWeek week, SkillId id, List<Allocation> allocations,
                                Instant stamp) {
        Skill skill = roadmap.skill(id).orElse(null);
        String title = SkillNames.of(roadmap).name(id);
        double hours = allocations.stream().mapToDouble(Allocation::hours).sum();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(plan.roadmap(), id, week.week())));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<LocalDate>(week.start()));
        event.add(new DtEnd<LocalDate>(week.start().plusDays(7)));
        event.add(new Summary(title + " (" + Numbers.hours(hours) + (week.actual() ? " h, done)" : " h)")));
        event.add(new Description(description(plan, roadmap, week, id, allocations, hours)));
        if (skill != null && !skill.track().isBlank()) {
            String track = roadmap.tracks().stream().filter(t -> t.id().equals(skill.track()))
                    .map(t -> t.title().isBlank() ? t.id() : t.title()).findFirst().orElse(skill.track());
            Categories categories = new Categories();
            categories.addCategory(track);
            event.add(categories);
        }
        event.add(ImmutableTransp.TRANSPARENT);
        if (week.actual()) {
            event.add(net.fortuna.ical4j.model.property.immutable.ImmutableStatus.VEVENT_CONFIRMED);
        }
        return event;
    }

    private static String description(Plan plan, Roadmap roadmap, PlanWeek week, SkillId id, List<Allocation> allocations,
                                      double hours) {
        StringBuilder b = new StringBuilder();
        b.append(Numbers.hours(hours)).append(week.actual() ? " h logged this week" : " h this week");
        if (allocations.size() > 1) {
            // Tracks in the roadmap's order: allocation order within a week follows the skill's
            // hours map, which a roadmap built in code may have filled in hash order.
            List<String> trackOrder = roadmap.tracks().stream().map(t -> t.id()).toList();
            List<Allocation> sorted = new ArrayList<>(allocations);
            sorted.sort(Comparator.comparingInt((Allocation a) -> rank(trackOrder, a.track())).thenComparing(Allocation::track));
            List<String> parts = new ArrayList<>();
            for (Allocation a : sorted) {
                parts.add(a.track() + " " + Numbers.hours(a.hours()) + " h");
            }
            b.append(" (").append(String.join(", ", parts)).append(')');
        }
        b.append(", week ").append(week.week()).append(" of ").append(plan.totalWeeks())
                .append(" (").append(week.start()).append(" to ").append(week.end()).append(").");
        plan.skill(id).ifPresent(s -> b.append(span(s)));
        List<Topic> open = roadmap.skill(id).map(s -> s.topics().stream().filter(t -> !t.done()).toList()).orElse(List.of());
        if (!open.isEmpty()) {
            b.append("\nTopics:");
            for (Topic t : open) {
                b.append("\n- ").append(t.title());
            }
        }
        return b.toString();
    }

    private static int rank(List<String> order, String track) {
        int i = order.indexOf(track);
        return i < 0 ? order.size() : i;
    }

    private static String span(ScheduledSkill s) {
        String weeks = s.startWeek() == s.finishWeek() ? "week " + s.startWeek() : "weeks " + s.startWeek() + "-" + s.finishWeek();
        return " Skill planned in " + weeks + ", " + Numbers.hours(s.hours()) + " h in all.";
    }

    /** Hours per skill in order of first study; a rigid skill on two tracks is one event. */
    private static Map<SkillId, List<Allocation>> bySkill(PlanWeek week) {
        Map<SkillId, List<Allocation>> out = new LinkedHashMap<>();
        for (Allocation a : week.allocations()) {
            if (a.hours() > 0) {
                out.computeIfAbsent(a.skill(), k -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }

    private static String displayTitle(Roadmap roadmap) {
        return roadmap.title().isBlank() ? roadmap.id() : roadmap.title();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
