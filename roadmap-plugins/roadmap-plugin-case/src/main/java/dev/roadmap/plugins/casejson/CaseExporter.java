package dev.roadmap.plugins.casejson;

import dev.roadmap.core.Roadmap;
import dev.roadmap.plugins.casejson.internal.CasePackageWriter;
import dev.roadmap.spi.AbstractRoadmapExporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a roadmap as a 1EdTech CASE 1.0 JSON package (format id {@code case}).
 *
 * <p>Groups, skills and checklist items become CFItems typed {@code Group}, {@code Skill} and {@code Topic}
 * (defined in {@code CFDefinitions.CFItemTypes}); skill and group ids are their {@code humanCodingScheme},
 * descriptions their {@code notes}. The hierarchy is {@code isChildOf} with sequence numbers,
 * {@code requires} is {@code precedes} (from the prerequisite), {@code recommends} {@code isRelatedTo},
 * resources with an address {@code exemplar}. Identifiers are stable: those an import kept, else name-based
 * UUIDs of the roadmap id and the part's id; the document's {@code uri} is {@code urn:roadmap:<id>}, other
 * URIs are {@code urn:uuid:} URIs. Efforts, tracks, statuses, choices, projects and tags are not carried.
 *
 * <p>Stateless and thread-safe; output is deterministic; never closes the stream.
 *
 * <pre>{@code
 * String json = new CaseExporter().writeToString(roadmap);
 * }</pre>
 */
public final class CaseExporter extends AbstractRoadmapExporter {

    /** Creates the exporter; it holds no state. */
    public CaseExporter() {
        super(CaseImporter.DESCRIPTOR);
    }

    @Override
    protected void writeRoadmap(Roadmap roadmap, OutputStream out) throws IOException {
        new CasePackageWriter(roadmap).write(out);
    }
}
