package dev.roadmap.spi;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SourceLocation;
import java.util.List;

/**
 * Thrown when a format id (or a scheduler id) is not known or a document's format cannot be told;
 * lists the known ids. The {@code require*} lookups of {@code PluginRegistry}, {@code RoadmapEngine}
 * and {@code Formats} throw it; their other lookups return an {@link java.util.Optional}. Code
 * {@code unknown-format}.
 */
public final class UnknownFormatException extends RoadmapException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> knownIds;

    /**
     * @param message  what could not be found
     * @param knownIds the format ids that are available
     * @param location the document concerned, or null
     */
    public UnknownFormatException(String message, List<String> knownIds, SourceLocation location) {
        super("unknown-format", message + " (known: " + String.join(", ", knownIds) + ")", location, null);
        this.knownIds = List.copyOf(knownIds);
    }

    /** @return the format ids that are available */
    public List<String> knownIds() {
        return knownIds;
    }
}
