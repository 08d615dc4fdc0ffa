package dev.roadmap.io.json;

import dev.roadmap.core.Roadmap;
import dev.roadmap.io.json.internal.JsonDocuments;
import dev.roadmap.io.json.internal.RoadmapJsonWriter;
import dev.roadmap.spi.AbstractRoadmapExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes roadmaps as native {@code roadmap/1} JSON: UTF-8, two-space indentation, fields in the
 * order of the format's definition, empty and default values left out, and a final newline.
 *
 * <p>Efforts are written as the notation they were read from when there is one, else as
 * {@code {"min": h, "max": h}} ({@code "max": null} when open-ended). Unknown fields kept by
 * {@link JsonImporter} are written back at the end of their object, so reading the output gives a
 * roadmap equal to the one written. The output depends only on the roadmap.
 *
 * <p>Stateless and thread-safe; never closes the stream it is given.
 *
 * <pre>{@code
 * String json = new JsonExporter().writeToString(roadmap);
 * }</pre>
 */
public final class JsonExporter extends AbstractRoadmapExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("json", "Roadmap JSON (roadmap/1)", "json");

    /** Creates the exporter; it holds no state. */
    public JsonExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writeRoadmap(Roadmap roadmap, OutputStream out) throws IOException {
        JsonDocuments.write(out, g -> RoadmapJsonWriter.write(roadmap, g));
    }
}
