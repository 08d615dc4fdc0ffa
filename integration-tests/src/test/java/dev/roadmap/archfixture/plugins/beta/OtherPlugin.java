package dev.roadmap.archfixture.plugins.beta;

/** A second fixture plugin. */
public final class OtherPlugin {
    /** Its name. */
    public static final String NAME = "beta";

    private OtherPlugin() {
    }
}
