package dev.roadmap.spi;

import dev.roadmap.core.SourceLocation;

/** Thrown when an input exceeds one of the {@link ReadLimits}; names the limit and how to raise it. */
public final class LimitExceededException extends ImportException {
    private static final long serialVersionUID = 1L;

    /** The name of the limit, as in {@link ReadLimits}. */
    private final String limitName;
    /** The limit's value. */
    private final long limit;

    /**
     * @param limitName the {@link ReadLimits} property, e.g. {@code maxSkills}
     * @param limit     its value
     * @param what      what exceeded it, e.g. {@code "the roadmap has more skills"}
     * @param location  where reading stopped
     */
    public LimitExceededException(String limitName, long limit, String what, SourceLocation location) {
        super("limit-exceeded", what + " than the limit " + limitName + " = " + limit
                + " allows; raise it with ReadLimits.toBuilder()." + limitName + "(...)", location, null);
        this.limitName = limitName;
        this.limit = limit;
    }

    /** @return the name of the {@link ReadLimits} property that was exceeded */
    public String limitName() {
        return limitName;
    }

    /** @return the limit's value */
    public long limit() {
        return limit;
    }
}
