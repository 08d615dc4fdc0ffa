package dev.roadmap.plugins.casejson;

import dev.roadmap.io.json.JsonHead;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.plugins.casejson.internal.CasePackageReader;
import dev.roadmap.plugins.casejson.internal.ClusterPrecedence;
import dev.roadmap.spi.AbstractRoadmapImporter;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads 1EdTech CASE 1.0 JSON packages (format id {@code case}): a {@code CFDocument} with
 * {@code CFItems}, {@code CFAssociations} and {@code CFDefinitions}, bare or wrapped in {@code CFPackage}.
 *
 * <p>The hierarchy ({@code isChildOf} with {@code sequenceNumber}) gives groups and skills (and, for items
 * typed {@code Topic}, checklist items); {@code precedes} gives prerequisites, {@code exemplar} resources,
 * {@code isRelatedTo} and {@code isPeerOf} soft links. Associations that point outside the package are kept
 * as external references (the roadmap's {@code x-case-associations} extension, written back by
 * {@link CaseExporter}) with a {@code case-external-reference} notice; they never fail an import. CASE
 * carries no efforts, so imported skills have none until someone adds them. See docs/formats.md.
 *
 * <p>Stateless and thread-safe; never closes the stream it is given.
 *
 * <pre>{@code
 * Roadmap roadmap = new CaseImporter().read(Path.of("framework.json")).roadmap();
 * }</pre>
 */
public final class CaseImporter extends AbstractRoadmapImporter {
    static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("case", "1EdTech CASE 1.0 JSON package", "json");

    /** Creates the importer; it holds no state. */
    public CaseImporter() {
        super(DESCRIPTOR);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A JSON object whose head mentions {@code "CFDocument"} scores 0.95, one mentioning {@code "CFItems"}
     * or {@code "CFPackage"} 0.6; anything else 0.
     */
    @Override
    public double sniff(String fileName, byte[] head) {
        return JsonHead.score(head, text -> text.contains("\"CFDocument\"") ? 0.95
                : text.contains("\"CFItems\"") || text.contains("\"CFPackage\"") ? 0.6 : 0);
    }

    @Override
    protected ImportResult readRoadmap(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        Json root = JsonTreeReader.read(in, sourceName, limits);
        return ClusterPrecedence.apply(root, new CasePackageReader(limits, sourceName).read(root), limits);
    }
}
