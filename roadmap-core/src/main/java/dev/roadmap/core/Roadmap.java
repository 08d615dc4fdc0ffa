package dev.roadmap.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A learning roadmap: skills linked by prerequisites, with tracks, groups, choices and the
 * author's declared pace. This is the document model every importer produces and every
 * exporter and scheduler reads.
 *
 * <p>A roadmap may be invalid (a cycle, an unknown prerequisite, a duplicate id): it holds what
 * the document says so that {@code Validator} can report every problem with its location.
 * Skills are indexed by their document position ({@code 0..size-1}); {@link #indexOf(SkillId)}
 * finds the first skill with an id. The prerequisite graph is derived on demand
 * ({@code PrerequisiteGraph.of(roadmap)}) and memoised.
 *
 * <p>Immutable and thread-safe. {@link #equals} compares content only: where a roadmap was read
 * from ({@link #sourceMap()}) does not matter.
 *
 * <pre>{@code
 * Roadmap r = Roadmap.builder("ml").title("ML basics")
 *         .addSkill(Skill.builder("python", "Python").effort(Effort.ofHours(20, 30)).build())
 *         .addSkill(Skill.builder("numpy", "NumPy").effort(Effort.ofHours(6)).requires("python").build())
 *         .build();
 * }</pre>
 */
public final class Roadmap {
    private final String id;
    private final String title;
    private final String description;
    private final String language;
    private final Pace pace;
    private final List<Track> tracks;
    private final List<Group> groups;
    private final List<Skill> skills;
    private final List<Choice> choices;
    private final Declared declared;
    private final Extensions extensions;
    private final SourceMap sourceMap;
    private final SkillIndex index;
    private final ConcurrentHashMap<Class<?>, Object> derived = new ConcurrentHashMap<>();

    private Roadmap(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.description = b.description;
        this.language = b.language;
        this.pace = b.pace;
        this.tracks = List.copyOf(b.tracks);
        this.groups = List.copyOf(b.groups);
        this.skills = List.copyOf(b.skills);
        this.choices = List.copyOf(b.choices);
        this.declared = b.declared;
        this.extensions = b.extensions;
        this.sourceMap = b.sourceMap;
        this.index = new SkillIndex(skills);
    }

    private Roadmap(Roadmap from, List<Skill> skills) {
        this.id = from.id;
        this.title = from.title;
        this.description = from.description;
        this.language = from.language;
        this.pace = from.pace;
        this.tracks = from.tracks;
        this.groups = from.groups;
        this.skills = skills;
        this.choices = from.choices;
        this.declared = from.declared;
        this.extensions = from.extensions;
        this.sourceMap = from.sourceMap;
        this.index = from.index.over(skills);
    }

    /**
     * This roadmap with the skill at one index replaced by a skill of the same id, as progress changes
     * a skill (its status, its ticked topics): equal to {@code toBuilder().setSkills(...).build()} with
     * the list changed at that index, but the id index is shared instead of rebuilt (one copy of the
     * skill list). Derived values ({@link #derived}) are not carried over.
     *
     * @param index document index, {@code 0 <= index < size()}
     * @param skill the new skill, with the id of the one it replaces
     * @return the changed roadmap
     * @throws IllegalArgumentException when the ids differ
     */
    public Roadmap withSkill(int index, Skill skill) {
        Objects.requireNonNull(skill, "skill must not be null");
        if (!skills.get(index).id().equals(skill.id())) {
            throw new IllegalArgumentException("skill '" + skill.id() + "' cannot replace '" + skills.get(index).id()
                    + "' at index " + index + ": ids differ");
        }
        Skill[] copy = skills.toArray(new Skill[0]);
        copy[index] = skill;
        return new Roadmap(this, List.of(copy));
    }

    /** @return whether this roadmap shares its id index with another (for tests of {@link #withSkill}) */
    boolean sharesIndexWith(Roadmap other) {
        return index.sharesSlots(other.index);
    }

    /**
     * @param id the roadmap's id (a slug)
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return a builder holding this roadmap's values */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title;
        b.description = description;
        b.language = language;
        b.pace = pace;
        b.tracks.addAll(tracks);
        b.groups.addAll(groups);
        b.skills.addAll(skills);
        b.choices.addAll(choices);
        b.declared = declared;
        b.extensions = extensions;
        b.sourceMap = sourceMap;
        return b;
    }

    /** @return the roadmap's id */
    public String id() {
        return id;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the description, possibly empty */
    public String description() {
        return description;
    }

    /** @return the BCP 47 language tag, possibly empty */
    public String language() {
        return language;
    }

    /** @return the author's declared pace, if any */
    public Optional<Pace> pace() {
        return Optional.ofNullable(pace);
    }

    /** @return the declared pace, or {@link Pace#defaultPace()} */
    public Pace effectivePace() {
        return pace != null ? pace : Pace.defaultPace();
    }

    /** @return the tracks, in document order */
    public List<Track> tracks() {
        return tracks;
    }

    /** @return the groups, in document order */
    public List<Group> groups() {
        return groups;
    }

    /** @return the skills, in document order */
    public List<Skill> skills() {
        return skills;
    }

    /** @return the number of skills */
    public int size() {
        return skills.size();
    }

    /**
     * @param index document index, {@code 0 <= index < size()}
     * @return the skill at that index
     */
    public Skill skill(int index) {
        return skills.get(index);
    }

    /**
     * @param skillId an id
     * @return the first skill with that id
     */
    public Optional<Skill> skill(SkillId skillId) {
        int i = indexOf(skillId);
        return i < 0 ? Optional.empty() : Optional.of(skills.get(i));
    }

    /**
     * @param skillId an id
     * @return the document index of the first skill with that id, or -1
     */
    public int indexOf(SkillId skillId) {
        // null finds nothing, as it did with the HashMap this index replaced
        return skillId == null ? -1 : index.indexOf(skillId);
    }

    /**
     * Whether two skills share an id (validation reports them as {@code duplicate-id}); known
     * without a lookup, from when the roadmap indexed its ids.
     *
     * @return true when some skill's id is also an earlier skill's
     */
    public boolean hasDuplicateIds() {
        return index.hasDuplicates();
    }

    /** @return the choices, in document order */
    public List<Choice> choices() {
        return choices;
    }

    /** @return what the author declares about the whole roadmap */
    public Declared declared() {
        return declared;
    }

    /** @return unknown top-level fields kept for round trips */
    public Extensions extensions() {
        return extensions;
    }

    /** @return where the parts of this roadmap came from */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    /** @return the name of the source this roadmap was read from ({@code <api>} when built in code) */
    public String source() {
        return sourceMap.source();
    }

    /**
     * Returns a value derived from this roadmap, computing it once. Used for the prerequisite
     * graph and other indexes so that repeated queries on a shared roadmap cost nothing.
     * Thread-safe; {@code compute} must be a pure function of the roadmap.
     *
     * @param type    the derived value's type, used as the cache key
     * @param compute computes the value from this roadmap
     * @param <T>     the type of the value
     * @return the memoised value
     */
    public <T> T derived(Class<T> type, Function<? super Roadmap, ? extends T> compute) {
        Object existing = derived.get(type);
        if (existing == null) {
            Object value = Objects.requireNonNull(compute.apply(this), "derived value");
            existing = derived.putIfAbsent(type, value);
            if (existing == null) {
                existing = value;
            }
        }
        return type.cast(existing);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Roadmap r)) {
            return false;
        }
        return id.equals(r.id) && title.equals(r.title) && description.equals(r.description)
                && language.equals(r.language) && Objects.equals(pace, r.pace) && tracks.equals(r.tracks)
                && groups.equals(r.groups) && skills.equals(r.skills) && choices.equals(r.choices)
                && declared.equals(r.declared) && extensions.equals(r.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, language, pace, tracks, groups, skills, choices, declared, extensions);
    }

    @Override
    public String toString() {
        return "Roadmap[" + id + ", " + skills.size() + " skills]";
    }

    /** Mutable builder of a {@link Roadmap}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String title;
        private String description = "";
        private String language = "";
        private Pace pace;
        private final List<Track> tracks = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private final List<Skill> skills = new ArrayList<>();
        private final List<Choice> choices = new ArrayList<>();
        private Declared declared = Declared.none();
        private Extensions extensions = Extensions.empty();
        private SourceMap sourceMap = SourceMap.empty(SourceLocation.API_SOURCE);

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
            this.title = id;
        }

        /**
         * @param id roadmap id
         * @return this
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
            return this;
        }

        /**
         * @param title title
         * @return this
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title must not be null");
            return this;
        }

        /**
         * @param description description
         * @return this
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description must not be null");
            return this;
        }

        /**
         * @param language BCP 47 tag or ""
         * @return this
         */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language must not be null");
            return this;
        }

        /**
         * @param pace declared pace, or null for none
         * @return this
         */
        public Builder pace(Pace pace) {
            this.pace = pace;
            return this;
        }

        /**
         * @param track track to add
         * @return this
         */
        public Builder addTrack(Track track) {
            tracks.add(Objects.requireNonNull(track, "track"));
            return this;
        }

        /**
         * @param group group to add
         * @return this
         */
        public Builder addGroup(Group group) {
            groups.add(Objects.requireNonNull(group, "group"));
            return this;
        }

        /**
         * @param skill skill to add
         * @return this
         */
        public Builder addSkill(Skill skill) {
            skills.add(Objects.requireNonNull(skill, "skill"));
            return this;
        }

        /**
         * @param values skills to add
         * @return this
         */
        public Builder addSkills(List<Skill> values) {
            values.forEach(this::addSkill);
            return this;
        }

        /**
         * @param values skills replacing the current ones
         * @return this
         */
        public Builder setSkills(List<Skill> values) {
            skills.clear();
            return addSkills(values);
        }

        /**
         * @param choice choice to add
         * @return this
         */
        public Builder addChoice(Choice choice) {
            choices.add(Objects.requireNonNull(choice, "choice"));
            return this;
        }

        /**
         * @param declared declared metadata
         * @return this
         */
        public Builder declared(Declared declared) {
            this.declared = Objects.requireNonNull(declared, "declared must not be null");
            return this;
        }

        /**
         * @param extensions unknown top-level fields
         * @return this
         */
        public Builder extensions(Extensions extensions) {
            this.extensions = Objects.requireNonNull(extensions, "extensions must not be null");
            return this;
        }

        /**
         * @param sourceMap where the parts came from
         * @return this
         */
        public Builder sourceMap(SourceMap sourceMap) {
            this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap must not be null");
            return this;
        }

        /** @return the skills added so far (a read-only view, for importers) */
        public List<Skill> skills() {
            return java.util.Collections.unmodifiableList(skills);
        }

        /** @return the immutable roadmap */
        public Roadmap build() {
            return new Roadmap(this);
        }
    }
}
