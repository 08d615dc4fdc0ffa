package dev.roadmap.io.json.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.plan.ProgressReport;
import dev.roadmap.io.json.internal.JsonDocuments;
import dev.roadmap.io.json.internal.JsonNumbers;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link ProgressReport} as {@code roadmap-status/1} (docs/progress.md, schema
 * {@code roadmap-status-1.schema.json}): the fields of the design in its order, then
 * {@code skillsInProgress}, {@code skillsLeft} and {@code thisWeek}; per skill {@code id},
 * {@code status}, {@code plannedHours}, {@code loggedHours}, {@code remainingHours}, then
 * {@code plannedFinish}, {@code finish}, {@code finished}. Hours are rounded to two decimals and
 * written without a needless fraction ({@code 25}, {@code 22.5}). Stateless and thread-safe; never
 * closes the stream.
 *
 * <pre>{@code
 * ProgressReport report = ProgressReport.of(roadmap, ProgressLog.empty(roadmap.id()), plan, java.util.Optional.empty(), LocalDate.now());
 * String json = StatusJsonWriter.writeToString(report);
 * }</pre>
 */
public final class StatusJsonWriter {
    /** The value of {@code format} in status documents. */
    public static final String FORMAT = "roadmap-status/1";
    /** Where the JSON Schema of the status format is published. */
    public static final String SCHEMA = "https://roadmap.dev/schema/roadmap-status-1.schema.json";

    private StatusJsonWriter() {
    }

    /**
     * @param report the report
     * @param out    where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(ProgressReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(out, "out must not be null");
        JsonDocuments.write(out, g -> document(g, report));
    }

    /**
     * @param report the report
     * @return the document
     */
    public static String writeToString(ProgressReport report) {
        Objects.requireNonNull(report, "report must not be null");
        return JsonDocuments.toString(g -> document(g, report));
    }

    private static void document(JsonGenerator g, ProgressReport report) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("format", FORMAT);
        g.writeStringField("roadmap", report.roadmap());
        g.writeStringField("today", report.today().toString());
        hours(g, "hoursLogged", report.hoursLogged());
        hours(g, "hoursRemaining", report.hoursRemaining());
        hours(g, "percentDone", report.percentDone());
        g.writeNumberField("skillsDone", report.skillsDone());
        g.writeNumberField("skillsTotal", report.skillsTotal());
        g.writeStringField("projectedFinish", report.projectedFinish().toString());
        date(g, "baselineFinish", report.baselineFinish());
        g.writeFieldName("weeksBehind");
        if (report.weeksBehind().isPresent()) {
            g.writeNumber(report.weeksBehind().get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("skills");
        for (ProgressReport.SkillLine s : report.skills()) {
            g.writeStartObject();
            g.writeStringField("id", s.id().value());
            g.writeStringField("status", s.status().id());
            hours(g, "plannedHours", s.plannedHours());
            hours(g, "loggedHours", s.loggedHours());
            hours(g, "remainingHours", s.remainingHours());
            date(g, "plannedFinish", s.plannedFinish());
            date(g, "finish", s.finish());
            g.writeBooleanField("finished", s.finished());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("skillsInProgress", report.skillsInProgress());
        g.writeNumberField("skillsLeft", report.skillsLeft());
        g.writeObjectFieldStart("thisWeek");
        g.writeStringField("start", report.thisWeek().start().toString());
        hours(g, "loggedHours", report.thisWeek().logged());
        hours(g, "plannedHours", report.thisWeek().planned());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void hours(JsonGenerator g, String field, double value) throws IOException {
        g.writeFieldName(field);
        JsonNumbers.exact(g, Math.round(value * 100) / 100.0);
    }

    private static void date(JsonGenerator g, String field, Optional<LocalDate> value) throws IOException {
        g.writeFieldName(field);
        if (value.isPresent()) {
            g.writeString(value.get().toString());
        } else {
            g.writeNull();
        }
    }
}
