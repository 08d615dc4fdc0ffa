package dev.roadmap.io.json.internal;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports fields the format does not define. A name starting with {@code x-} is an extension and
 * is accepted silently; any other unknown name is a located {@code unknown-field} warning that
 * names it and, when one is close, the known field it was probably meant to be. A roadmap may
 * hold a million skills carrying the same stray field, so each name is reported at its first
 * {@value #REPORTED_PER_NAME} places per kind of object and the rest are counted in one closing
 * warning. One per document; not thread-safe.
 */
final class UnknownFields {
    /** The prefix of extension fields, which every object of the format accepts. */
    static final String EXTENSION_PREFIX = "x-";
    /** How many places of one unknown name (per kind of object) get their own warning. */
    static final int REPORTED_PER_NAME = 10;
    /** The code of a warning about an unknown field that is kept. */
    static final String CODE = "unknown-field";
    /** The code of a warning about an unknown field that is dropped. */
    static final String IGNORED_CODE = "ignored-field";

    private final Map<String, Tally> seen = new LinkedHashMap<>();

    private static final class Tally {
        final String kind;
        final String name;
        final String code;
        int count;
        SourceLocation firstUnreported;

        Tally(String kind, String name, String code) {
            this.kind = kind;
            this.name = name;
            this.code = code;
        }
    }

    /**
     * @param name a field name
     * @return whether the name is an extension ({@code x-...})
     */
    static boolean isExtension(String name) {
        return name.startsWith(EXTENSION_PREFIX);
    }

    /**
     * @param kind  what the object is, for counting ("skill", "resource")
     * @param path  the object's path, for the message ({@code skills[3]})
     * @param name  the unknown field
     * @param known the fields the object defines
     * @param at    where the field's name is
     * @param kept  whether the value is kept (as an extension) or dropped
     * @param into  where warnings go
     */
    void report(String kind, String path, String name, Set<String> known, SourceLocation at, boolean kept,
            List<Diagnostic> into) {
        String code = kept ? CODE : IGNORED_CODE;
        Tally t = seen.computeIfAbsent(kind + '\u0000' + name, k -> new Tally(kind, name, code));
        t.count++;
        if (t.count > REPORTED_PER_NAME) {
            if (t.firstUnreported == null) {
                t.firstUnreported = at;
            }
            return;
        }
        StringBuilder m = new StringBuilder().append(path).append(" has unknown field \"")
                .append(Messages.abbreviate(name)).append('"');
        NearestName.of(name, known).ifPresent(s -> m.append("; did you mean \"").append(s).append("\"?"));
        m.append(kept ? " (kept as is; name extensions \"x-...\" to silence this)"
                : " (ignored: this object cannot keep unknown fields)");
        into.add(Diagnostic.warning(code, m.toString(), at));
    }

    /** @param into where the closing warnings go: one per name seen more often than reported */
    void finish(List<Diagnostic> into) {
        for (Tally t : seen.values()) {
            if (t.firstUnreported != null) {
                int more = t.count - REPORTED_PER_NAME;
                into.add(Diagnostic.warning(t.code, "unknown field \"" + Messages.abbreviate(t.name) + "\" appears in "
                        + more + " more " + t.kind + (more == 1 ? " object" : " objects") + " from here on",
                        t.firstUnreported));
            }
        }
        seen.clear();
    }
}
