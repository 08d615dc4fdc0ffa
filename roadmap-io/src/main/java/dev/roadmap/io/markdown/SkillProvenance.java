package dev.roadmap.io.markdown;

import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import java.util.Objects;

/**
 * Why the Markdown importer made a skill: where it came from and which convention applied.
 * Rules: {@code table-row}, {@code table-row-period}, {@code heading-effort}, {@code heading-period}, {@code list-item-effort},
 * {@code list-item-period}, {@code option-item}, {@code option-paragraph}, {@code bold-list-item}, and the
 * structure rules {@code checklist-heading}, {@code checklist-item}, {@code list-item-heading},
 * {@code link-heading}, {@code course-paragraph}, {@code course-link}, {@code list-tree},
 * {@code heading-outline} (see {@code docs/markdown-import.md}).
 *
 * @param skill    the skill's id
 * @param index    its document index in the roadmap
 * @param location where it starts in the source
 * @param rule     stable rule name
 * @param detail   human-readable explanation
 */
public record SkillProvenance(SkillId skill, int index, SourceLocation location, String rule, String detail) {

    /**
     * Validates the components.
     * @param skill the skill's id
     * @param index its document index in the roadmap
     * @param location where it starts in the source
     * @param rule stable rule name
     * @param detail human-readable explanation
     */
    public SkillProvenance {
        Objects.requireNonNull(skill, "skill must not be null");
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    /** @return {@code id  file:line:col  rule: detail}, one line of {@code info --explain} */
    @Override
    public String toString() {
        return skill + "  " + location + "  " + rule + ": " + detail;
    }
}
