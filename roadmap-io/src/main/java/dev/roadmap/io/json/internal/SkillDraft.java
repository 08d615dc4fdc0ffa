package dev.roadmap.io.json.internal;

import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.Skill;

/**
 * A skill whose effort notation awaits the roadmap's pace, because {@code pace} came after the
 * skill in the document. Skills without a notation, or read after the pace, are built at once.
 * Immutable.
 *
 * @param index    the skill's document index
 * @param skill    the skill with everything but its notated effort
 * @param notation the effort as written
 */
public record SkillDraft(int index, Skill skill, String notation) {

    /**
     * @param hoursPerWeek the roadmap's pace, at which calendar efforts convert to hours
     * @return the skill; an unreadable notation is kept without hours (validation reports it)
     */
    public Skill build(double hoursPerWeek) {
        return skill.toBuilder().effort(notation, parse(notation, hoursPerWeek)).build();
    }

    /**
     * @param notation     an effort as written
     * @param hoursPerWeek the roadmap's pace
     * @return its hours, or null when it is blank or not a notation we can read
     */
    static Effort parse(String notation, double hoursPerWeek) {
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
