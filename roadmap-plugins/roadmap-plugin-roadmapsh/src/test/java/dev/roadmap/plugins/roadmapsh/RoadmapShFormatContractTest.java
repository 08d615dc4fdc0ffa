package dev.roadmap.plugins.roadmapsh;

import static org.assertj.core.api.Assertions.fail;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

class RoadmapShFormatContractTest extends FormatContract {

    @Override
    protected String formatId() {
        return "roadmapsh";
    }

    @Override
    protected Optional<RoadmapImporter> importer() {
        return Optional.of(new RoadmapShImporter());
    }

    @Override
    protected List<Sample> samples() {
        return List.of(new Sample("webdev.json", resource("/roadmapsh/webdev/webdev.json")),
                new Sample("legacy.json", resource("/roadmapsh/legacy.json")));
    }

    @Override
    protected List<Sample> malformed() {
        return List.of(new Sample("array.json", "[1, 2]"),
                new Sample("other.json", "{\"title\": \"not a roadmap.sh file\"}"),
                new Sample("nodes-not-list.json", "{\"nodes\": 3, \"edges\": []}"),
                new Sample("edges-not-list.json", "{\"nodes\": [], \"edges\": {}}"),
                new Sample("legacy-without-controls.json", "{\"mockup\": {\"controls\": {}}}"),
                new Sample("truncated.json", "{\"nodes\": [{\"id\": \"a\", \"type\": \"topic\""),
                new Sample("duplicate-key.json", "{\"nodes\": [], \"nodes\": []}"),
                new Sample("trailing.json", "{\"nodes\": [], \"edges\": []} x"),
                new Sample("empty.json", ""));
    }

    @Override
    protected void assertHostileTitlesSafe(String output) {
        fail("roadmapsh only imports; the contract calls this for exporters only");
    }

    static String resource(String name) {
        try (InputStream in = RoadmapShFormatContractTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
