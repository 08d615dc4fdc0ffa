package dev.roadmap.archfixture.core;

import dev.roadmap.archfixture.scheduler.FixtureScheduler;

/** Fixture breaking the rules on purpose: core must not use the scheduler. */
public final class BadCore {
    /** @return a scheduler, which core must never reference */
    public Object scheduler() {
        return new FixtureScheduler();
    }
}
