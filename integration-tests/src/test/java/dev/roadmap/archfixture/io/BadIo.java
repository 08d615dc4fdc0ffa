package dev.roadmap.archfixture.io;

import dev.roadmap.archfixture.io.internal.IoInternals;
import dev.roadmap.archfixture.scheduler.FixtureScheduler;

/** Fixture breaking the rules on purpose: io must not use the scheduler. */
public final class BadIo {
    /** @return a scheduler, which io must never reference */
    public Object scheduler() {
        return new FixtureScheduler();
    }

    /** @return a value from io's own internal package, which io may use */
    public String own() {
        return IoInternals.secret();
    }
}
