package dev.roadmap.archfixture.scheduler;

import dev.roadmap.archfixture.core.BadCore;

/** Fixture: a scheduler class; together with {@link BadCore} it forms a package cycle. */
public final class FixtureScheduler {
    /** @return a core object */
    public Object core() {
        return new BadCore();
    }
}
