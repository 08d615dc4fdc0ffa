package dev.roadmap.core.registry;

import dev.roadmap.core.RoadmapException;

/** Thrown when a provider is added to a registry under an id another provider of its kind already has. */
public final class DuplicateProviderException extends RoadmapException {
    private static final long serialVersionUID = 1L;

    /** The id both providers claim. */
    private final String providerId;

    /**
     * @param service    the SPI kind, e.g. {@code RoadmapImporter}
     * @param providerId the repeated id
     * @param first      the first provider and its origin
     * @param second     the second provider and its origin
     */
    public DuplicateProviderException(String service, String providerId, String first, String second) {
        super("duplicate-provider", "duplicate " + service + " id '" + providerId + "': " + first + " and " + second);
        this.providerId = providerId;
    }

    /** @return the repeated id */
    public String providerId() {
        return providerId;
    }
}
