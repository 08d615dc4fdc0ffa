package dev.roadmap.io;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
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
import java.util.Optional;

/**
 * Choosing an importer (by id, else by extension and content sniffing) and calling it with the
 * plugin-isolation guard: the one implementation behind {@link RoadmapEngine} and {@code Formats}.
 */
final class Detection {
    private Detection() {
    }

    static RoadmapImporter importerFor(PluginRegistry registry, String fileName, byte[] head, String format) {
        Map<String, RoadmapImporter> importers = registry.importers();
        if (format != null) {
            return registry.requireImporter(format);
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
                // Plugin isolation, deliberate: a third-party sniffer that throws must not stop
                // detection by the others; it is named if detection fails.
                failedSniffers.add(importer.getClass().getName() + " (" + e + ")");
                continue;
            }
            boolean extension = importer.descriptor().matchesFileName(fileName);
            if (confidence > 0 || extension) {
                candidates.add(new Candidate(importer, confidence, extension));
            }
        }
        Optional<Candidate> best = candidates.stream()
                .filter(c -> c.confidence() >= RoadmapEngine.MIN_CONFIDENCE || (c.extension() && c.confidence() > 0))
                .max(Comparator.comparingDouble(Candidate::confidence).thenComparing(Candidate::extension));
        if (best.isEmpty()) {
            best = candidates.stream().filter(Candidate::extension).findFirst();
        }
        return best.map(Candidate::importer).orElseThrow(() -> new UnknownFormatException(
                "cannot tell the format of " + fileName + "; name it with --from"
                        + (failedSniffers.isEmpty() ? "" : " (sniffing failed in " + String.join(", ", failedSniffers) + ")"),
                List.copyOf(importers.keySet()), SourceLocation.unknown(fileName)));
    }

    /** Reads a file: checks its size, sniffs its head, reads it with the chosen importer. */
    static ReadResult read(PluginRegistry registry, Path file, String format, ReadLimits limits, FormatOptions options)
            throws IOException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > limits.maxDocumentBytes()) {
            throw new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(),
                    "the document has " + size + " bytes, more", SourceLocation.unknown(name));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(RoadmapEngine.SNIFF_BYTES);
        }
        RoadmapImporter importer = importerFor(registry, name, head, format);
        try (InputStream in = Files.newInputStream(file)) {
            return call(importer, in, name, limits, options);
        }
    }

    /**
     * Calls an importer. Only {@link ImportException} (and I/O errors) may escape an importer; any
     * other exception is a broken plugin, reported against the plugin rather than the document. This
     * catch-all is the deliberate plugin-isolation boundary of reading.
     */
    static ReadResult call(RoadmapImporter importer, InputStream in, String name, ReadLimits limits, FormatOptions options)
            throws IOException {
        ImportResult result;
        try {
            result = importer.read(in, name, limits, options);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException("plugin-failed", "importer '" + importer.descriptor().id() + "' ("
                    + importer.getClass().getName() + " from " + PluginRegistry.originOf(importer) + ") failed: " + e,
                    SourceLocation.unknown(name), e);
        }
        return ReadResult.of(result, importer.descriptor().id());
    }
}
