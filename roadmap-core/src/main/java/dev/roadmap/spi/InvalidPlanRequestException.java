package dev.roadmap.spi;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.validate.Diagnostic;
import java.util.List;

/**
 * The roadmap or the plan options are invalid: validation errors in the roadmap (code
 * {@value #INVALID_ROADMAP}), unknown skill ids in targets or done (code {@value #UNKNOWN_SKILL}),
 * unknown choices or options (code {@value #UNKNOWN_CHOICE}) or contradictory choices (code
 * {@value #CHOICE_CONFLICT}).
 */
public final class InvalidPlanRequestException extends PlanningException {
    private static final long serialVersionUID = 1L;

    /** Code of a roadmap with validation errors. */
    public static final String INVALID_ROADMAP = "invalid-roadmap";
    /** Code of an unknown skill id in the targets or the done list. */
    public static final String UNKNOWN_SKILL = "unknown-skill";
    /** Code of an unknown choice or option id. */
    public static final String UNKNOWN_CHOICE = "unknown-choice";
    /** Code of a choice that targets or picks resolve in two ways. */
    public static final String CHOICE_CONFLICT = "choice-conflict";
    /** The progress log of the options has errors for the roadmap (unknown skills or topics, overfull weeks). */
    public static final String INVALID_PROGRESS = "invalid-progress";

    private final transient List<Diagnostic> diagnostics;

    /**
     * @param code        one of the codes of this class
     * @param message     human-readable message naming the skills or ids
     * @param skills      the skills involved
     * @param diagnostics the validation errors, for {@value #INVALID_ROADMAP}; else empty
     */
    public InvalidPlanRequestException(String code, String message, List<SkillId> skills, List<Diagnostic> diagnostics) {
        super(code, message, skills);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the validation errors that made the roadmap unplannable (empty for option errors) */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
