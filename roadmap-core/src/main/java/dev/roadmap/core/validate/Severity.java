package dev.roadmap.core.validate;

import java.util.Locale;

/** How serious a diagnostic is. Ordered from most to least serious. */
public enum Severity {
    /** The roadmap is invalid; it cannot be planned. */
    ERROR,
    /** Probably a mistake; the roadmap can still be used. */
    WARNING,
    /** Worth knowing (e.g. a redundant prerequisite); never a failure. */
    NOTICE;

    /** @return the lower-case name used in output, e.g. {@code "warning"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
