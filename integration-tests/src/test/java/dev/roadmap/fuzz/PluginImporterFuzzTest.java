package dev.roadmap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.io.Formats;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the importers of the plugin modules (the built-in ones are fuzzed in roadmap-io): for any
 * bytes the only allowed outcomes are a roadmap the validator can check, or an
 * {@link ImportException} with a location. In CI the tests replay the inputs under
 * {@code src/test/resources/dev/roadmap/fuzz/PluginImporterFuzzTestInputs/<format>/}; a long session is
 * {@code JAZZER_FUZZ=1 mvn -pl roadmap-cli -am test -Dtest=PluginImporterFuzzTest#csv -Dsurefire.failIfNoSpecifiedTests=false}.
 * Every crash found becomes an input file there (a named regression case).
 */
class PluginImporterFuzzTest {
    private static final Formats FORMATS = Formats.create();
    private static final ReadLimits LIMITS = ReadLimits.defaults().toBuilder()
            .maxDocumentBytes(1 << 20).maxSkills(10_000).maxNestingDepth(64).maxStringLength(100_000).build();

    @FuzzTest(maxDuration = "60s")
    void csv(byte[] input) {
        check("csv", input);
    }

    @FuzzTest(maxDuration = "60s")
    void roadmapsh(byte[] input) {
        check("roadmapsh", input);
    }

    @FuzzTest(maxDuration = "60s")
    void caseJson(byte[] input) {
        check("case", input);
    }

    @FuzzTest(maxDuration = "60s")
    void psplib(byte[] input) {
        check("psplib", input);
    }

    static void check(String format, byte[] input) {
        if (input == null) {
            return;
        }
        RoadmapImporter importer = FORMATS.registry().importer(format)
                .orElseThrow(() -> new AssertionError("importer '" + format + "' is not on the class path"));
        try {
            ImportResult result = importer.read(new ByteArrayInputStream(input), "fuzz.in", LIMITS);
            assertThat(Validator.standard().validate(result.roadmap()).withCode("rule-failed")).isEmpty();
            result.diagnostics().forEach(d -> assertThat(d.location().source()).isEqualTo("fuzz.in"));
        } catch (ImportException e) {
            assertThat(e.location()).as(e.getMessage()).isPresent();
        } catch (IOException e) {
            throw new AssertionError("a byte array stream cannot fail to read", e);
        }
    }
}
