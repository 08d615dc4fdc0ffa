package dev.roadmap.core.graph;

import dev.roadmap.core.SkillId;
import java.util.Objects;

/**
 * An edge of the prerequisite graph, from the prerequisite to the skill that needs it.
 *
 * @param prerequisite the skill learned first
 * @param dependent    the skill that needs it
 * @param kind         whether the edge blocks ({@link Kind#REQUIRES}) or only advises
 */
public record PrerequisiteEdge(SkillId prerequisite, SkillId dependent, Kind kind) {

    /**
     * Validates the components.
     * @param prerequisite the skill learned first
     * @param dependent the skill that needs it
     * @param kind whether the edge blocks ({@link Kind#REQUIRES}) or only advises
     */
    public PrerequisiteEdge {
        Objects.requireNonNull(prerequisite, "prerequisite must not be null");
        Objects.requireNonNull(dependent, "dependent must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
    }

    /** The strength of a prerequisite. */
    public enum Kind {
        /** A hard prerequisite: the dependent cannot start before it finishes. */
        REQUIRES,
        /** A soft prerequisite: advised first, never blocks. */
        RECOMMENDS
    }

    @Override
    public String toString() {
        return prerequisite + (kind == Kind.REQUIRES ? " -> " : " ~> ") + dependent;
    }
}
