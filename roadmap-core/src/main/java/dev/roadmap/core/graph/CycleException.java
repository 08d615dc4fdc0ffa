package dev.roadmap.core.graph;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an operation needs an acyclic prerequisite graph and the roadmap has a cycle.
 * {@link #cycle()} lists the skills in order, each requiring the next, the last requiring the first.
 */
public final class CycleException extends RoadmapException {
    private static final long serialVersionUID = 1L;

    /** Diagnostic code of prerequisite cycles. */
    public static final String CODE = "cycle";

    private final transient List<SkillId> cycle;

    /**
     * @param cycle    the skills of the cycle, each requiring the next
     * @param location where the edge closing the cycle is written, or null
     */
    public CycleException(List<SkillId> cycle, SourceLocation location) {
        super(CODE, describe(cycle), location, null);
        this.cycle = List.copyOf(cycle);
    }

    /** @return the skills of the cycle in order; the last requires the first */
    public List<SkillId> cycle() {
        return cycle;
    }

    /**
     * @param cycle skills each requiring the next
     * @return a message such as {@code prerequisite cycle: a -> b -> c -> a (each skill requires the next)}
     */
    public static String describe(List<SkillId> cycle) {
        String path = cycle.stream().map(SkillId::value).collect(Collectors.joining(" -> "));
        return "prerequisite cycle: " + path + " -> " + cycle.get(0) + " (each skill requires the next)";
    }
}
