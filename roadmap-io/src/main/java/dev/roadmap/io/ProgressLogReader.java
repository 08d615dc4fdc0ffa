package dev.roadmap.io;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.json.progress.ProgressJsonImporter;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ProgressImporter;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Reads a progress log in any format it knows, detected from the content: the native
 * {@code roadmap-progress/1} and whatever {@link ProgressImporter}s are on the class path (the
 * roadmap.sh plugin converts roadmap.sh's done/learning/skipped lists). This is how "a roadmap.sh
 * progress file is accepted wherever a progress log is" without roadmap-io depending on the plugin.
 * A provider that fails to load or to sniff is skipped. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProgressLog progress = ProgressLogReader.load(ProgressLogReader.class.getClassLoader())
 *         .read(Path.of("progress.json"), java.util.Optional.of(roadmap), LocalDate.now(), ReadLimits.defaults());
 * }</pre>
 */
public final class ProgressLogReader {
    /** The document matches no progress format known. */
    public static final String UNKNOWN_FORMAT = "progress-unknown-format";
    /** Least sniffing confidence accepted. */
    public static final double MIN_CONFIDENCE = 0.5;
    private static final int SNIFF_BYTES = 64 * 1024;

    private final List<ProgressImporter> importers;

    private ProgressLogReader(List<ProgressImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** @return a reader of the native format only */
    public static ProgressLogReader nativeOnly() {
        return new ProgressLogReader(List.of(new ProgressJsonImporter()));
    }

    /**
     * @param classLoader where to look for {@link ProgressImporter} providers
     * @return a reader of the native format and every provider found
     */
    public static ProgressLogReader load(ClassLoader classLoader) {
        List<ProgressImporter> found = new ArrayList<>();
        found.add(new ProgressJsonImporter());
        Iterator<ProgressImporter> it = ServiceLoader.load(ProgressImporter.class, classLoader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ProgressImporter p = it.next();
                if (found.stream().noneMatch(f -> f.getClass().equals(p.getClass()))) {
                    found.add(p);
                }
            } catch (ServiceConfigurationError | RuntimeException e) {
                // a broken provider is skipped; the others still read
            }
        }
        return new ProgressLogReader(found);
    }

    /**
     * @param importer another importer to try
     * @return a new reader that also knows it
     */
    public ProgressLogReader with(ProgressImporter importer) {
        List<ProgressImporter> copy = new ArrayList<>(importers);
        copy.add(Objects.requireNonNull(importer, "importer must not be null"));
        return new ProgressLogReader(copy);
    }

    /** @return the importers tried, in order */
    public List<ProgressImporter> importers() {
        return importers;
    }

    /**
     * @param file    the progress file
     * @param roadmap the roadmap the progress is about, when known (converted formats need it)
     * @param today   the date of converted entries when the format has none
     * @param limits  limits to enforce
     * @return the log
     * @throws IOException     when reading fails
     * @throws ImportException when no format matches ({@value #UNKNOWN_FORMAT}) or the document is malformed
     */
    public ProgressLog read(Path file, Optional<Roadmap> roadmap, LocalDate today, ReadLimits limits) throws IOException {
        return read(Files.readAllBytes(file), file.toString(), roadmap, today, limits);
    }

    /**
     * @param bytes   the document
     * @param source  its name in locations
     * @param roadmap the roadmap the progress is about, when known
     * @param today   the date of converted entries when the format has none
     * @param limits  limits to enforce
     * @return the log
     * @throws IOException     when reading fails
     * @throws ImportException when no format matches or the document is malformed
     */
    public ProgressLog read(byte[] bytes, String source, Optional<Roadmap> roadmap, LocalDate today, ReadLimits limits)
            throws IOException {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, SNIFF_BYTES));
        String name = Path.of(source).getFileName() == null ? "" : Path.of(source).getFileName().toString();
        ProgressImporter best = null;
        double bestScore = 0;
        for (ProgressImporter p : importers) {
            double score;
            try {
                score = p.sniff(name, head);
            } catch (RuntimeException e) {
                continue;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        if (best == null || bestScore < MIN_CONFIDENCE) {
            throw new ImportException(UNKNOWN_FORMAT, "not a progress log: expected {\"format\": \"" + ProgressJsonImporter.FORMAT
                    + "\", ...}" + (importers.size() > 1 ? " or another tool's progress ("
                    + importers.stream().skip(1).map(i -> i.descriptor().displayName()).reduce((a, b) -> a + ", " + b).orElse("")
                    + ")" : ""), SourceLocation.of(source, 1, 1), null);
        }
        return best.read(new ByteArrayInputStream(bytes), source, roadmap, today, limits);
    }
}
