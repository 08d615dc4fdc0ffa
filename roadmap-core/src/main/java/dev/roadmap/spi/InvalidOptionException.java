package dev.roadmap.spi;

import dev.roadmap.core.RoadmapException;

/**
 * A {@link FormatOptions} value could not be read: text its key cannot parse, or a value of the wrong
 * type. Names the option ({@link #optionId()}); code {@value #CODE}.
 */
public final class InvalidOptionException extends RoadmapException {
    private static final long serialVersionUID = 1L;

    /** The code of this exception. */
    public static final String CODE = "invalid-option";

    /** The id of the option whose value is invalid. */
    private final String optionId;

    /**
     * @param optionId the option's id
     * @param message  what is wrong, naming the option
     * @param cause    the parser's exception, or null
     */
    public InvalidOptionException(String optionId, String message, Throwable cause) {
        super(CODE, message, null, cause);
        this.optionId = optionId;
    }

    /** @return the id of the option whose value is invalid */
    public String optionId() {
        return optionId;
    }
}
