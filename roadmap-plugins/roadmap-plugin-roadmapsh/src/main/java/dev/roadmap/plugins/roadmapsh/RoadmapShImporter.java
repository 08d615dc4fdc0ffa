package dev.roadmap.plugins.roadmapsh;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.text.Slugs;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.JsonHead;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.plugins.roadmapsh.internal.Assembler;
import dev.roadmap.plugins.roadmapsh.internal.ContentFiles;
import dev.roadmap.plugins.roadmapsh.internal.Layout;
import dev.roadmap.plugins.roadmapsh.internal.ShapeReader;
import dev.roadmap.spi.AbstractRoadmapImporter;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports roadmap.sh roadmaps (format id {@code roadmapsh}) so that any of them can be planned at a
 * learner's own weekly hours.
 *
 * <p>Both shapes of roadmap.sh JSON are read: the editor shape {@code {"nodes": [...], "edges": [...]}}
 * and the legacy shape {@code {"mockup": {"controls": {"control": [...]}}}}. Each learnable node
 * ({@code topic}, {@code subtopic}, {@code todo}, {@code checklist}) becomes one skill, with an id
 * slugged from its label; the node id is kept in the skill's {@code roadmapsh} extension. The
 * prerequisite DAG is rebuilt as described in docs/formats.md: solid topic edges, else vertical order,
 * give the topic spine; every other node requires its topic (dashed edge, else containing section box,
 * else nearest topic); legends give optional skills and choices. Broken edges (a missing end, a missing
 * source) are skipped with a warning naming their JSON path and location.
 *
 * <p>roadmap.sh gives no efforts, so each skill gets the default effort of its kind
 * ({@link RoadmapShOptions}) and the tag {@value #ESTIMATED_TAG}. The options are the constructor's
 * (the no-argument constructor, used by ServiceLoader, has the defaults), changed per call by the
 * {@link FormatOptions} {@link #OPTIONS} and {@link #EFFORTS}.
 * {@link #readDirectory(Path, ReadLimits)} also reads the content files next to the roadmap.
 *
 * <p>Stateless and thread-safe; never closes the stream it is given.
 *
 * <pre>{@code
 * RoadmapShImporter importer = new RoadmapShImporter(RoadmapShOptions.defaults().toBuilder()
 *         .effort(NodeKind.TOPIC, Effort.ofHours(8)).build());
 * Roadmap roadmap = importer.read(Path.of("frontend.json")).roadmap();
 * }</pre>
 */
public final class RoadmapShImporter extends AbstractRoadmapImporter {
    /** The tag on every skill whose effort is a default estimate rather than the author's. */
    public static final String ESTIMATED_TAG = "estimated";

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("roadmapsh", "roadmap.sh roadmap JSON", "json");
    private static final double CERTAIN = 0.9;
    private static final double LIKELY = 0.8;

    /** Option {@code roadmapsh.options}: the options of this call, instead of the constructor's (text form: an efforts override). */
    public static final FormatOptions.Key<RoadmapShOptions> OPTIONS = FormatOptions.Key.of("roadmapsh.options",
            RoadmapShOptions.class, text -> RoadmapShOptions.defaults().toBuilder().efforts(text).build());
    /**
     * Option {@code roadmapsh.efforts}: default efforts overridden for this call, in the notation of
     * {@link RoadmapShOptions.Builder#efforts(String)} ({@code topic=8h,subtopic=2-4h}).
     */
    public static final FormatOptions.Key<String> EFFORTS = FormatOptions.Key.ofText("roadmapsh.efforts");

    private final RoadmapShOptions options;

    /** Creates the importer with the default options. */
    public RoadmapShImporter() {
        this(RoadmapShOptions.defaults());
    }

    /** @param options efforts, progress and content directory to use */
    public RoadmapShImporter(RoadmapShOptions options) {
        super(DESCRIPTOR);
        this.options = Objects.requireNonNull(options, "options must not be null");
    }

    /**
     * {@inheritDoc}
     *
     * <p>A JSON object whose head mentions {@code "nodes"} and {@code "edges"} (or nodes with
     * {@code "position"} and {@code "data"}, as edges follow a long node list) scores 0.9 resp. 0.8;
     * one mentioning {@code "mockup"} and {@code "controls"} 0.9; a native {@code roadmap/1} document
     * and anything else 0.
     */
    @Override
    public double sniff(String fileName, byte[] head) {
        return JsonHead.score(head, RoadmapShImporter::score);
    }

    /** The score of a head that opens a JSON object. */
    private static double score(String text) {
        if (text.contains("\"roadmap/1\"") || text.contains("\"CFDocument\"")) {
            return 0;
        }
        if (text.contains("\"mockup\"") && text.contains("\"controls\"")) {
            return CERTAIN;
        }
        if (text.contains("\"nodes\"")) {
            if (text.contains("\"edges\"")) {
                return CERTAIN;
            }
            if (text.contains("\"position\"") && text.contains("\"data\"")) {
                return LIKELY;
            }
        }
        return 0;
    }

    @Override
    protected ImportResult readRoadmap(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        return read(in, sourceName, limits, FormatOptions.none());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads {@link #OPTIONS} and {@link #EFFORTS}; an unreadable value is an {@code invalid-option} error.
     */
    @Override
    public ImportResult read(InputStream in, String sourceName, ReadLimits limits, FormatOptions callOptions) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        RoadmapShOptions effective = effectiveOptions(callOptions, sourceName);
        Json root = JsonTreeReader.read(in, sourceName, limits);
        Layout layout = ShapeReader.readAny(root, limits);
        List<Diagnostic> contentRemarks = new ArrayList<>();
        Map<String, ContentFiles.Content> content = Map.of();
        if (effective.contentDirectory().isPresent()) {
            content = ContentFiles.read(effective.contentDirectory().get(), limits, contentRemarks);
        }
        ImportResult result = new Assembler(layout, effective, content, limits, idFromSourceName(sourceName), sourceName).build();
        if (contentRemarks.isEmpty()) {
            return result;
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(contentRemarks);
        return new ImportResult(result.roadmap(), all);
    }

    /**
     * Reads a roadmap directory as roadmap.sh keeps one: {@code <name>.json} (else the only {@code .json}
     * file) and the {@code content/} directory beside it, whose {@code <slug>@<nodeId>.md} files give the
     * skills' descriptions and typed resources.
     *
     * @param directory the roadmap's directory
     * @param limits    limits to enforce
     * @return the roadmap and the importer's remarks
     * @throws IOException            when reading fails
     * @throws UnknownFormatException when the directory holds no single roadmap JSON file
     */
    public ImportResult readDirectory(Path directory, ReadLimits limits) throws IOException {
        return readDirectory(directory, limits, FormatOptions.none());
    }

    /**
     * Reads a roadmap directory with per-call options ({@link #OPTIONS}, {@link #EFFORTS}).
     *
     * @param directory   the roadmap's directory
     * @param limits      limits to enforce
     * @param callOptions options for this call
     * @return the roadmap and the importer's remarks
     * @throws IOException            when reading fails
     * @throws UnknownFormatException when the directory holds no single roadmap JSON file
     */
    public ImportResult readDirectory(Path directory, ReadLimits limits, FormatOptions callOptions) throws IOException {
        Objects.requireNonNull(directory, "directory must not be null");
        Path named = directory.resolve(directory.getFileName() + ".json");
        Path json;
        if (Files.isRegularFile(named)) {
            json = named;
        } else {
            List<Path> candidates;
            try (Stream<Path> list = Files.list(directory)) {
                candidates = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted().toList();
            }
            if (candidates.size() != 1) {
                throw new UnknownFormatException("expected " + named.getFileName() + " or exactly one .json file in "
                        + directory + ", found " + candidates.size(), List.of(DESCRIPTOR.id()), SourceLocation.unknown(directory.toString()));
            }
            json = candidates.get(0);
        }
        RoadmapShOptions withContent = effectiveOptions(callOptions, json.toString()).toBuilder()
                .contentDirectory(Files.isDirectory(directory.resolve("content")) ? directory.resolve("content") : null).build();
        try (InputStream in = Files.newInputStream(json)) {
            return new RoadmapShImporter(withContent).read(in, json.getFileName().toString(), limits);
        }
    }

    private RoadmapShOptions effectiveOptions(FormatOptions callOptions, String sourceName) {
        Objects.requireNonNull(callOptions, "options must not be null");
        try {
            RoadmapShOptions base = callOptions.get(OPTIONS).orElse(options);
            Optional<String> efforts = callOptions.get(EFFORTS);
            return efforts.isEmpty() ? base : base.toBuilder().efforts(efforts.get()).build();
        } catch (IllegalArgumentException | dev.roadmap.spi.InvalidOptionException e) {
            // an efforts override the notation cannot read: a located error about this document's import
            throw new ImportException("invalid-option", e.getMessage(), SourceLocation.of(sourceName, 1, 1), e);
        }
    }

    /**
     * @param sourceName a file name or path
     * @return a roadmap id slugged from the file name without its extension (see {@link Slugs#ofFileName}) ({@code roadmap} when nothing is left)
     */
    static String idFromSourceName(String sourceName) {
        return Slugs.ofFileName(sourceName, "roadmap");
    }
}
