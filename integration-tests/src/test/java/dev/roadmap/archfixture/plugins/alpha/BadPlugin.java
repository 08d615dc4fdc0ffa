package dev.roadmap.archfixture.plugins.alpha;

import dev.roadmap.archfixture.io.internal.IoInternals;
import dev.roadmap.archfixture.plugins.beta.OtherPlugin;
import dev.roadmap.archfixture.scheduler.FixtureScheduler;

/**
 * Deliberately broken: a plugin that uses another plugin, the scheduler and io's internal package, which
 * the plugin rules and the internal-package rule forbid.
 */
public final class BadPlugin {
    private BadPlugin() {
    }

    /** @return a string built from forbidden dependencies */
    public static String borrow() {
        return OtherPlugin.class.getSimpleName() + FixtureScheduler.class.getSimpleName() + IoInternals.secret();
    }
}
