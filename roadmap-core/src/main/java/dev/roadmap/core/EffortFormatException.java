package dev.roadmap.core;

/**
 * Thrown by {@link EffortParser} for a notation it cannot read. The {@link #offset()} points
 * into the text so an importer can turn it into a column.
 */
public final class EffortFormatException extends RoadmapException {
    private static final long serialVersionUID = 1L;

    /** Diagnostic code of unreadable efforts. */
    public static final String CODE = "unparseable-effort";

    /** The notation that could not be read. */
    private final String text;
    /** Where in the notation reading failed. */
    private final int offset;

    /**
     * @param text    the notation that failed
     * @param offset  0-based index in {@code text} of the problem
     * @param message what is wrong
     */
    public EffortFormatException(String text, int offset, String message) {
        super(CODE, message);
        this.text = text;
        this.offset = Math.max(0, Math.min(offset, text.length()));
    }

    /** @return the notation that failed */
    public String text() {
        return text;
    }

    /** @return 0-based index in {@link #text()} where reading failed */
    public int offset() {
        return offset;
    }
}
