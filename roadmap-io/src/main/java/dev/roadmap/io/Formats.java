package dev.roadmap.io;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point for reading and writing roadmaps in any available format: picks an
 * importer by explicit id, else by file extension and content sniffing; picks exporters by id
 * or file extension. Wraps an immutable {@link PluginRegistry}; immutable and thread-safe.
 *
 * <pre>{@code
 * Formats formats = Formats.create();                       // built-ins + plugins on the class path
 * ImportResult result = formats.read(Path.of("plan.md"));   // format detected
 * String json = formats.exporter("json").orElseThrow().writeToString(result.roadmap());
 * }</pre>
 */
public final class Formats {
    /** How many leading bytes importers see when sniffing. */
    public static final int SNIFF_BYTES = 64 * 1024;

    /** Least sniffing confidence accepted when no file extension decides. */
    public static final double MIN_CONFIDENCE = 0.3;

    private final PluginRegistry registry;

    private Formats(PluginRegistry registry) {
        this.registry = registry;
    }

    /** @return formats from the providers on the class path */
    public static Formats create() {
        return new Formats(PluginRegistry.load());
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
        String name = file.toString();
        long size = Files.size(file);
        if (size > limits.maxDocumentBytes()) {
            throw new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(),
                    "the document has " + size + " bytes, more", SourceLocation.unknown(name));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        RoadmapImporter importer = importerFor(name, head, format);
        try (InputStream in = Files.newInputStream(file)) {
            return importer.read(in, name, limits);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A plugin broke its contract (only ImportException may escape read); name it so the
            // failure is reported against the plugin, not the document, and nothing else is affected.
            throw new ImportException("plugin-failed", "importer '" + importer.descriptor().id() + "' ("
                    + importer.getClass().getName() + " from " + PluginRegistry.originOf(importer) + ") failed: " + e,
                    SourceLocation.unknown(name), e);
        }
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
        Map<String, RoadmapImporter> importers = registry.importers();
        if (format != null) {
            RoadmapImporter chosen = importers.get(format);
            if (chosen == null) {
                throw new UnknownFormatException("no importer for format '" + format + "'",
                        List.copyOf(importers.keySet()), null);
            }
            return chosen;
        }
        record Candidate(RoadmapImporter importer, double confidence, boolean extension) {
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> failedSniffers = new ArrayList<>();
        for (RoadmapImporter importer : importers.values()) {
            double confidence;
            try {
                confidence = importer.sniff(fileName, head);
            } catch (RuntimeException | StackOverflowError e) {
                // a broken sniffer must not stop detection by the others; it is named if detection fails
                failedSniffers.add(importer.getClass().getName() + " (" + e + ")");
                continue;
            }
            boolean extension = importer.descriptor().matchesFileName(fileName);
            if (confidence > 0 || extension) {
                candidates.add(new Candidate(importer, confidence, extension));
            }
        }
        Optional<Candidate> best = candidates.stream()
                .filter(c -> c.confidence() >= MIN_CONFIDENCE || (c.extension() && c.confidence() > 0))
                .max(Comparator.comparingDouble(Candidate::confidence).thenComparing(Candidate::extension));
        if (best.isEmpty()) {
            best = candidates.stream().filter(Candidate::extension).findFirst();
        }
        return best.map(Candidate::importer).orElseThrow(() -> new UnknownFormatException(
                "cannot tell the format of " + fileName + "; name it with --from"
                        + (failedSniffers.isEmpty() ? "" : " (sniffing failed in " + String.join(", ", failedSniffers) + ")"),
                List.copyOf(importers.keySet()), SourceLocation.unknown(fileName)));
    }

    /**
     * @param idOrExtension a format id ({@code json}) or file extension ({@code md})
     * @return the roadmap exporter
     * @throws UnknownFormatException when none matches
     */
    public RoadmapExporter exporter(String idOrExtension) {
        Map<String, RoadmapExporter> exporters = registry.exporters();
        RoadmapExporter e = exporters.get(idOrExtension);
        if (e == null) {
            e = exporters.values().stream().filter(x -> x.descriptor().extensions().contains(idOrExtension))
                    .findFirst().orElse(null);
        }
        if (e == null) {
            throw new UnknownFormatException("no roadmap exporter for '" + idOrExtension + "'",
                    List.copyOf(exporters.keySet()), null);
        }
        return e;
    }

    /**
     * @param idOrExtension a format id or file extension
     * @return the plan exporter
     * @throws UnknownFormatException when none matches
     */
    public PlanExporter planExporter(String idOrExtension) {
        Map<String, PlanExporter> exporters = registry.planExporters();
        PlanExporter e = exporters.get(idOrExtension);
        if (e == null) {
            e = exporters.values().stream().filter(x -> x.descriptor().extensions().contains(idOrExtension))
                    .findFirst().orElse(null);
        }
        if (e == null) {
            throw new UnknownFormatException("no plan exporter for '" + idOrExtension + "'",
                    List.copyOf(exporters.keySet()), null);
        }
        return e;
    }
}
