package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanCoherence;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.core.plan.Unscheduled;
import dev.roadmap.core.validate.Diagnostic;
import java.io.IOException;
import java.util.Map;
import dev.roadmap.io.writing.internal.JsonWriting;

/**
 * Writes a plan as a {@code roadmap-plan/1} document. Capacities are written as given
 * ({@code {"*": 10}}); planned hours are rounded to two decimals and always carry a fraction
 * ({@code 10.0}). Stateless.
 */
public final class PlanJsonWriter {
    /** The value of {@code format} in plan documents. */
    public static final String FORMAT = "roadmap-plan/1";
    /** Where the JSON Schema of the plan format is published. */
    public static final String SCHEMA = "https://roadmap.dev/schema/roadmap-plan-1.schema.json";

    private PlanJsonWriter() {
    }

    /**
     * @param plan    the plan
     * @param roadmap the roadmap it was made from (for its coherence: prerequisites, reading order)
     * @param g       the generator, positioned at the root
     * @throws IOException when writing fails
     */
    public static void write(Plan plan, Roadmap roadmap, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("format", FORMAT);
        g.writeStringField("roadmap", plan.roadmap());
        g.writeStringField("start", plan.start().toString());
        g.writeFieldName("capacity");
        JsonNumbers.exactObject(g, plan.capacity().weekly());
        weekOverrides(g, plan.capacity());
        g.writeNumberField("totalWeeks", plan.totalWeeks());
        g.writeNumberField("lowerBoundWeeks", plan.lowerBoundWeeks());
        JsonNumbers.hoursField(g, "totalHours", plan.totalHours());
        coherence(g, PlanCoherence.of(plan, roadmap));

        JsonWriting.objects(g, "weeks", plan.weeks(), PlanJsonWriter::week);
        JsonWriting.objects(g, "skills", plan.skills(), PlanJsonWriter::skill);
        JsonWriting.objects(g, "unscheduled", plan.unscheduled(), PlanJsonWriter::unscheduled);
        JsonWriting.objects(g, "diagnostics", plan.diagnostics(), PlanJsonWriter::diagnostic);
        if (!plan.explanations().isEmpty()) {
            g.writeObjectFieldStart("explanations");
            for (Map.Entry<SkillId, String> e : plan.explanations().entrySet()) {
                g.writeStringField(e.getKey().value(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void week(JsonGenerator g, PlanWeek w) throws IOException {
        g.writeNumberField("week", w.week());
        g.writeStringField("start", w.start().toString());
        if (w.actual()) {
            g.writeBooleanField("actual", true);
        }
        g.writeFieldName("capacity");
        JsonNumbers.exactObject(g, w.capacity());
        JsonWriting.objects(g, "allocations", w.allocations(), PlanJsonWriter::allocation);
    }

    private static void allocation(JsonGenerator g, Allocation a) throws IOException {
        g.writeStringField("skill", a.skill().value());
        g.writeStringField("track", a.track());
        JsonNumbers.hoursField(g, "hours", a.hours());
    }

    private static void skill(JsonGenerator g, ScheduledSkill s) throws IOException {
        g.writeStringField("id", s.id().value());
        g.writeNumberField("startWeek", s.startWeek());
        g.writeNumberField("finishWeek", s.finishWeek());
        JsonNumbers.hoursField(g, "hours", s.hours());
    }

    private static void unscheduled(JsonGenerator g, Unscheduled u) throws IOException {
        g.writeStringField("skill", u.skill().value());
        g.writeStringField("reason", u.reason());
    }

    /** Mean lag and open skills to hundredths, the out-of-order share to four decimals. */
    private static void coherence(JsonGenerator g, PlanCoherence c) throws IOException {
        g.writeObjectFieldStart("coherence");
        g.writeNumberField("meanLagWeeks", Math.round(c.meanLagWeeks() * 100) / 100.0);
        g.writeNumberField("p90LagWeeks", c.p90LagWeeks());
        g.writeNumberField("outOfOrderShare", Math.round(c.outOfOrderShare() * 10_000) / 10_000.0);
        g.writeNumberField("meanOpenSkills", Math.round(c.meanOpenSkills() * 100) / 100.0);
        g.writeEndObject();
    }

    private static void weekOverrides(JsonGenerator g, Capacity capacity) throws IOException {
        if (capacity.weekOverrides().isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("weekOverrides");
        for (Map.Entry<Integer, Double> e : capacity.weekOverrides().entrySet()) {
            g.writeFieldName(Integer.toString(e.getKey()));
            JsonNumbers.exact(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
        JsonWriting.diagnosticHead(g, d);
        if (d.location().hasLine()) {
            g.writeStringField("file", d.location().source());
            g.writeNumberField("line", d.location().line());
            g.writeNumberField("column", Math.max(d.location().column(), 1));
        }
    }
}
