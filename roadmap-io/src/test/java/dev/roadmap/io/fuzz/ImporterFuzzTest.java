package dev.roadmap.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.io.json.JsonImporter;
import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the built-in importers: for any bytes the only allowed outcomes are a roadmap (which the
 * validator can then check without failing) or an {@link ImportException} with a location. Any
 * other throwable, a hang or an out-of-memory error is a bug. In CI the tests replay the inputs under
 * {@code src/test/resources/dev/roadmap/io/fuzz/ImporterFuzzTestInputs/}; a long session is
 * {@code JAZZER_FUZZ=1 mvn -pl roadmap-io -am test -Dtest=ImporterFuzzTest#json -Dsurefire.failIfNoSpecifiedTests=false}.
 * Every crash found becomes an input file there (a named regression case).
 */
class ImporterFuzzTest {
    /** Small limits keep each fuzz run fast; they are part of what is being tested. */
    private static final ReadLimits LIMITS = ReadLimits.defaults().toBuilder()
            .maxDocumentBytes(1 << 20).maxSkills(10_000).maxNestingDepth(64).maxStringLength(100_000).build();

    @FuzzTest(maxDuration = "60s")
    void json(byte[] input) {
        check(new JsonImporter(), input);
    }

    @FuzzTest(maxDuration = "60s")
    void markdown(byte[] input) {
        check(new MarkdownImporter(), input);
    }

    private static void check(RoadmapImporter importer, byte[] input) {
        if (input == null) {
            return;
        }
        try {
            ImportResult result = importer.read(new ByteArrayInputStream(input), "fuzz.in", LIMITS);
            assertThat(Validator.standard().validate(result.roadmap()).withCode("rule-failed")).isEmpty();
            result.diagnostics().forEach(d -> assertThat(d.location().source()).isEqualTo("fuzz.in"));
        } catch (ImportException e) {
            assertThat(e.location()).isPresent();
        } catch (IOException e) {
            throw new AssertionError("a byte array stream cannot fail to read", e);
        }
    }
}
