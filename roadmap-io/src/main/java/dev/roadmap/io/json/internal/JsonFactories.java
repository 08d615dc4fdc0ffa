package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.roadmap.spi.ReadLimits;

/**
 * Jackson factories configured for roadmap documents: reading enforces {@link ReadLimits}
 * through {@link StreamReadConstraints}, rejects duplicate keys and never closes the caller's
 * input; writing never closes the caller's output. Factories are thread-safe once built.
 */
public final class JsonFactories {
    private static final JsonFactory DEFAULT_READING = build(ReadLimits.defaults());
    private static final JsonFactory WRITING = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonFactories() {
    }

    /**
     * @param limits the limits to enforce
     * @return a factory for parsers that enforce them
     */
    public static JsonFactory forReading(ReadLimits limits) {
        return limits == ReadLimits.defaults() ? DEFAULT_READING : build(limits);
    }

    /** @return the factory for generators */
    public static JsonFactory forWriting() {
        return WRITING;
    }

    /**
     * @param generator a generator from {@link #forWriting()}
     * @return the generator, pretty-printing in the house style
     */
    public static JsonGenerator pretty(JsonGenerator generator) {
        return generator.setPrettyPrinter(new JsonPrettyPrinter());
    }

    private static JsonFactory build(ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }
}
