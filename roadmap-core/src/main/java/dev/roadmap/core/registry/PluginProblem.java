package dev.roadmap.core.registry;

import java.util.Objects;

/**
 * A provider that could not be used: it failed to load, threw, or repeated another's id.
 *
 * @param service   the SPI interface's simple name, e.g. {@code RoadmapImporter}
 * @param className the provider's class name
 * @param origin    where the class came from (jar or directory), or {@code unknown}
 * @param message   what went wrong
 */
public record PluginProblem(String service, String className, String origin, String message) {

    /**
     * Validates the components.
     * @param service the SPI interface's simple name, e.g. {@code RoadmapImporter}
     * @param className the provider's class name
     * @param origin where the class came from (jar or directory), or {@code unknown}
     * @param message what went wrong
     */
    public PluginProblem {
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(className, "className must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return service + " " + className + " (" + origin + "): " + message;
    }
}
