package dev.roadmap.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * A convenient base for roadmap importers: it holds the descriptor and checks the arguments of
 * {@link #read(InputStream, String, ReadLimits)} before handing them to {@link #readRoadmap}.
 * Subclasses keep the {@link RoadmapImporter} contract: stateless, thread-safe, the stream never
 * closed, every problem an {@link ImportException} with a location.
 */
public abstract class AbstractRoadmapImporter extends DescribedProvider implements RoadmapImporter {

    /** @param descriptor the format's identity */
    protected AbstractRoadmapImporter(FormatDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public final ImportResult read(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        return readRoadmap(given(in, "in"), given(sourceName, "sourceName"), given(limits, "limits"));
    }

    /**
     * Reads a roadmap; the arguments are checked already.
     *
     * @param in         the document's bytes; not closed
     * @param sourceName the name used in locations
     * @param limits     limits to enforce
     * @return the roadmap and the importer's remarks
     * @throws IOException     when reading the stream fails
     * @throws ImportException when the document cannot be read
     */
    protected abstract ImportResult readRoadmap(InputStream in, String sourceName, ReadLimits limits) throws IOException;
}
