package dev.roadmap.io.json.progress;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.io.json.internal.PlanJsonWriter;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code roadmap-plan/1} document (as {@code plan --to json} writes it) back into a
 * {@link Plan}, for use as the baseline of a {@link dev.roadmap.core.plan.ProgressReport}. Reads
 * {@code roadmap}, {@code start}, {@code capacity}, {@code weekOverrides}, the week counts and hours,
 * {@code weeks} (with {@code actual}), {@code skills} and {@code unscheduled}; diagnostics and
 * explanations are not read back. Errors are located {@link ImportException}s with the codes
 * {@value #WRONG_FORMAT} and {@value #BAD_VALUE}. Stateless and thread-safe; never closes the stream.
 *
 * <pre>{@code
 * Plan baseline = PlanJsonReader.read(Files.newInputStream(path), "baseline.json", ReadLimits.defaults());
 * }</pre>
 */
public final class PlanJsonReader {
    /** The document is not a {@code roadmap-plan/1} object. */
    public static final String WRONG_FORMAT = "plan-wrong-format";
    /** A value is missing or has the wrong type or range. */
    public static final String BAD_VALUE = "plan-bad-value";

    private PlanJsonReader() {
    }

    /**
     * @param in     the document; not closed
     * @param source its name in locations
     * @param limits limits to enforce
     * @return the plan
     * @throws IOException     when reading fails
     * @throws ImportException when the document is not a well-formed plan
     */
    public static Plan read(InputStream in, String source, ReadLimits limits) throws IOException {
        Json root = JsonTreeReader.read(in, source, limits);
        if (!root.isObject() || root.get("format").map(f -> !PlanJsonWriter.FORMAT.equals(f.scalar())).orElse(true)) {
            throw new ImportException(WRONG_FORMAT, "expected a plan: {\"format\": \"" + PlanJsonWriter.FORMAT + "\", ...}",
                    root.get("format").map(Json::location).orElse(root.location()), null);
        }
        Capacity capacity = Capacity.perTrack(hoursByTrack(field(root, "capacity")));
        for (Map.Entry<String, Json> e : root.object("weekOverrides").map(Json::fields).orElse(Map.of()).entrySet()) {
            try {
                capacity = capacity.withWeekOverride(Integer.parseInt(e.getKey()), number(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new ImportException(BAD_VALUE, "bad week override \"" + e.getKey() + "\"", e.getValue().location(), ex);
            }
        }
        List<PlanWeek> weeks = new ArrayList<>();
        for (Json w : root.array("weeks")) {
            List<Allocation> allocations = new ArrayList<>();
            for (Json a : w.array("allocations")) {
                allocations.add(new Allocation(skill(field(a, "skill")), text(field(a, "track")), number(field(a, "hours"))));
            }
            boolean actual = w.get("actual").map(v -> "true".equals(v.scalar())).orElse(false);
            weeks.add(new PlanWeek(integer(field(w, "week")), date(field(w, "start")), hoursByTrack(field(w, "capacity")),
                    allocations, actual));
        }
        List<ScheduledSkill> skills = new ArrayList<>();
        for (Json s : root.array("skills")) {
            try {
                skills.add(new ScheduledSkill(skill(field(s, "id")), integer(field(s, "startWeek")), integer(field(s, "finishWeek")),
                        number(field(s, "hours"))));
            } catch (IllegalArgumentException ex) {
                throw new ImportException(BAD_VALUE, ex.getMessage(), s.location(), ex);
            }
        }
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (Json u : root.array("unscheduled")) {
            unscheduled.add(new Unscheduled(skill(field(u, "skill")), text(field(u, "reason"))));
        }
        return new Plan(text(field(root, "roadmap")), date(field(root, "start")), capacity, integer(field(root, "totalWeeks")),
                integer(field(root, "lowerBoundWeeks")), number(field(root, "totalHours")), weeks, skills, unscheduled,
                List.of(), Map.of());
    }

    private static Json field(Json object, String name) {
        if (!object.isObject()) {
            throw new ImportException(BAD_VALUE, "expected an object", object.location(), null);
        }
        return object.get(name).orElseThrow(() -> new ImportException(BAD_VALUE, "missing \"" + name + "\"", object.location(), null));
    }

    private static String text(Json v) {
        if (v.kind() != Json.Kind.STRING) {
            throw new ImportException(BAD_VALUE, "expected a string", v.location(), null);
        }
        return v.scalar();
    }

    private static SkillId skill(Json v) {
        String id = text(v);
        if (!SkillId.isValid(id)) {
            throw new ImportException(BAD_VALUE, "\"" + id + "\" is not a skill id", v.location(), null);
        }
        return SkillId.of(id);
    }

    private static double number(Json v) {
        if (v.kind() != Json.Kind.NUMBER) {
            throw new ImportException(BAD_VALUE, "expected a number", v.location(), null);
        }
        double d = Double.parseDouble(v.scalar());
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw new ImportException(BAD_VALUE, "expected a number >= 0", v.location(), null);
        }
        return d;
    }

    private static int integer(Json v) {
        double d = number(v);
        if (d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw new ImportException(BAD_VALUE, "expected a whole number", v.location(), null);
        }
        return (int) d;
    }

    private static LocalDate date(Json v) {
        try {
            return LocalDate.parse(text(v));
        } catch (DateTimeParseException e) {
            throw new ImportException(BAD_VALUE, "\"" + v.scalar() + "\" is not a date (YYYY-MM-DD)", v.location(), e);
        }
    }

    private static Map<String, Double> hoursByTrack(Json v) {
        if (!v.isObject() || v.fields().isEmpty()) {
            throw new ImportException(BAD_VALUE, "expected hours by track, e.g. {\"*\": 10}", v.location(), null);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        v.fields().forEach((k, h) -> out.put(k, number(h)));
        return out;
    }
}
