package dev.roadmap.io.json.progress;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.Status;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.json.JsonHead;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.spi.AbstractProgressImporter;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the native progress log {@code roadmap-progress/1} (docs/progress.md). Every error is an
 * {@link ImportException} located at the offending value (file:line:column) with a stable code:
 * {@value #WRONG_FORMAT}, {@value #WRONG_TYPE}, {@value #MISSING_FIELD}, {@value #BAD_DATE},
 * {@value #BAD_HOURS}, {@value #NEGATIVE_HOURS}, {@value #BAD_SKILL}, {@value #BAD_STATUS}. Whether the
 * skills and topics exist is {@link ProgressLog#check}'s business. Unknown fields are ignored.
 *
 * <p>Stateless and thread-safe; never closes the stream.
 *
 * <pre>{@code
 * ProgressLog progress = new ProgressJsonImporter().read(in, "progress.json", java.util.Optional.empty(), LocalDate.now(),
 *         ReadLimits.defaults());
 * }</pre>
 */
public final class ProgressJsonImporter extends AbstractProgressImporter {
    /** The value of {@code format} in progress logs. */
    public static final String FORMAT = "roadmap-progress/1";
    /** The document is not a {@code roadmap-progress/1} object. */
    public static final String WRONG_FORMAT = "progress-wrong-format";
    /** A value has the wrong JSON type. */
    public static final String WRONG_TYPE = "progress-wrong-type";
    /** A required field is missing. */
    public static final String MISSING_FIELD = "progress-missing-field";
    /** A date is not an ISO date ({@code 2026-12-09}). */
    public static final String BAD_DATE = "progress-bad-date";
    /** Hours are not a finite number. */
    public static final String BAD_HOURS = "progress-bad-hours";
    /** Hours are negative. */
    public static final String NEGATIVE_HOURS = "progress-negative-hours";
    /** A skill id is not a valid id. */
    public static final String BAD_SKILL = "progress-bad-skill";
    /** A status is not one of todo, doing, done, skipped. */
    public static final String BAD_STATUS = "progress-bad-status";

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("json", "Progress log (roadmap-progress/1)", "json");

    /** Creates the importer; it holds no state. */
    public ProgressJsonImporter() {
        super(DESCRIPTOR);
    }

    @Override
    public double sniff(String fileName, byte[] head) {
        return JsonHead.score(head, t -> t.contains("\"format\"") && t.contains("\"" + FORMAT + "\"") ? 0.95 : 0);
    }

    @Override
    protected ProgressLog readProgress(InputStream in, String source, Optional<Roadmap> roadmap, LocalDate today,
            ReadLimits limits) throws IOException {
        Json root = JsonTreeReader.read(in, source, limits);
        if (!root.isObject()) {
            throw new ImportException(WRONG_FORMAT, "a progress log must be a JSON object", root.location(), null);
        }
        Optional<Json> format = root.get("format");
        if (format.isEmpty() || !FORMAT.equals(format.get().scalar())) {
            throw new ImportException(WRONG_FORMAT, "expected \"format\": \"" + FORMAT + "\"",
                    format.map(Json::location).orElse(root.location()), null);
        }
        String id = root.get("roadmap").map(v -> string(v, "roadmap")).orElse("");
        Json entries = root.get("entries").orElseThrow(() -> new ImportException(MISSING_FIELD,
                "a progress log needs \"entries\" (a list, possibly empty)", root.location(), null));
        if (!entries.isArray()) {
            throw new ImportException(WRONG_TYPE, "\"entries\" must be a list", entries.location(), null);
        }
        List<ProgressEntry> out = new ArrayList<>();
        for (Json e : entries.elements()) {
            out.add(entry(e));
        }
        return ProgressLog.of(id, out);
    }

    private static ProgressEntry entry(Json e) {
        if (!e.isObject()) {
            throw new ImportException(WRONG_TYPE, "an entry must be an object", e.location(), null);
        }
        LocalDate date = date(required(e, "date"));
        Json skillValue = required(e, "skill");
        String skill = string(skillValue, "skill");
        if (!SkillId.isValid(skill)) {
            throw new ImportException(BAD_SKILL, "\"" + skill + "\" is not a valid skill id", skillValue.location(), null);
        }
        double hours = e.get("hours").map(ProgressJsonImporter::hours).orElse(0.0);
        List<String> ticked = new ArrayList<>();
        Optional<Json> tickedValue = e.get("ticked");
        if (tickedValue.isPresent()) {
            if (!tickedValue.get().isArray()) {
                throw new ImportException(WRONG_TYPE, "\"ticked\" must be a list of topic titles", tickedValue.get().location(), null);
            }
            tickedValue.get().elements().forEach(t -> ticked.add(string(t, "ticked")));
        }
        Status status = e.get("status").map(ProgressJsonImporter::status).orElse(null);
        String note = e.get("note").map(v -> string(v, "note")).orElse(null);
        return ProgressEntry.of(date, SkillId.of(skill), hours).withTicked(ticked).withStatus(status).withNote(note)
                .withLocation(e.location());
    }

    private static Json required(Json e, String field) {
        return e.get(field).orElseThrow(() -> new ImportException(MISSING_FIELD, "an entry needs \"" + field + "\"",
                e.location(), null));
    }

    private static String string(Json v, String field) {
        if (v.kind() != Json.Kind.STRING) {
            throw new ImportException(WRONG_TYPE, "\"" + field + "\" must be a string", v.location(), null);
        }
        return v.scalar();
    }

    /**
     * @param text a date as the log and the command line write it
     * @param where where it was read
     * @return the date
     * @throws ImportException ({@value #BAD_DATE}) when it is not {@code YYYY-MM-DD}
     */
    static LocalDate parseDate(String text, SourceLocation where) {
        try {
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            throw new ImportException(BAD_DATE, "\"" + text + "\" is not a date (expected YYYY-MM-DD)", where, null);
        }
    }

    private static LocalDate date(Json v) {
        if (v.kind() != Json.Kind.STRING) {
            throw new ImportException(BAD_DATE, "\"date\" must be a string YYYY-MM-DD", v.location(), null);
        }
        return parseDate(v.scalar(), v.location());
    }

    private static double hours(Json v) {
        if (v.kind() != Json.Kind.NUMBER) {
            throw new ImportException(BAD_HOURS, "\"hours\" must be a number, got " + (v.scalar() == null
                    ? v.kind().name().toLowerCase(java.util.Locale.ROOT) : "\"" + v.scalar() + "\""), v.location(), null);
        }
        double h = Double.parseDouble(v.scalar());
        if (!Double.isFinite(h)) {
            throw new ImportException(BAD_HOURS, "\"hours\" must be a finite number", v.location(), null);
        }
        if (h < 0) {
            throw new ImportException(NEGATIVE_HOURS, "\"hours\" must not be negative, got " + v.scalar(), v.location(), null);
        }
        return h;
    }

    private static Status status(Json v) {
        String s = string(v, "status");
        return Status.fromId(s).filter(st -> st.id().equals(s)).orElseThrow(() -> new ImportException(BAD_STATUS,
                "\"status\" must be todo, doing, done or skipped, got \"" + s + "\"", v.location(), null));
    }
}
