package dev.roadmap.archfixture.plugins.alpha;

import dev.roadmap.archfixture.plugins.beta.OtherPlugin;
import dev.roadmap.archfixture.scheduler.FixtureScheduler;

/** Deliberately broken: a plugin that uses another plugin and the scheduler, which the plugin rules forbid. */
public final class BadPlugin {
    private BadPlugin() {
    }

    /** @return a string built from forbidden dependencies */
    public static String borrow() {
        return OtherPlugin.class.getSimpleName() + FixtureScheduler.class.getSimpleName();
    }
}
