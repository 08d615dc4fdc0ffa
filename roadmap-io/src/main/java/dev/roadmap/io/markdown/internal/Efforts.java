package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;
import java.util.Optional;

/**
 * Calls {@link EffortParser} defensively: any failure, including an unexpected runtime exception
 * from the parser on odd input, means "not an effort", so prose can be probed safely.
 */
final class Efforts {
    private Efforts() {
    }

    static boolean isEffort(String text) {
        return parse(text, dev.roadmap.core.Pace.DEFAULT_HOURS_PER_WEEK).isPresent();
    }

    static Optional<Effort> parse(String text, double hoursPerWeek) {
        try {
            return Optional.of(EffortParser.parse(text, hoursPerWeek));
        } catch (EffortFormatException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // EffortParser in roadmap-core throws NullPointerException for a range without a unit such as "3–6";
            // treat them as unreadable rather than failing the import.
            return Optional.empty();
        }
    }
}
