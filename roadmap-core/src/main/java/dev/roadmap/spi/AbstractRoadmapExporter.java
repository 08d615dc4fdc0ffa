package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A convenient base for roadmap exporters: it holds the descriptor and checks the arguments of
 * {@link #write(Roadmap, OutputStream)} before handing them to {@link #writeRoadmap}. Subclasses
 * keep the {@link RoadmapExporter} contract: stateless, thread-safe, the stream never closed.
 *
 * <pre>{@code
 * final class TitleExporter extends AbstractRoadmapExporter {
 *     TitleExporter() {
 *         super(FormatDescriptor.of("title", "Just the title", "txt"));
 *     }
 *
 *     protected void writeRoadmap(Roadmap roadmap, OutputStream out) throws IOException {
 *         out.write(roadmap.title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractRoadmapExporter extends DescribedProvider implements RoadmapExporter {
    /** @param descriptor the format's identity */
    protected AbstractRoadmapExporter(FormatDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public final void write(Roadmap roadmap, OutputStream out) throws IOException {
        writeRoadmap(given(roadmap, "roadmap"), given(out, "out"));
    }

    /**
     * Writes the roadmap; the arguments are checked already.
     *
     * @param roadmap the roadmap to write
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    protected abstract void writeRoadmap(Roadmap roadmap, OutputStream out) throws IOException;
}
