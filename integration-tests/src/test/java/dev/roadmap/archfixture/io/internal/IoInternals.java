package dev.roadmap.archfixture.io.internal;

/** Fixture: implementation detail of the fixture's io module, which only io may use. */
public final class IoInternals {
    private IoInternals() {
    }

    /** @return a value io reads (allowed) and a plugin reads too (forbidden) */
    public static String secret() {
        return "internal";
    }
}
