package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;
import dev.roadmap.core.Pace;
import java.util.Optional;

/** Probes text for an effort: a notation {@link EffortParser} rejects means "not an effort", so prose can be probed safely. */
final class Efforts {
    private Efforts() {
    }

    static boolean isEffort(String text) {
        return parse(text, Pace.DEFAULT_HOURS_PER_WEEK).isPresent();
    }

    /**
     * @param text         candidate notation; not null
     * @param hoursPerWeek the pace calendar units convert at; positive (the readers only pass stated
     *                     paces, which are positive, or the default)
     */
    static Optional<Effort> parse(String text, double hoursPerWeek) {
        try {
            return Optional.of(EffortParser.parse(text, hoursPerWeek));
        } catch (EffortFormatException e) {
            return Optional.empty();
        }
    }
}
