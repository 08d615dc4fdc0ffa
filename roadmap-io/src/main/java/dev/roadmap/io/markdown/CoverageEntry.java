package dev.roadmap.io.markdown;

import dev.roadmap.core.SourceLocation;
import java.util.Objects;

/**
 * One line of the Markdown importer's coverage report: a place in the document and what became of
 * it, either a skill ({@code read} is true, {@code block} the rule that made it) or a table, list or
 * checklist that no rule turned into skills ({@code read} is false, {@code outcome} says why).
 * Immutable.
 *
 * @param location where the block starts
 * @param block    a rule name for a skill ({@code checklist-heading}); {@code table}, {@code list},
 *                 {@code checklist} or {@code contents} for a block left out
 * @param read     whether the block became skills
 * @param outcome  the skill it became ("skill 'arrays' (12 topics)") or why it was left out
 */
public record CoverageEntry(SourceLocation location, String block, boolean read, String outcome) {

    /**
     * Validates the components.
     *
     * @param location where the block starts
     * @param block    rule name or block kind
     * @param read     whether the block became skills
     * @param outcome  what became of it
     */
    public CoverageEntry {
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(block, "block must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
    }

    /** @return {@code line  block  outcome}, one line of {@code info --explain} */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%6d  %-10s %s", location.line(), block, outcome);
    }
}
