package dev.roadmap.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill to learn: the node of a roadmap's prerequisite graph.
 *
 * <p>A skill is <em>flexible</em> when it has an {@link #effort()} (hours that may be split
 * across weeks) and <em>rigid</em> when it has a {@link #rigidPace()} (fixed weeks at fixed
 * weekly hours). A skill with neither has a missing effort. {@link #effortNotation()} keeps the
 * effort as written so exports reproduce it; it is non-empty without an effort exactly when the
 * notation could not be read (reported by validation as {@code unparseable-effort}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder(SkillId)}, change with {@link #toBuilder()}.
 *
 * <pre>{@code
 * Skill s = Skill.builder(SkillId.of("python")).title("Python basics")
 *         .effort(Effort.ofHours(20, 30)).track("coding").build();
 * }</pre>
 */
public final class Skill {
    private final SkillId id;
    private final String title;
    private final String description;
    private final Effort effort;
    private final String effortNotation;
    private final RigidPace rigidPace;
    private final String track;
    private final String group;
    private final List<SkillId> requires;
    private final List<SkillId> recommends;
    private final boolean optional;
    private final Status status;
    private final List<Topic> topics;
    private final List<Resource> resources;
    private final List<Project> projects;
    private final List<String> tags;
    private final Extensions extensions;

    private Skill(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.description = b.description;
        this.effort = Effort.shared(b.effort);
        this.effortNotation = b.effortNotation;
        this.rigidPace = b.rigidPace;
        this.track = b.track;
        this.group = b.group;
        this.requires = List.copyOf(b.requires);
        this.recommends = List.copyOf(b.recommends);
        this.optional = b.optional;
        this.status = b.status;
        this.topics = List.copyOf(b.topics);
        this.resources = List.copyOf(b.resources);
        this.projects = List.copyOf(b.projects);
        this.tags = List.copyOf(b.tags);
        this.extensions = b.extensions;
    }

    /**
     * @param id the skill's id
     * @return a builder with the title defaulting to the id
     */
    public static Builder builder(SkillId id) {
        return new Builder(id);
    }

    /**
     * @param id    the skill's id text
     * @param title display title
     * @return a builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(SkillId.of(id)).title(title);
    }

    /** @return a builder holding this skill's values */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title;
        b.description = description;
        b.effort = effort;
        b.effortNotation = effortNotation;
        b.rigidPace = rigidPace;
        b.track = track;
        b.group = group;
        b.requires = requires;
        b.recommends = recommends;
        b.optional = optional;
        b.status = status;
        b.topics = topics;
        b.resources = resources;
        b.projects = projects;
        b.tags = tags;
        b.extensions = extensions;
        return b;
    }

    /** @return the unique id */
    public SkillId id() {
        return id;
    }

    /** @return the display title */
    public String title() {
        return title;
    }

    /** @return the description, possibly empty */
    public String description() {
        return description;
    }

    /** @return the effort in hours of a flexible skill */
    public Optional<Effort> effort() {
        return Optional.ofNullable(effort);
    }

    /** @return the effort as written in the source ("2 weeks"), or empty when given in hours or absent */
    public String effortNotation() {
        return effortNotation;
    }

    /** @return the fixed pace of a rigid skill */
    public Optional<RigidPace> rigidPace() {
        return Optional.ofNullable(rigidPace);
    }

    /** @return whether the skill runs at a fixed pace */
    public boolean isRigid() {
        return rigidPace != null;
    }

    /** @return the track id, or empty for the shared pool */
    public String track() {
        return track;
    }

    /** @return the group id, or empty when the skill is in no group */
    public String group() {
        return group;
    }

    /** @return hard prerequisites, in document order */
    public List<SkillId> requires() {
        return requires;
    }

    /** @return soft prerequisites (never block), in document order */
    public List<SkillId> recommends() {
        return recommends;
    }

    /** @return whether the skill is optional */
    public boolean optional() {
        return optional;
    }

    /** @return the learner's progress */
    public Status status() {
        return status;
    }

    /** @return the checklist */
    public List<Topic> topics() {
        return topics;
    }

    /** @return learning resources */
    public List<Resource> resources() {
        return resources;
    }

    /** @return practice projects */
    public List<Project> projects() {
        return projects;
    }

    /** @return free-form tags */
    public List<String> tags() {
        return tags;
    }

    /** @return unknown fields kept for round trips */
    public Extensions extensions() {
        return extensions;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Skill s)) {
            return false;
        }
        return optional == s.optional && id.equals(s.id) && title.equals(s.title)
                && description.equals(s.description) && Objects.equals(effort, s.effort)
                && effortNotation.equals(s.effortNotation) && Objects.equals(rigidPace, s.rigidPace)
                && track.equals(s.track) && group.equals(s.group) && requires.equals(s.requires)
                && recommends.equals(s.recommends) && status == s.status && topics.equals(s.topics)
                && resources.equals(s.resources) && projects.equals(s.projects) && tags.equals(s.tags)
                && extensions.equals(s.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, effort, effortNotation, rigidPace, track, group,
                requires, recommends, optional, status, topics, resources, projects, tags, extensions);
    }

    @Override
    public String toString() {
        return "Skill[" + id + " \"" + title + "\"]";
    }

    /**
     * Mutable builder of a {@link Skill}; not thread-safe. Its lists are immutable ones until
     * something is added to them one by one: a list set whole, or taken over from a skill, becomes
     * the skill's without a copy (a million skills are built while a large document is read).
     */
    public static final class Builder {
        private final SkillId id;
        private String title;
        private String description = "";
        private Effort effort;
        private String effortNotation = "";
        private RigidPace rigidPace;
        private String track = "";
        private String group = "";
        private List<SkillId> requires = List.of();
        private List<SkillId> recommends = List.of();
        private boolean optional;
        private Status status = Status.TODO;
        private List<Topic> topics = List.of();
        private List<Resource> resources = List.of();
        private List<Project> projects = List.of();
        private List<String> tags = List.of();
        private Extensions extensions = Extensions.empty();

        private Builder(SkillId id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
            this.title = id.value();
        }

        /**
         * @param title display title
         * @return this
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title must not be null");
            return this;
        }

        /**
         * @param description description text
         * @return this
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description must not be null");
            return this;
        }

        /**
         * @param effort effort in hours, or null for none
         * @return this
         */
        public Builder effort(Effort effort) {
            this.effort = effort;
            return this;
        }

        /**
         * Sets the effort as written; the hours are whatever {@code effort} says (null when the
         * notation could not be read).
         *
         * @param notation the text as written
         * @param effort   the hours it means, or null
         * @return this
         */
        public Builder effort(String notation, Effort effort) {
            this.effortNotation = Objects.requireNonNull(notation, "notation must not be null");
            this.effort = effort;
            return this;
        }

        /**
         * @param rigidPace fixed pace, or null for a flexible skill
         * @return this
         */
        public Builder rigidPace(RigidPace rigidPace) {
            this.rigidPace = rigidPace;
            return this;
        }

        /**
         * @param track track id, "" for the shared pool
         * @return this
         */
        public Builder track(String track) {
            this.track = Objects.requireNonNull(track, "track must not be null");
            return this;
        }

        /**
         * @param group group id, "" for none
         * @return this
         */
        public Builder group(String group) {
            this.group = Objects.requireNonNull(group, "group must not be null");
            return this;
        }

        /**
         * @param ids hard prerequisites to add
         * @return this
         */
        public Builder requires(SkillId... ids) {
            requires = growable(requires);
            for (SkillId id : ids) {
                requires.add(Objects.requireNonNull(id, "prerequisite id"));
            }
            return this;
        }

        /**
         * @param ids hard prerequisites to add, by id text
         * @return this
         */
        public Builder requires(String... ids) {
            requires = growable(requires);
            for (String id : ids) {
                requires.add(SkillId.of(id));
            }
            return this;
        }

        /**
         * @param ids hard prerequisites replacing the current ones
         * @return this
         */
        public Builder setRequires(List<SkillId> ids) {
            requires = immutable(ids, "prerequisite id");
            return this;
        }

        /**
         * @param ids soft prerequisites to add
         * @return this
         */
        public Builder recommends(SkillId... ids) {
            recommends = growable(recommends);
            for (SkillId id : ids) {
                recommends.add(Objects.requireNonNull(id, "recommended id"));
            }
            return this;
        }

        /**
         * @param ids soft prerequisites replacing the current ones
         * @return this
         */
        public Builder setRecommends(List<SkillId> ids) {
            recommends = immutable(ids, "recommended id");
            return this;
        }

        /**
         * @param optional whether optional
         * @return this
         */
        public Builder optional(boolean optional) {
            this.optional = optional;
            return this;
        }

        /**
         * @param status progress
         * @return this
         */
        public Builder status(Status status) {
            this.status = Objects.requireNonNull(status, "status must not be null");
            return this;
        }

        /**
         * @param topic checklist item to add
         * @return this
         */
        public Builder addTopic(Topic topic) {
            topics = growable(topics);
            topics.add(Objects.requireNonNull(topic, "topic"));
            return this;
        }

        /**
         * @param values checklist replacing the current one
         * @return this
         */
        public Builder setTopics(List<Topic> values) {
            topics = immutable(values, "topic");
            return this;
        }

        /**
         * @param resource resource to add
         * @return this
         */
        public Builder addResource(Resource resource) {
            resources = growable(resources);
            resources.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /**
         * @param values resources replacing the current ones
         * @return this
         */
        public Builder setResources(List<Resource> values) {
            resources = immutable(values, "resource");
            return this;
        }

        /**
         * @param project project to add
         * @return this
         */
        public Builder addProject(Project project) {
            projects = growable(projects);
            projects.add(Objects.requireNonNull(project, "project"));
            return this;
        }

        /**
         * @param values projects replacing the current ones
         * @return this
         */
        public Builder setProjects(List<Project> values) {
            projects = immutable(values, "project");
            return this;
        }

        /**
         * @param tag tag to add
         * @return this
         */
        public Builder addTag(String tag) {
            tags = growable(tags);
            tags.add(Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /**
         * @param values tags replacing the current ones
         * @return this
         */
        public Builder setTags(List<String> values) {
            tags = immutable(values, "tag");
            return this;
        }

        /**
         * @param extensions unknown fields
         * @return this
         */
        public Builder extensions(Extensions extensions) {
            this.extensions = Objects.requireNonNull(extensions, "extensions must not be null");
            return this;
        }

        /** @return the immutable skill */
        public Skill build() {
            return new Skill(this);
        }

        /** @return the list itself when it is this builder's own, else a copy that is */
        private static <T> List<T> growable(List<T> list) {
            return list instanceof ArrayList<T> ? list : new ArrayList<>(list);
        }

        /** @return the values as an immutable list, the list itself when it is one */
        private static <T> List<T> immutable(List<T> values, String what) {
            for (T value : values) {
                Objects.requireNonNull(value, what);
            }
            return List.copyOf(values);
        }
    }
}
