package dev.roadmap.io.json.internal;

import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.Skill;

/**
 * A skill read from the document whose effort notation still awaits the roadmap's pace, which
 * may come later in the document. Not thread-safe.
 */
public final class SkillDraft {
    private final Skill.Builder builder;
    private final String notation;

    /**
     * @param builder  the skill with everything but a notated effort
     * @param notation the effort as written, or null when the skill has none or an hours object
     */
    SkillDraft(Skill.Builder builder, String notation) {
        this.builder = builder;
        this.notation = notation;
    }

    /**
     * @param hoursPerWeek the roadmap's pace, at which calendar efforts convert to hours
     * @return the skill; an unreadable notation is kept without hours (validation reports it)
     */
    public Skill build(double hoursPerWeek) {
        if (notation != null) {
            builder.effort(notation, parse(notation, hoursPerWeek));
        }
        return builder.build();
    }

    private static Effort parse(String notation, double hoursPerWeek) {
        if (notation.isBlank()) {
            return null;
        }
        try {
            return EffortParser.parse(notation, hoursPerWeek);
        } catch (EffortFormatException e) {
            // Not a notation we can read: the text is kept and validation reports it, located;
            // import itself goes on. Any other exception is a bug and is not hidden.
            return null;
        }
    }
}
