package dev.roadmap.spi;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SourceLocation;
import java.util.Objects;

/**
 * A document could not be read at all (malformed syntax, wrong format, a limit exceeded).
 * Always carries the location where reading failed.
 */
public class ImportException extends RoadmapException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code     stable code such as {@code malformed-json}
     * @param message  what is wrong, without location
     * @param location where reading failed
     * @param cause    underlying parser exception, or null
     */
    public ImportException(String code, String message, SourceLocation location, Throwable cause) {
        super(code, message, Objects.requireNonNull(location, "location must not be null"), cause);
    }
}
