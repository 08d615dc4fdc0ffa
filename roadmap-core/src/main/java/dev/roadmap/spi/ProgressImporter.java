package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.progress.ProgressLog;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a learner's progress in some format as a {@link ProgressLog}: the native
 * {@code roadmap-progress/1} or another tool's progress (roadmap.sh's done/learning/skipped lists),
 * converted. Found with {@link java.util.ServiceLoader} like the other providers, so a reader of
 * progress logs accepts every format a plugin on the class path converts, without depending on the
 * plugin. Implementations are stateless and thread-safe; they never close the stream.
 */
public interface ProgressImporter {

    /** @return the format's identity */
    FormatDescriptor descriptor();

    /**
     * A cheap guess whether a document is progress in this format.
     *
     * @param fileName the file name (may be empty)
     * @param head     the first bytes of the document (up to 64 KiB)
     * @return confidence from 0 (certainly not) to 1 (certainly)
     */
    double sniff(String fileName, byte[] head);

    /**
     * Reads progress as a log.
     *
     * @param in      the document; not closed
     * @param source  the name used in locations
     * @param roadmap the roadmap the progress is about, when known: formats that name skills by their
     *                own ids need it to map them, and give an error without it
     * @param today   the date given to converted entries when the format has no dates
     * @param limits  the limits to enforce
     * @return the log
     * @throws IOException     when reading fails
     * @throws ImportException when the document is malformed (located, with a code)
     */
    ProgressLog read(InputStream in, String source, Optional<Roadmap> roadmap, LocalDate today, ReadLimits limits)
            throws IOException;
}
