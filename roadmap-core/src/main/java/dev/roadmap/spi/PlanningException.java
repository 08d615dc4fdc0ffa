package dev.roadmap.spi;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SkillId;
import java.util.List;

/**
 * A roadmap could not be planned: the input is invalid or no plan satisfies it. The message names
 * the skills involved; {@link #skills()} lists them for programs. No partial plan is ever returned
 * alongside this exception.
 */
public class PlanningException extends RoadmapException {
    private static final long serialVersionUID = 1L;

    private final transient List<SkillId> skills;

    /**
     * @param code    stable machine-readable code
     * @param message human-readable message naming the skills
     * @param skills  the skills involved (may be empty)
     */
    public PlanningException(String code, String message, List<SkillId> skills) {
        super(code, message);
        this.skills = List.copyOf(skills);
    }

    /** @return the skills the problem concerns, in document order where known */
    public List<SkillId> skills() {
        return skills;
    }
}
