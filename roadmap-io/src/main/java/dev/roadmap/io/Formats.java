package dev.roadmap.io;

import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading and writing roadmaps in any available format: picks an importer by explicit id, else by
 * file extension and content sniffing; picks exporters by id or file extension. Wraps an immutable
 * {@link PluginRegistry}; immutable and thread-safe.
 *
 * <pre>{@code
 * Formats formats = Formats.create();                       // built-ins + plugins on the class path
 * ImportResult result = formats.read(Path.of("plan.md"));   // format detected
 * String json = formats.requireExporter("json").writeToString(result.roadmap());
 * }</pre>
 *
 * <p>Lookups agree with {@link PluginRegistry} and {@link RoadmapEngine}: {@link #exporter(String)}
 * and {@link #planExporter(String)} return an {@link Optional}, the {@code require*} variants throw
 * {@link UnknownFormatException}. Here they also accept a file extension.
 *
 * @deprecated {@link RoadmapEngine} reads, validates (with plugin rules), plans and writes behind one
 *             configured object, with per-call options; use it instead. This class remains for
 *             existing callers and will be removed before 1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class Formats {
    /** How many leading bytes importers see when sniffing. */
    public static final int SNIFF_BYTES = RoadmapEngine.SNIFF_BYTES;

    /** Least sniffing confidence accepted when no file extension decides. */
    public static final double MIN_CONFIDENCE = RoadmapEngine.MIN_CONFIDENCE;

    private final PluginRegistry registry;

    private Formats(PluginRegistry registry) {
        this.registry = registry;
    }

    /** @return formats from the providers on the class path */
    public static Formats create() {
        return of(PluginRegistry.load());
    }

    /**
     * @param registry the providers to use
     * @return formats over that registry
     */
    public static Formats of(PluginRegistry registry) {
        return new Formats(Objects.requireNonNull(registry, "registry must not be null"));
    }

    /** @return the underlying registry */
    public PluginRegistry registry() {
        return registry;
    }

    /**
     * Reads a file, detecting its format, with default limits.
     *
     * @param file the document
     * @return the roadmap and the importer's remarks
     * @throws IOException when the file cannot be read
     */
    public ImportResult read(Path file) throws IOException {
        return read(file, null, ReadLimits.defaults());
    }

    /**
     * Reads a file.
     *
     * @param file   the document
     * @param format a format id, or null to detect it
     * @param limits limits to enforce
     * @return the roadmap and the importer's remarks
     * @throws IOException                when the file cannot be read
     * @throws UnknownFormatException     when the format is unknown or cannot be told
     * @throws LimitExceededException     when the file is larger than {@link ReadLimits#maxDocumentBytes()}
     * @throws dev.roadmap.spi.ImportException when the document cannot be read
     */
    public ImportResult read(Path file, String format, ReadLimits limits) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        return Detection.read(registry, file, format, limits, FormatOptions.none()).toImportResult();
    }

    /**
     * Chooses an importer.
     *
     * @param fileName the document's name (for its extension and locations)
     * @param head     the document's first bytes
     * @param format   an explicit format id, or null to detect
     * @return the importer
     * @throws UnknownFormatException when the id is unknown or no importer recognises the document
     */
    public RoadmapImporter importerFor(String fileName, byte[] head, String format) {
        return Detection.importerFor(registry, fileName, head, format);
    }

    /**
     * @param idOrExtension a format id ({@code json}) or file extension ({@code md})
     * @return the roadmap exporter, if any matches
     */
    public Optional<RoadmapExporter> exporter(String idOrExtension) {
        return byIdOrExtension(registry.exporters(), idOrExtension, e -> e.descriptor().extensions());
    }

    /**
     * @param idOrExtension a format id or file extension
     * @return the plan exporter, if any matches
     */
    public Optional<PlanExporter> planExporter(String idOrExtension) {
        return byIdOrExtension(registry.planExporters(), idOrExtension, e -> e.descriptor().extensions());
    }

    /**
     * @param idOrExtension a format id ({@code json}) or file extension ({@code md})
     * @return the roadmap exporter
     * @throws UnknownFormatException when none matches
     */
    public RoadmapExporter requireExporter(String idOrExtension) {
        return exporter(idOrExtension).orElseThrow(() -> new UnknownFormatException("no roadmap exporter for '"
                + idOrExtension + "'", List.copyOf(registry.exporters().keySet()), null));
    }

    /**
     * @param idOrExtension a format id or file extension
     * @return the plan exporter
     * @throws UnknownFormatException when none matches
     */
    public PlanExporter requirePlanExporter(String idOrExtension) {
        return planExporter(idOrExtension).orElseThrow(() -> new UnknownFormatException("no plan exporter for '"
                + idOrExtension + "'", List.copyOf(registry.planExporters().keySet()), null));
    }

    private static <T> Optional<T> byIdOrExtension(Map<String, T> providers, String idOrExtension,
                                                   java.util.function.Function<T, List<String>> extensions) {
        Objects.requireNonNull(idOrExtension, "idOrExtension must not be null");
        T byId = providers.get(idOrExtension);
        if (byId != null) {
            return Optional.of(byId);
        }
        return providers.values().stream().filter(p -> extensions.apply(p).contains(idOrExtension)).findFirst();
    }
}
