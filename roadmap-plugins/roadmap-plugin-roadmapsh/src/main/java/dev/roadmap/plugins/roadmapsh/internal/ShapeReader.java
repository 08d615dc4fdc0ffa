package dev.roadmap.plugins.roadmapsh.internal;

import dev.roadmap.io.json.tree.Json;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.util.function.Predicate;

/**
 * Reads one of the two shapes of a roadmap.sh document into a {@link Layout}: the editor shape
 * ({@link EditorShapeReader}) or the legacy one ({@link LegacyShapeReader}). One instance per import.
 */
public abstract class ShapeReader {
    /** Limits to enforce. */
    final ReadLimits limits;
    /** What the document holds, filled by {@link #read(Json)}. */
    final Layout layout = new Layout();

    ShapeReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a document in whichever shape it has.
     *
     * @param root   the document's root value
     * @param limits limits to enforce
     * @return what the document holds
     * @throws ImportException {@code unsupported-format} when the root is neither shape; the shape
     *                         readers' errors otherwise
     */
    public static Layout readAny(Json root, ReadLimits limits) {
        if (root.isObject() && root.get("nodes").isPresent()) {
            return new EditorShapeReader(limits).read(root, member(root, "nodes", Json::isArray, "a list of nodes"));
        }
        if (root.isObject() && root.get("mockup").isPresent()) {
            return new LegacyShapeReader(limits).read(root, member(root, "mockup", Json::isObject, "an object"));
        }
        throw new ImportException("unsupported-format", "a roadmap.sh roadmap is a JSON object with \"nodes\" and"
                + " \"edges\" or with \"mockup\"", root.location(), null);
    }

    /** @return the root's member that marks the shape, when it has the type the shape needs */
    private static Json member(Json root, String key, Predicate<Json> type, String expected) {
        Json value = root.get(key).orElseThrow();
        if (!type.test(value)) {
            throw new ImportException("wrong-type", "\"" + key + "\" must be " + expected, value.location(), null);
        }
        return value;
    }

    /**
     * @param root the document's root object
     * @param main the root's member that marks the shape ({@code nodes} or {@code mockup}), of the right type
     * @return what the document holds
     */
    abstract Layout read(Json root, Json main);
}
