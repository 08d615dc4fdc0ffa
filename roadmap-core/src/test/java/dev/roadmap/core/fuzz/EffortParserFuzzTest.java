package dev.roadmap.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roadmap.core.Effort;
import dev.roadmap.core.EffortFormatException;
import dev.roadmap.core.EffortParser;

/**
 * Fuzzes the effort parser: the only allowed outcomes are an {@link Effort} or an
 * {@link EffortFormatException} whose offset lies inside the text. In CI (regression mode) this
 * replays the inputs under {@code src/test/resources/dev/roadmap/core/fuzz/EffortParserFuzzTestInputs/};
 * a long session is {@code JAZZER_FUZZ=1 mvn -pl roadmap-core test -Dtest=EffortParserFuzzTest}.
 */
class EffortParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parsesOrRefusesWithALocation(String text) {
        if (text == null) {
            return; // null is an argument error by contract (requireNonNull), not an input
        }
        try {
            Effort e = EffortParser.parse(text, 10);
            assertThat(e.minHours()).isGreaterThanOrEqualTo(0);
            assertThat(e.maxHours()).isGreaterThanOrEqualTo(e.minHours());
        } catch (EffortFormatException e) {
            assertThat(e.offset()).isBetween(0, text.length());
            assertThat(e.code()).isEqualTo("unparseable-effort");
        }
    }
}
