package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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

    /**
     * The house style, as {@code JSON.stringify(value, null, 2)} and {@code jq} print: two-space
     * indents, one member or element per line, {@code "name": value}, {@code []} and {@code {}} for
     * empty containers, a line break between root values. Jackson's default puts a space before the
     * colon and writes {@code [ ]}, which no other common tool does, so diffs against hand-written
     * files would be noisy. A blueprint: each generator gets its own instance (it holds the depth).
     */
    private static final DefaultPrettyPrinter HOUSE_STYLE = houseStyle();

    private JsonFactories() {
    }

    /**
     * @param limits the limits to enforce
     * @return a factory for parsers that enforce them
     */
    public static JsonFactory forReading(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults()) ? DEFAULT_READING : build(limits);
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
        return generator.setPrettyPrinter(HOUSE_STYLE.createInstance());
    }

    private static DefaultPrettyPrinter houseStyle() {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")
                .withRootSeparator("\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(lines).withArrayIndenter(lines);
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
