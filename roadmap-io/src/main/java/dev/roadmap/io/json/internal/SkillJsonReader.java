package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Project;
import dev.roadmap.core.Resource;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
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
    private static final Set<String> EFFORT_NAMES = Set.of("min", "max");
    private static final String STATUSES = Arrays.stream(Status.values()).map(Status::id).collect(Collectors.joining(", "));

    private final ReadContext ctx;
    private final JsonCursor c;

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
        SourceLocation at;
        RigidPace pace;
        Double plainPaceHours;
        int paceWeeks;
        String track = "";
        String group = "";
        final List<SkillId> requires = new ArrayList<>();
        final List<SkillId> recommends = new ArrayList<>();
        boolean optional;
        Status status = Status.TODO;
        final List<Topic> topics = new ArrayList<>();
        final List<Resource> resources = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final Map<String, String> extensions = ReadContext.newFields();
    }

    /**
     * @param index the skill's document index; the cursor is on its first token
     * @return the skill, awaiting the roadmap's pace
     * @throws IOException when reading fails
     */
    public SkillDraft read(int index) throws IOException {
        String path = "skills[" + index + "]";
        ctx.mark(SourceMap.keySkill(index));
        Fields f = new Fields();
        f.at = c.here();
        c.object(path, FIELDS, name -> field(index, path, name, f));
        if (f.id == null) {
            Messages.required(null, path, "id", f.at);
        }
        Skill.Builder b = Skill.builder(f.id).description(f.description).track(f.track).group(f.group)
                .setRequires(f.requires).setRecommends(f.recommends).optional(f.optional).status(f.status)
                .setTopics(f.topics).setResources(f.resources).setProjects(f.projects).setTags(f.tags)
                .extensions(Extensions.of(f.extensions));
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
        return new SkillDraft(b, f.notation);
    }

    private void field(int index, String path, String name, Fields f) throws IOException {
        switch (name) {
            case "id" -> f.id = id(path + ".id");
            case "title" -> f.title = c.string(path + ".title");
            case "description" -> f.description = c.string(path + ".description");
            case "effort" -> effort(index, path + ".effort", f);
            case "pace" -> pace(index, path + ".pace", f);
            case "track" -> {
                ctx.markSkillField(index, "track");
                f.track = ctx.shared(c.string(path + ".track"));
            }
            case "group" -> {
                ctx.markSkillField(index, "group");
                f.group = ctx.shared(c.string(path + ".group"));
            }
            case "requires" -> prerequisites(index, path, "requires", f.requires);
            case "recommends" -> prerequisites(index, path, "recommends", f.recommends);
            case "optional" -> f.optional = c.bool(path + ".optional");
            case "status" -> {
                String text = c.string(path + ".status");
                f.status = Status.fromId(text).orElseThrow(() -> c.error("invalid-value",
                        path + ".status must be one of " + STATUSES + ", got \"" + Messages.abbreviate(text) + "\""));
            }
            case "topics" -> c.array(path + ".topics", k -> {
                if (k >= ctx.limits().maxTopicsPerSkill()) {
                    throw new LimitExceededException("maxTopicsPerSkill", ctx.limits().maxTopicsPerSkill(),
                            path + " has more topics", c.here());
                }
                f.topics.add(topic(path + ".topics[" + k + "]"));
            });
            case "resources" -> c.array(path + ".resources", k -> f.resources.add(resource(path + ".resources[" + k + "]")));
            case "projects" -> c.array(path + ".projects", k -> f.projects.add(project(path + ".projects[" + k + "]")));
            case "tags" -> c.array(path + ".tags", k -> f.tags.add(c.string(path + ".tags[" + k + "]")));
            default -> ctx.keep("skill", path, FIELDS, name, f.extensions);
        }
    }

    private SkillId id(String path) throws IOException {
        return ctx.skillId(Ids.read(c, path));
    }

    private void prerequisites(int index, String path, String field, List<SkillId> into) throws IOException {
        ctx.markSkillField(index, field);
        c.array(path + "." + field, k -> {
            ctx.markSkillEntry(index, field, k);
            ctx.countPrerequisite();
            into.add(id(path + "." + field + "[" + k + "]"));
        });
    }

    private void effort(int index, String path, Fields f) throws IOException {
        ctx.markSkillField(index, "effort");
        f.notation = null;
        f.effort = null;
        if (c.token() == JsonToken.VALUE_STRING) {
            f.notation = c.string(path);
        } else if (c.token() == JsonToken.START_OBJECT) {
            f.effort = hours(path);
        } else {
            throw c.wrongType(path, "a string such as \"20-30h\" or an object {\"min\": h, \"max\": h}");
        }
    }

    private Effort hours(String path) throws IOException {
        SourceLocation at = c.here();
        double[] min = {Double.NaN};
        double[] max = {Double.NaN};
        boolean[] maxSeen = {false};
        c.object(path, EFFORT_FIELDS, name -> {
            switch (name) {
                case "min" -> min[0] = c.number(path + ".min", 0, Effort.MAX_HOURS);
                case "max" -> {
                    maxSeen[0] = true;
                    max[0] = c.token() == JsonToken.VALUE_NULL ? Double.POSITIVE_INFINITY
                            : c.number(path + ".max", Double.isNaN(min[0]) ? 0 : min[0], Effort.MAX_HOURS);
                }
                default -> ctx.ignore("effort", path, EFFORT_NAMES, name);
            }
        });
        if (Double.isNaN(min[0]) || !maxSeen[0]) {
            throw new ImportException("missing-field", path + " needs \"min\" and \"max\" hours (\"max\": null for no upper bound)", at, null);
        }
        if (max[0] < min[0]) {
            throw new ImportException("invalid-value", path + ".max must not be below min", at, null);
        }
        return max[0] == Double.POSITIVE_INFINITY ? Effort.openEnded(min[0]) : Effort.ofHours(min[0], max[0]);
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
