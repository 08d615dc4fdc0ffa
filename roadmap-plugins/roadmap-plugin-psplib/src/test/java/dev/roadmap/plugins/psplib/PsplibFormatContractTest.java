package dev.roadmap.plugins.psplib;

import dev.roadmap.plugins.testkit.FormatContract;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The shared format contract for the PSPLIB importer (import only). */
class PsplibFormatContractTest extends FormatContract {

    @Override
    protected String formatId() {
        return PsplibImporter.ID;
    }

    @Override
    protected Optional<RoadmapImporter> importer() {
        return Optional.of(new PsplibImporter());
    }

    @Override
    protected List<Sample> samples() {
        return List.of(new Sample("tiny.sm", resource("tiny.sm")), new Sample("three-resources.sm", resource("three-resources.sm")));
    }

    @Override
    protected List<Sample> malformed() {
        String tiny = resource("tiny.sm");
        return List.of(
                new Sample("empty.sm", ""),
                new Sample("no-jobs.sm", tiny.replace("jobs (incl. supersource/sink ):  7", "jobs:  7")),
                new Sample("letters.sm", tiny.replace("  2      1     3       2    0", "  2      1     x       2    0")),
                new Sample("self.sm", tiny.replace("   5        1          1           7", "   5        1          1           5")),
                new Sample("short-row.sm", tiny.replace("  3      1     2       3    0", "  3      1     2       3")),
                new Sample("count.sm", tiny.replace("   2        1          1           5", "   2        1          2           5")),
                new Sample("multi-mode.sm", tiny.replace("   6        1          1           7", "   6        2          1           7")),
                new Sample("unknown-successor.sm", tiny.replace("   6        1          1           7", "   6        1          1           9")),
                new Sample("no-availability.sm", tiny.substring(0, tiny.indexOf("RESOURCEAVAILABILITIES:"))),
                new Sample("duplicate.sm", tiny.replace("   6        1          1           7", "   5        1          1           7")));
    }

    @Override
    protected void assertHostileTitlesSafe(String output) {
        // import only: nothing is written
    }

    static String resource(String name) {
        try (InputStream in = PsplibFormatContractTest.class.getResourceAsStream("/psplib/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
