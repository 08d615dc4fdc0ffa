package dev.roadmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test documents from {@code src/test/resources/json/} and runs the importer on text. */
final class JsonFixtures {
    static final JsonImporter IMPORTER = new JsonImporter();
    static final JsonExporter EXPORTER = new JsonExporter();

    private JsonFixtures() {
    }

    static String text(String name) {
        try (InputStream in = JsonFixtures.class.getResourceAsStream("/json/" + name)) {
            assertThat(in).as("test resource /json/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult importFixture(String name) {
        return read(text(name), name, ReadLimits.defaults());
    }

    static Roadmap roadmap(String name) {
        return importFixture(name).roadmap();
    }

    static ImportResult read(String json) {
        return read(json, "test.json", ReadLimits.defaults());
    }

    static ImportResult read(String json, String source, ReadLimits limits) {
        return read(json.getBytes(StandardCharsets.UTF_8), source, limits);
    }

    static ImportResult read(byte[] bytes, String source, ReadLimits limits) {
        try {
            return IMPORTER.read(new ByteArrayInputStream(bytes), source, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportException failure(String json) {
        return failure(json, ReadLimits.defaults());
    }

    static ImportException failure(String json, ReadLimits limits) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(json, "test.json", limits));
        assertThat(e).as("an ImportException for %s", json).isNotNull();
        return e;
    }

    /** @return {@code code@line:column}, one value to compare in assertions */
    static String codeAndPlace(ImportException e) {
        SourceLocation at = e.location().orElseThrow();
        return e.code() + "@" + at.line() + ":" + at.column();
    }
}
