package dev.roadmap.core;

import java.util.Optional;

/**
 * The one unchecked root of every exception this library throws on purpose.
 *
 * <p>Subtypes carry typed data (a cycle, a limit name, the known format ids); every exception
 * that is about an input document carries the {@link SourceLocation} it concerns.
 */
public class RoadmapException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;
    /** The stable diagnostic code. */
    private final String code;

    /**
     * Creates an exception without a location.
     *
     * @param code    stable machine-readable code, e.g. {@code "cycle"}
     * @param message human-readable message without location prefix
     */
    public RoadmapException(String code, String message) {
        this(code, message, null, null);
    }

    /**
     * Creates an exception about a place in an input.
     *
     * @param code     stable machine-readable code
     * @param message  human-readable message without location prefix
     * @param location where in the input, or {@code null} when not about an input
     * @param cause    the underlying cause, or {@code null}
     */
    public RoadmapException(String code, String message, SourceLocation location, Throwable cause) {
        super(message, cause);
        this.code = code == null ? "error" : code;
        this.location = location;
    }

    /** @return the stable machine-readable code of this error */
    public String code() {
        return code;
    }

    /** @return where in the input the problem is, when known */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /** @return the message without location, as given to the constructor */
    public String plainMessage() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        return location == null ? super.getMessage() : location + ": " + super.getMessage();
    }
}
