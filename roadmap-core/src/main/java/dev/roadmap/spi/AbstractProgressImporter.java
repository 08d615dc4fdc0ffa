package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.progress.ProgressLog;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A convenient base for progress importers: it holds the descriptor and checks the arguments of
 * {@link #read(InputStream, String, Optional, LocalDate, ReadLimits)} before handing them to
 * {@link #readProgress}. Subclasses keep the {@link ProgressImporter} contract: stateless,
 * thread-safe, the stream never closed, every problem an {@link ImportException} with a location.
 */
public abstract class AbstractProgressImporter extends DescribedProvider implements ProgressImporter {

    /** @param descriptor the format's identity */
    protected AbstractProgressImporter(FormatDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public final ProgressLog read(InputStream in, String source, Optional<Roadmap> roadmap, LocalDate today, ReadLimits limits)
            throws IOException {
        return readProgress(given(in, "in"), given(source, "source"), given(roadmap, "roadmap"), given(today, "today"),
                given(limits, "limits"));
    }

    /**
     * Reads progress as a log; the arguments are checked already.
     *
     * @param in      the document; not closed
     * @param source  the name used in locations
     * @param roadmap the roadmap the progress is about, when known
     * @param today   the date given to converted entries when the format has no dates
     * @param limits  the limits to enforce
     * @return the log
     * @throws IOException     when reading fails
     * @throws ImportException when the document is malformed (located, with a code)
     */
    protected abstract ProgressLog readProgress(InputStream in, String source, Optional<Roadmap> roadmap, LocalDate today,
            ReadLimits limits) throws IOException;
}
