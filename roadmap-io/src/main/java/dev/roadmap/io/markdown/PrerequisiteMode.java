package dev.roadmap.io.markdown;

/** How the Markdown importer decides prerequisites. */
public enum PrerequisiteMode {
    /**
     * Stated prerequisites only when the document states any (a prerequisites column or a
     * "Prerequisites:" line); otherwise skills are chained in document order. The default.
     */
    EXPLICIT_OR_CHAIN("explicit-or-chain"),
    /** Skills are always chained in document order, in addition to stated prerequisites. */
    CHAIN("chain"),
    /** Only stated prerequisites; never chained. */
    NONE("none");

    private final String id;

    PrerequisiteMode(String id) {
        this.id = id;
    }

    /** @return the option value, e.g. {@code explicit-or-chain} */
    public String id() {
        return id;
    }

    /**
     * @param id an option value such as {@code chain}
     * @return the mode
     * @throws IllegalArgumentException when {@code id} names no mode
     */
    public static PrerequisiteMode fromId(String id) {
        for (PrerequisiteMode m : values()) {
            if (m.id.equalsIgnoreCase(id.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown prerequisite mode '" + id + "'; use explicit-or-chain, chain or none");
    }
}
