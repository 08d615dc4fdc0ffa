package dev.roadmap.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.io.json.internal.ByteLimitInputStream;
import dev.roadmap.io.json.internal.JsonCursor;
import dev.roadmap.io.json.internal.JsonErrors;
import dev.roadmap.io.json.internal.JsonFactories;
import dev.roadmap.io.json.internal.ReadContext;
import dev.roadmap.io.json.internal.RoadmapJsonReader;
import dev.roadmap.io.json.internal.TrailingContent;
import dev.roadmap.io.json.internal.Utf8Input;
import dev.roadmap.spi.AbstractRoadmapImporter;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Reads native {@code roadmap/1} JSON documents with Jackson's streaming parser.
 *
 * <p>Every field of the format is read; fields it does not know are kept as
 * {@link dev.roadmap.core.Extensions} on the object they appear in, so that
 * {@link JsonExporter} writes them back. Efforts written as text are parsed at the document's
 * {@code pace.hoursPerWeek} wherever {@code pace} appears; text that is not an effort notation is
 * kept without hours for validation to report. Positions of skills, efforts, prerequisite entries,
 * tracks, groups and choices are recorded in the roadmap's {@link dev.roadmap.core.SourceMap}.
 *
 * <p>Input is UTF-8, with or without a byte order mark; columns count characters. A document that
 * cannot be read fails with an {@link ImportException} located at the offending token and one of
 * the codes {@code malformed-json}, {@code wrong-type}, {@code missing-field}, {@code invalid-id},
 * {@code invalid-value}, {@code unsupported-format}, {@code duplicate-key},
 * {@code trailing-content}, {@code invalid-encoding} or {@code limit-exceeded}. A document without
 * {@code format} is read with a {@code missing-format} warning.
 *
 * <p>Stateless and thread-safe. {@link #read(InputStream, String, ReadLimits)} never closes the
 * stream it is given.
 *
 * <pre>{@code
 * ImportResult result = new JsonImporter().read(Path.of("ml.roadmap.json"));
 * Roadmap roadmap = result.roadmap();
 * }</pre>
 */
public final class JsonImporter extends AbstractRoadmapImporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("json", "Roadmap JSON (roadmap/1)", "json");
    private static final double CERTAIN = 0.95;
    private static final double PLAUSIBLE = 0.5;

    /** Creates the importer; it holds no state. */
    public JsonImporter() {
        super(DESCRIPTOR);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A document starting with <code>{</code> that mentions {@code "format"} and
     * {@code "roadmap/1"} scores 0.95; any other {@code .json} file starting with <code>{</code>
     * scores 0.5; anything else 0. The first-character test keeps Markdown files that merely quote
     * the format from being taken for it.
     */
    @Override
    public double sniff(String fileName, byte[] head) {
        return JsonHead.score(head, text -> text.contains("\"format\"") && text.contains("\"" + RoadmapJsonReader.FORMAT + "\"")
                ? CERTAIN : fileName != null && DESCRIPTOR.matchesFileName(fileName) ? PLAUSIBLE : 0);
    }

    @Override
    protected ImportResult readRoadmap(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        // The reader wraps the caller's stream; it is deliberately not closed so neither is the stream.
        Reader reader;
        try {
            reader = Utf8Input.open(in, limits.maxDocumentBytes());
        } catch (ByteLimitInputStream.DocumentTooLargeException e) {
            throw new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(),
                    "the document has more bytes", SourceLocation.of(sourceName, 1, 1));
        }
        JsonParser parser = JsonFactories.forReading(limits).createParser(reader);
        JsonCursor cursor = new JsonCursor(parser, sourceName);
        try {
            RoadmapJsonReader document = new RoadmapJsonReader(new ReadContext(cursor, limits),
                    RoadmapJsonReader.idFromSourceName(sourceName));
            document.read();
            TrailingContent.check(cursor, reader);
            return document.result();
        } catch (StreamConstraintsException e) {
            throw JsonErrors.limit(e, cursor, limits);
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(e, cursor);
        } catch (ByteLimitInputStream.DocumentTooLargeException e) {
            throw JsonErrors.tooLarge(cursor, limits);
        } catch (CharacterCodingException e) {
            throw JsonErrors.encoding(e, cursor);
        } finally {
            parser.close();
        }
    }
}
