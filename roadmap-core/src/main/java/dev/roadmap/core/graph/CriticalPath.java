package dev.roadmap.core.graph;

import dev.roadmap.core.SkillId;
import java.util.List;
import java.util.Objects;

/**
 * The longest chain of hard prerequisites by some weight (usually effort hours).
 *
 * @param skills the chain, first prerequisite first
 * @param length the sum of the chain's weights
 */
public record CriticalPath(List<SkillId> skills, double length) {

    /**
     * Copies the components.
     * @param skills the chain, first prerequisite first
     * @param length the sum of the chain's weights
     */
    public CriticalPath {
        skills = List.copyOf(Objects.requireNonNull(skills, "skills must not be null"));
    }
}
