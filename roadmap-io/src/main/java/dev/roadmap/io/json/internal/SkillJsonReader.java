package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads one element of {@code skills}, with its effort, pace and checklists. Not thread-safe. */
public final class SkillJsonReader {
    /** The fields of a skill object, in the order the exporter writes them. */
    public static final Set<String> FIELDS = Set.of("id", "title", "description", "effort", "pace", "track",
            "group", "requires", "recommends", "optional", "status", "topics", "resources", "projects", "tags");
    private static final Set<String> TOPIC_FIELDS = Set.of("title", "done");
    private static final Set<String> RESOURCE_FIELDS = Set.of("title", "url");
    private static final Set<String> PROJECT_FIELDS = Set.of("title", "description");
    private static final Set<String> PACE_FIELDS = Set.of("weeks", "hoursPerWeek");
    /** Only {@code min}: a {@code "max": null} must reach the handler (it means open-ended). */
    private static final Set<String> EFFORT_FIELDS = Set.of("min");
    private static final Set<String> EFFORT_NULLABLE = Set.of("max");
    private static final Set<String> EFFORT_NAMES = Set.of("min", "max");
    private static final String STATUSES = Arrays.stream(Status.values()).map(Status::id).collect(Collectors.joining(", "));

    private final ReadContext ctx;
    private final JsonCursor c;
    /** The skill being read: its document index and its fields so far. */
    private int index;
    private Fields f;
    /** The skill's field being read, and the field of that field's object (an effort's min or max). */
    private String fieldName;
    private String subName;
    // what the values are called in messages, made only when a message needs them (then the index
    // and names are those of the value being read): a large document has millions of values
    private final JsonCursor.Path skillPath = () -> "skills[" + index + "]";
    private final JsonCursor.Path fieldPath = () -> skillPath.text() + "." + fieldName;
    private final JsonCursor.Path subPath = () -> fieldPath.text() + "." + subName;
    private final JsonCursor.FieldHandler skillField = this::field;
    private final JsonCursor.FieldHandler effortField = this::effortField;
    /** The entries of the skill's prerequisite lists, copied out at its end. */
    private final List<SkillId> requiresRead = new ArrayList<>();
    private final List<SkillId> recommendsRead = new ArrayList<>();
    private final JsonCursor.ElementHandler entry = this::entry;
    private String listField;
    private boolean listRequires;

    /** @param ctx the document being read */
    public SkillJsonReader(ReadContext ctx) {
        this.ctx = ctx;
        this.c = ctx.cursor();
    }

    /** The fields of one skill as they are read, before its id is known to be present. */
    private static final class Fields {
        SkillId id;
        String title;
        String description = "";
        String notation;
        Effort effort;
        long at;
        RigidPace pace;
        Double plainPaceHours;
        int paceWeeks;
        String track = "";
        String group = "";
        // each field appears at most once (duplicate keys are refused), so its list is made when
        // it does: most skills of a large catalogue have few of them
        List<SkillId> requires;
        List<SkillId> recommends;
        boolean optional;
        Status status = Status.TODO;
        List<Topic> topics = List.of();
        List<Resource> resources = List.of();
        List<Project> projects = List.of();
        List<String> tags = List.of();
        Map<String, String> extensions;
        double min = Double.NaN;
        double max = Double.NaN;
        boolean maxSeen;
    }

    /**
     * @param index  the skill's document index; the cursor is on its first token
     * @param pace   the document's pace when it came before the skills, else null (it may follow)
     * @param drafts where a skill whose effort notation awaits a later pace is noted
     * @return the skill; without its notated effort when a draft was noted for it
     * @throws IOException when reading fails
     */
    public Skill read(int index, Pace pace, List<SkillDraft> drafts) throws IOException {
        this.index = index;
        ctx.markSkill(index);
        Fields f = new Fields();
        this.f = f;
        f.at = c.herePacked();
        requiresRead.clear();
        recommendsRead.clear();
        c.object(skillPath, FIELDS, skillField);
        flushIds();
        f.requires = List.copyOf(requiresRead);
        f.recommends = List.copyOf(recommendsRead);
        if (f.id == null) {
            Messages.required(null, skillPath.text(), "id", c.location(f.at));
        }
        Skill.Builder b = Skill.builder(f.id).description(f.description).track(f.track).group(f.group)
                .setRequires(f.requires).setRecommends(f.recommends).optional(f.optional).status(f.status)
                .setTopics(f.topics).setResources(f.resources).setProjects(f.projects).setTags(f.tags)
                .extensions(f.extensions == null ? Extensions.empty() : Extensions.of(f.extensions));
        if (f.title != null) {
            b.title(f.title);
        }
        if (f.effort != null) {
            b.effort(f.effort);
        }
        if (f.plainPaceHours != null) {
            f.pace = new RigidPace(f.paceWeeks, Map.of(f.track.isEmpty() ? "*" : f.track, f.plainPaceHours));
        }
        b.rigidPace(f.pace);
        if (f.notation != null && pace != null) {
            b.effort(f.notation, SkillDraft.parse(f.notation, pace.hoursPerWeek()));
        }
        Skill skill = b.build();
        if (f.notation != null && pace == null) {
            drafts.add(new SkillDraft(index, skill, f.notation));
        }
        return skill;
    }

    private void field(String name) throws IOException {
        fieldName = name;
        switch (name) {
            case "id" -> {
                if (!ctx.deferIdHere(ReadContext.DEFINES)) {
                    flushIds();
                    f.id = ctx.definedIdHere(index, fieldPath);
                }
            }
            case "title" -> f.title = c.string(fieldPath);
            case "description" -> f.description = c.string(fieldPath);
            case "effort" -> effort();
            case "pace" -> pace(index, skillPath.text() + ".pace", f);
            case "track" -> {
                ctx.markSkillField(index, "track");
                f.track = ctx.sharedHere(fieldPath);
            }
            case "group" -> {
                ctx.markSkillField(index, "group");
                f.group = ctx.sharedHere(fieldPath);
            }
            case "requires" -> prerequisites("requires", true);
            case "recommends" -> prerequisites("recommends", false);
            case "optional" -> f.optional = c.bool(fieldPath);
            case "status" -> {
                String text = c.string(fieldPath);
                f.status = Status.fromId(text).orElseThrow(() -> c.error("invalid-value",
                        fieldPath.text() + " must be one of " + STATUSES + ", got \"" + Messages.abbreviate(text) + "\""));
            }
            case "topics" -> checklists(skillPath.text(), name, f);
            case "resources", "projects", "tags" -> checklists(skillPath.text(), name, f);
            default -> {
                if (f.extensions == null) {
                    f.extensions = ReadContext.newFields();
                }
                ctx.keep("skill", skillPath.text(), FIELDS, name, f.extensions);
            }
        }
    }

    private void checklists(String path, String name, Fields f) throws IOException {
        switch (name) {
            case "topics" -> c.array(path + ".topics", k -> {
                if (k == 0) {
                    f.topics = new ArrayList<>();
                }
                if (k >= ctx.limits().maxTopicsPerSkill()) {
                    throw new LimitExceededException("maxTopicsPerSkill", ctx.limits().maxTopicsPerSkill(),
                            path + " has more topics", c.here());
                }
                f.topics.add(topic(path + ".topics[" + k + "]"));
            });
            case "resources" -> {
                f.resources = new ArrayList<>();
                c.array(path + ".resources", k -> f.resources.add(resource(path + ".resources[" + k + "]")));
            }
            case "projects" -> {
                f.projects = new ArrayList<>();
                c.array(path + ".projects", k -> f.projects.add(project(path + ".projects[" + k + "]")));
            }
            default -> {
                f.tags = new ArrayList<>();
                c.array(path + ".tags", k -> f.tags.add(c.string(path + ".tags[" + k + "]")));
            }
        }
    }

    private void prerequisites(String field, boolean requires) throws IOException {
        ctx.markSkillField(index, field);
        listField = field;
        listRequires = requires;
        c.array(fieldPath, entry);
    }

    private void entry(int k) throws IOException {
        ctx.markSkillEntry(index, listField, k);
        ctx.countPrerequisite();
        if (!ctx.deferIdHere(listRequires ? ReadContext.REQUIRES : ReadContext.RECOMMENDS)) {
            flushIds();
            (listRequires ? requiresRead : recommendsRead).add(ctx.requiredIdHere(fieldPath, k, listRequires));
        }
    }

    /** Looks up the ids of the skill held so far, in the order they were read. */
    private void flushIds() {
        SkillId defined = ctx.flushIds(index, requiresRead, recommendsRead);
        if (defined != null) {
            f.id = defined;
        }
    }

    private void effort() throws IOException {
        ctx.markSkillField(index, "effort");
        f.notation = null;
        f.effort = null;
        if (c.token() == JsonToken.VALUE_STRING) {
            f.notation = c.string(fieldPath);
        } else if (c.token() == JsonToken.START_OBJECT) {
            f.effort = hours();
        } else {
            throw c.wrongType(fieldPath.text(), "a string such as \"20-30h\" or an object {\"min\": h, \"max\": h}");
        }
    }

    private Effort hours() throws IOException {
        long at = c.herePacked();
        f.min = Double.NaN;
        f.max = Double.NaN;
        f.maxSeen = false;
        c.object(fieldPath, EFFORT_FIELDS, EFFORT_NULLABLE, effortField);
        if (Double.isNaN(f.min) || !f.maxSeen) {
            throw new ImportException("missing-field", fieldPath.text() + " needs \"min\" and \"max\" hours (\"max\": null for no upper bound)",
                    c.location(at), null);
        }
        if (f.max < f.min) {
            throw new ImportException("invalid-value", fieldPath.text() + ".max must not be below min", c.location(at), null);
        }
        return f.max == Double.POSITIVE_INFINITY ? Effort.openEnded(f.min) : Effort.ofHours(f.min, f.max);
    }

    private void effortField(String name) throws IOException {
        subName = name;
        switch (name) {
            case "min" -> f.min = c.number(subPath, 0, Effort.MAX_HOURS);
            case "max" -> {
                f.maxSeen = true;
                f.max = c.token() == JsonToken.VALUE_NULL ? Double.POSITIVE_INFINITY
                        : c.number(subPath, Double.isNaN(f.min) ? 0 : f.min, Effort.MAX_HOURS);
            }
            default -> ctx.ignore("effort", fieldPath.text(), EFFORT_NAMES, name);
        }
    }

    private void pace(int index, String path, Fields f) throws IOException {
        ctx.markSkillField(index, "pace");
        SourceLocation at = c.here();
        int[] weeks = {0};
        Map<String, Double> hours = new LinkedHashMap<>();
        Double[] plain = {null};
        boolean[] hoursSeen = {false};
        c.object(path, PACE_FIELDS, name -> {
            switch (name) {
                case "weeks" -> weeks[0] = c.integer(path + ".weeks", 1, RigidPace.MAX_WEEKS);
                case "hoursPerWeek" -> {
                    hoursSeen[0] = true;
                    hours.clear();
                    plain[0] = null;
                    if (c.token() == JsonToken.START_OBJECT) {
                        c.numbers(path + ".hoursPerWeek", 0, 168, hours);
                        if (hours.isEmpty()) {
                            throw c.error("invalid-value", path + ".hoursPerWeek needs the weekly hours of at least one track");
                        }
                    } else {
                        plain[0] = c.number(path + ".hoursPerWeek", 0, 168);
                    }
                }
                default -> ctx.ignore("skill pace", path, PACE_FIELDS, name);
            }
        });
        if (weeks[0] == 0 || !hoursSeen[0]) {
            throw new ImportException("missing-field", path + " needs \"weeks\" and \"hoursPerWeek\"", at, null);
        }
        f.paceWeeks = weeks[0];
        f.plainPaceHours = plain[0];
        f.pace = plain[0] == null ? new RigidPace(weeks[0], hours) : null;
    }

    private Topic topic(String path) throws IOException {
        SourceLocation at = c.here();
        String[] title = {null};
        boolean[] done = {false};
        Map<String, String> ext = ReadContext.newFields();
        c.object(path, TOPIC_FIELDS, name -> {
            switch (name) {
                case "title" -> title[0] = c.string(path + ".title");
                case "done" -> done[0] = c.bool(path + ".done");
                default -> ctx.keep("topic", path, TOPIC_FIELDS, name, ext);
            }
        });
        return new Topic(Messages.required(title[0], path, "title", at), done[0], Extensions.of(ext));
    }

    private Resource resource(String path) throws IOException {
        SourceLocation at = c.here();
        String[] v = {null, ""};
        Map<String, String> ext = ReadContext.newFields();
        c.object(path, RESOURCE_FIELDS, name -> {
            switch (name) {
                case "title" -> v[0] = c.string(path + ".title");
                case "url" -> v[1] = c.string(path + ".url");
                default -> ctx.keep("resource", path, RESOURCE_FIELDS, name, ext);
            }
        });
        return new Resource(Messages.required(v[0], path, "title", at), v[1], Extensions.of(ext));
    }

    private Project project(String path) throws IOException {
        SourceLocation at = c.here();
        String[] v = {null, ""};
        Map<String, String> ext = ReadContext.newFields();
        c.object(path, PROJECT_FIELDS, name -> {
            switch (name) {
                case "title" -> v[0] = c.string(path + ".title");
                case "description" -> v[1] = c.string(path + ".description");
                default -> ctx.keep("project", path, PROJECT_FIELDS, name, ext);
            }
        });
        return new Project(Messages.required(v[0], path, "title", at), v[1], Extensions.of(ext));
    }

}
