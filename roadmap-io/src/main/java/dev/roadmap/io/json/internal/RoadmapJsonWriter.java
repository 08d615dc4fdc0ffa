package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Declared;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.core.Track;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.roadmap.io.writing.internal.JsonWriting;

/**
 * Writes a roadmap as a {@code roadmap/1} document in the field order of the design, leaving out
 * empty and default values. Extensions follow the known fields of their object; an extension
 * named like a known field is left out, as the known field already says it. Stateless.
 */
public final class RoadmapJsonWriter {
    private RoadmapJsonWriter() {
    }

    /**
     * @param r the roadmap
     * @param g the generator, positioned at the root
     * @throws IOException when writing fails
     */
    public static void write(Roadmap r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", RoadmapJsonReader.SCHEMA);
        g.writeStringField("format", RoadmapJsonReader.FORMAT);
        g.writeStringField("id", r.id());
        g.writeStringField("title", r.title());
        optional(g, "description", r.description());
        optional(g, "language", r.language());
        if (r.pace().isPresent()) {
            pace(g, r.pace().get());
        }
        JsonWriting.nonEmptyObjects(g, "tracks", r.tracks(),
                (w, t) -> identified(w, t.id(), t.title(), x -> { }, t.extensions(), RoadmapJsonReader.TRACK_FIELDS));
        JsonWriting.nonEmptyObjects(g, "groups", r.groups(), (w, gr) -> identified(w, gr.id(), gr.title(),
                x -> optional(x, "parent", gr.parent()), gr.extensions(), RoadmapJsonReader.GROUP_FIELDS));
        JsonWriting.nonEmptyObjects(g, "skills", r.skills(), RoadmapJsonWriter::skill);
        JsonWriting.nonEmptyObjects(g, "choices", r.choices(), RoadmapJsonWriter::choice);
        declared(g, r.declared());
        extensions(g, r.extensions(), RoadmapJsonReader.FIELDS);
        g.writeEndObject();
    }

    /**
     * A track, group or choice option: its id and title, what else it has, then its extensions.
     *
     * @param more  writes the fields between the title and the extensions
     * @param known the fields the format defines, which extensions cannot override
     */
    private static void identified(JsonGenerator g, String id, String title, JsonWriting.Body more, Extensions ext,
            Set<String> known) throws IOException {
        g.writeStringField("id", id);
        g.writeStringField("title", title);
        more.write(g);
        extensions(g, ext, known);
    }

    private static void pace(JsonGenerator g, Pace pace) throws IOException {
        g.writeObjectFieldStart("pace");
        g.writeFieldName("hoursPerWeek");
        JsonNumbers.exact(g, pace.hoursPerWeek());
        if (!pace.trackHours().isEmpty()) {
            g.writeFieldName("trackHours");
            JsonNumbers.exactObject(g, pace.trackHours());
        }
        g.writeEndObject();
    }

    private static void skill(JsonGenerator g, Skill s) throws IOException {
        g.writeStringField("id", s.id().value());
        g.writeStringField("title", s.title());
        optional(g, "description", s.description());
        effort(g, s);
        if (s.rigidPace().isPresent()) {
            rigidPace(g, s.rigidPace().get(), s.track());
        }
        optional(g, "track", s.track());
        optional(g, "group", s.group());
        ids(g, "requires", s.requires());
        ids(g, "recommends", s.recommends());
        if (s.optional()) {
            g.writeBooleanField("optional", true);
        }
        if (s.status() != Status.TODO) {
            g.writeStringField("status", s.status().id());
        }
        JsonWriting.nonEmptyObjects(g, "topics", s.topics(), RoadmapJsonWriter::topic);
        JsonWriting.nonEmptyObjects(g, "resources", s.resources(), (w, r) -> titled(w, r.title(), "url", r.url(), r.extensions()));
        JsonWriting.nonEmptyObjects(g, "projects", s.projects(),
                (w, p) -> titled(w, p.title(), "description", p.description(), p.extensions()));
        JsonWriting.nonEmptyArray(g, "tags", s.tags(), JsonGenerator::writeString);
        extensions(g, s.extensions(), SkillJsonReader.FIELDS);
    }

    private static void topic(JsonGenerator g, Topic t) throws IOException {
        g.writeStringField("title", t.title());
        if (t.done()) {
            g.writeBooleanField("done", true);
        }
        extensions(g, t.extensions(), Set.of("title", "done"));
    }

    /** A resource or a project: its title, one more text field when it is not empty, its extensions. */
    private static void titled(JsonGenerator g, String title, String field, String text, Extensions ext) throws IOException {
        g.writeStringField("title", title);
        optional(g, field, text);
        extensions(g, ext, Set.of("title", field));
    }

    private static void effort(JsonGenerator g, Skill s) throws IOException {
        if (!s.effortNotation().isEmpty()) {
            g.writeStringField("effort", s.effortNotation());
        } else if (s.effort().isPresent()) {
            Effort e = s.effort().get();
            g.writeObjectFieldStart("effort");
            g.writeFieldName("min");
            JsonNumbers.exact(g, e.minHours());
            g.writeFieldName("max");
            if (e.openEnded()) {
                g.writeNull();
            } else {
                JsonNumbers.exact(g, e.maxHours());
            }
            g.writeEndObject();
        }
    }

    /** A single weekly figure on the skill's own track (or the pool) is written as a plain number. */
    private static void rigidPace(JsonGenerator g, RigidPace pace, String track) throws IOException {
        g.writeObjectFieldStart("pace");
        g.writeNumberField("weeks", pace.weeks());
        g.writeFieldName("hoursPerWeek");
        Map<String, Double> hours = pace.hoursPerWeek();
        String own = track.isEmpty() ? "*" : track;
        if (hours.size() == 1 && hours.containsKey(own)) {
            JsonNumbers.exact(g, hours.get(own));
        } else {
            JsonNumbers.exactObject(g, hours);
        }
        g.writeEndObject();
    }

    private static void choice(JsonGenerator g, Choice c) throws IOException {
        g.writeStringField("id", c.id());
        g.writeStringField("title", c.title());
        optional(g, "default", c.defaultOption());
        JsonWriting.nonEmptyObjects(g, "options", c.options(), (w, o) -> identified(w, o.id(), o.title(),
                x -> ids(x, "skills", o.skills()), o.extensions(), ChoiceJsonReader.OPTION_FIELDS));
        extensions(g, c.extensions(), ChoiceJsonReader.FIELDS);
    }

    private static void declared(JsonGenerator g, Declared d) throws IOException {
        if (d.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("declared");
        optional(g, "totalDuration", d.totalDuration());
        extensions(g, d.extensions(), RoadmapJsonReader.DECLARED_FIELDS);
        g.writeEndObject();
    }

    private static void ids(JsonGenerator g, String field, List<SkillId> ids) throws IOException {
        JsonWriting.nonEmptyArray(g, field, ids, (w, id) -> w.writeString(id.value()));
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    private static void extensions(JsonGenerator g, Extensions ext, Set<String> known) throws IOException {
        for (Map.Entry<String, String> e : ext.asMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                RawJson.write(e.getValue(), g);
            }
        }
    }
}
