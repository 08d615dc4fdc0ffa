package dev.roadmap.plugins.roadmapsh;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of learnable roadmap.sh node, each with its own default effort
 * ({@link RoadmapShOptions#effort(NodeKind)}).
 */
public enum NodeKind {
    /** A node of the main spine ({@code topic}); default 6 hours. */
    TOPIC,
    /** A child of a topic ({@code subtopic}); default 3 hours. */
    SUBTOPIC,
    /** A to-do node ({@code todo}); default 2 hours. */
    TODO,
    /** One item of a {@code checklist} node; default 1 hour, so a checklist takes 1 hour per item. */
    CHECKLIST_ITEM;

    /** @return the lower-case name used in options and tags, e.g. {@code checklist-item} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id a name such as {@code topic} or {@code checklist-item} (case-insensitive, {@code _} or {@code -})
     * @return the kind
     */
    public static Optional<NodeKind> fromId(String id) {
        String normal = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (NodeKind k : values()) {
            if (k.id().equals(normal) || (k == CHECKLIST_ITEM && normal.equals("checklist"))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
