package dev.roadmap.core;

import java.util.Locale;
import java.util.Optional;

/** The learner's progress on a skill. */
public enum Status {
    /** Not started (the default). */
    TODO,
    /** In progress. */
    DOING,
    /** Finished; satisfies its dependents and is not scheduled. */
    DONE,
    /** Deliberately left out; satisfies its dependents and is not scheduled. */
    SKIPPED;

    /** @return the lower-case name used in documents, e.g. {@code "doing"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the skill needs no more work (done or skipped) */
    public boolean isClosed() {
        return this == DONE || this == SKIPPED;
    }

    /**
     * @param id a document value such as {@code "done"} (case-insensitive)
     * @return the status, or empty when {@code id} names none
     */
    public static Optional<Status> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Status s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
