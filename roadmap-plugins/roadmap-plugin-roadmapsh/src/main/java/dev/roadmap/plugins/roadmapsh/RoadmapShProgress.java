package dev.roadmap.plugins.roadmapsh;

import dev.roadmap.core.Status;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's progress as roadmap.sh exports it: the node ids marked done, in progress
 * ({@code learning}) and skipped. Applied on import it sets the skills' {@link dev.roadmap.core.Status}
 * ({@code done}, {@code doing}, {@code skipped}) and ticks checklist items whose ids are listed as done.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RoadmapShProgress progress = RoadmapShProgress.read(Files.newInputStream(path), "progress.json", ReadLimits.defaults());
 * }</pre>
 *
 * @param done     node ids marked done
 * @param learning node ids in progress
 * @param skipped  node ids skipped
 */
public record RoadmapShProgress(Set<String> done, Set<String> learning, Set<String> skipped) {

    /**
     * Validates and copies the components.
     *
     * @param done node ids marked done
     * @param learning node ids in progress
     * @param skipped node ids skipped
     */
    public RoadmapShProgress {
        done = Set.copyOf(Objects.requireNonNull(done, "done must not be null"));
        learning = Set.copyOf(Objects.requireNonNull(learning, "learning must not be null"));
        skipped = Set.copyOf(Objects.requireNonNull(skipped, "skipped must not be null"));
    }

    /** @return progress with nothing marked */
    public static RoadmapShProgress none() {
        return new RoadmapShProgress(Set.of(), Set.of(), Set.of());
    }

    /**
     * @param nodeId a node or checklist item id
     * @return the status the progress gives it, if any; done wins over skipped over learning
     */
    public Optional<Status> statusOf(String nodeId) {
        if (done.contains(nodeId)) {
            return Optional.of(Status.DONE);
        }
        if (skipped.contains(nodeId)) {
            return Optional.of(Status.SKIPPED);
        }
        if (learning.contains(nodeId)) {
            return Optional.of(Status.DOING);
        }
        return Optional.empty();
    }

    /** @return whether nothing is marked */
    public boolean isEmpty() {
        return done.isEmpty() && learning.isEmpty() && skipped.isEmpty();
    }

    /**
     * Reads {@code {"done": [...], "learning": [...], "skipped": [...]}}; missing lists are empty and
     * other fields are ignored.
     *
     * @param in     the document; not closed
     * @param source the name used in locations
     * @param limits limits to enforce
     * @return the progress
     * @throws IOException     when reading fails
     * @throws ImportException when the document is not such an object
     */
    public static RoadmapShProgress read(InputStream in, String source, ReadLimits limits) throws IOException {
        Json root = JsonTreeReader.read(in, source, limits);
        if (!root.isObject()) {
            throw new ImportException("wrong-type", "progress must be a JSON object with done, learning and skipped lists",
                    root.location(), null);
        }
        return new RoadmapShProgress(ids(root, "done"), ids(root, "learning"), ids(root, "skipped"));
    }

    private static Set<String> ids(Json root, String field) {
        Set<String> out = new LinkedHashSet<>();
        Optional<Json> list = root.get(field);
        if (list.isPresent() && !list.get().isArray()) {
            throw new ImportException("wrong-type", "progress field \"" + field + "\" must be a list of node ids",
                    list.get().location(), null);
        }
        for (Json e : root.array(field)) {
            if (e.kind() != Json.Kind.STRING) {
                throw new ImportException("wrong-type", "progress field \"" + field + "\" must hold node id strings",
                        e.location(), null);
            }
            out.add(e.scalar());
        }
        return out;
    }
}
