package dev.roadmap.io.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The role of every column of one table, with the reason for each decision.
 *
 * @param roles         role per column
 * @param reasons       per column, why it got its role ("header 'Duration'; 9 of 9 cells are durations")
 * @param titleByHeader whether the title column was named by its header (else found by content)
 * @param skipReason    why the table gives no skills, or empty when it does
 */
public record ColumnAssignment(List<ColumnRole> roles, List<String> reasons, boolean titleByHeader, String skipReason) {
    /**
     * Copies the lists.
     * @param roles role per column
     * @param reasons reason per column
     * @param titleByHeader whether the title was named by its header
     * @param skipReason why no skills, or empty
     */
    public ColumnAssignment {
        roles = List.copyOf(roles);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(skipReason, "skipReason must not be null");
        if (roles.size() != reasons.size()) {
            throw new IllegalArgumentException("one reason per column");
        }
    }

    /**
     * @param role a role
     * @return the first column with that role, or -1
     */
    public int indexOf(ColumnRole role) {
        return roles.indexOf(role);
    }

    /** @return whether the table gives one skill per row */
    public boolean isSkillTable() {
        return skipReason.isEmpty() && roles.contains(ColumnRole.TITLE);
    }

    /** @return why the table gives no skills, when it does not */
    public Optional<String> skipped() {
        return skipReason.isEmpty() ? Optional.empty() : Optional.of(skipReason);
    }
}
