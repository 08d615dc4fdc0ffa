package dev.roadmap.plugins.casejson.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Stable CASE identifiers: name-based (version 3) UUIDs of the roadmap id and the id of the part, so that
 * exporting the same roadmap twice, or a changed version of it, keeps every identifier. Stateless.
 */
public final class CaseIds {
    /** The URI scheme prefix of an exported document; what follows is the roadmap id. */
    public static final String DOCUMENT_URI_PREFIX = "urn:roadmap:";
    /** The lastChangeDateTime written when the roadmap carries none (fixed, so output is deterministic). */
    public static final String DEFAULT_LAST_CHANGE = "1970-01-01T00:00:00+00:00";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CaseIds() {
    }

    /**
     * @param roadmapId the roadmap id
     * @param kind      what is named ({@code document}, {@code skill}, {@code group}, ...)
     * @param id        its id within the roadmap ("" for the document)
     * @return the identifier, lower case
     */
    public static String of(String roadmapId, String kind, String id) {
        return UUID.nameUUIDFromBytes(("dev.roadmap.case:" + roadmapId + ":" + kind + ":" + id)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * @param identifier an identifier
     * @return its URI ({@code urn:uuid:...})
     */
    public static String uri(String identifier) {
        return "urn:uuid:" + identifier;
    }

    /**
     * @param text candidate identifier
     * @return whether it is a UUID in the 8-4-4-4-12 form CASE requires
     */
    public static boolean isUuid(String text) {
        return UUID_TEXT.matcher(text).matches();
    }
}
