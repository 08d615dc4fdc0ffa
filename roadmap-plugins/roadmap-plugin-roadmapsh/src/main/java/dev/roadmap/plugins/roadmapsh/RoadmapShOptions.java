package dev.roadmap.plugins.roadmapsh;

import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link RoadmapShImporter} turns a roadmap.sh roadmap into a plannable one: the default effort of
 * each node kind (roadmap.sh gives none), the learner's progress, and the content directory to take
 * descriptions and resources from. Immutable and thread-safe; start from {@link #defaults()}.
 *
 * <p>Default efforts: {@value #DEFAULT_TOPIC_HOURS} h per topic, {@value #DEFAULT_SUBTOPIC_HOURS} h per
 * subtopic, {@value #DEFAULT_TODO_HOURS} h per to-do and {@value #DEFAULT_CHECKLIST_ITEM_HOURS} h per
 * checklist item. They are rough study times for one node of a developer roadmap; every skill that gets
 * one is tagged {@value RoadmapShImporter#ESTIMATED_TAG}.
 *
 * <pre>{@code
 * RoadmapShOptions options = RoadmapShOptions.defaults().toBuilder()
 *         .efforts("topic=8h,subtopic=2-4h")
 *         .progress(RoadmapShProgress.read(in, "progress.json", ReadLimits.defaults()))
 *         .build();
 * ImportResult result = new RoadmapShImporter(options).read(Path.of("backend.json"));
 * }</pre>
 */
public final class RoadmapShOptions {
    /** Default hours for a topic. */
    public static final double DEFAULT_TOPIC_HOURS = 6;
    /** Default hours for a subtopic. */
    public static final double DEFAULT_SUBTOPIC_HOURS = 3;
    /** Default hours for a to-do node. */
    public static final double DEFAULT_TODO_HOURS = 2;
    /** Default hours for one checklist item. */
    public static final double DEFAULT_CHECKLIST_ITEM_HOURS = 1;
    private static final RoadmapShOptions DEFAULTS = new Builder().build();

    private final Map<NodeKind, Effort> efforts;
    private final RoadmapShProgress progress;
    private final Path contentDirectory;

    private RoadmapShOptions(Builder b) {
        this.efforts = Collections.unmodifiableMap(new EnumMap<>(b.efforts));
        this.progress = b.progress;
        this.contentDirectory = b.contentDirectory;
    }

    /** @return the default options: default efforts, no progress, no content directory */
    public static RoadmapShOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.efforts.putAll(efforts);
        b.progress = progress;
        b.contentDirectory = contentDirectory;
        return b;
    }

    /**
     * @param kind a node kind
     * @return the effort given to a node of that kind (for a checklist, per item)
     */
    public Effort effort(NodeKind kind) {
        return efforts.get(Objects.requireNonNull(kind, "kind must not be null"));
    }

    /** @return the progress to apply (empty when none) */
    public RoadmapShProgress progress() {
        return progress;
    }

    /** @return the directory holding {@code <slug>@<nodeId>.md} content files, if any */
    public Optional<Path> contentDirectory() {
        return Optional.ofNullable(contentDirectory);
    }

    /** Mutable builder of {@link RoadmapShOptions}; not thread-safe. */
    public static final class Builder {
        private final Map<NodeKind, Effort> efforts = new EnumMap<>(NodeKind.class);
        private RoadmapShProgress progress = RoadmapShProgress.none();
        private Path contentDirectory;

        private Builder() {
            efforts.put(NodeKind.TOPIC, Effort.ofHours(DEFAULT_TOPIC_HOURS));
            efforts.put(NodeKind.SUBTOPIC, Effort.ofHours(DEFAULT_SUBTOPIC_HOURS));
            efforts.put(NodeKind.TODO, Effort.ofHours(DEFAULT_TODO_HOURS));
            efforts.put(NodeKind.CHECKLIST_ITEM, Effort.ofHours(DEFAULT_CHECKLIST_ITEM_HOURS));
        }

        /**
         * @param kind   a node kind
         * @param effort the effort of one node of that kind; must not be open-ended
         * @return this
         */
        public Builder effort(NodeKind kind, Effort effort) {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(effort, "effort must not be null");
            if (effort.openEnded()) {
                throw new IllegalArgumentException("the default effort of a " + kind.id() + " must not be open-ended");
            }
            efforts.put(kind, effort);
            return this;
        }

        /**
         * @param spec comma-separated {@code kind=effort} pairs such as {@code topic=6h,subtopic=2-4h,checklist-item=30min};
         *             kinds are {@code topic}, {@code subtopic}, {@code todo}, {@code checklist-item}; calendar
         *             units convert at 10 h a week
         * @return this
         * @throws IllegalArgumentException when a pair is malformed, the kind unknown or the effort unreadable
         */
        public Builder efforts(String spec) {
            Objects.requireNonNull(spec, "spec must not be null");
            for (String pair : spec.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("effort override '" + pair.trim() + "' must be kind=effort, e.g. topic=6h");
                }
                String kindText = pair.substring(0, eq).trim();
                NodeKind kind = NodeKind.fromId(kindText).orElseThrow(() -> new IllegalArgumentException(
                        "unknown node kind '" + kindText + "'; use topic, subtopic, todo or checklist-item"));
                Effort effort;
                try {
                    effort = EffortParser.parse(pair.substring(eq + 1).trim(), 10);
                } catch (EffortFormatException e) {
                    throw new IllegalArgumentException("effort of " + kind.id() + ": " + e.getMessage(), e);
                }
                effort(kind, effort);
            }
            return this;
        }

        /**
         * @param progress the learner's progress to apply
         * @return this
         */
        public Builder progress(RoadmapShProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress must not be null");
            return this;
        }

        /**
         * @param directory the content directory, or null for none
         * @return this
         */
        public Builder contentDirectory(Path directory) {
            this.contentDirectory = directory;
            return this;
        }

        /** @return the options */
        public RoadmapShOptions build() {
            return new RoadmapShOptions(this);
        }
    }
}
