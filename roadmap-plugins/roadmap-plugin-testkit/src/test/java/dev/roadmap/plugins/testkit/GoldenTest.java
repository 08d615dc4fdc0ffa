package dev.roadmap.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Golden files pass on equal text and fail with a message that shows where the output differs. */
class GoldenTest {

    @Test
    void equalOutputPasses() {
        Golden.assertMatches("golden/three-lines.txt", "first\nsecond\nthird\n");
    }

    @Test
    void aDifferenceNamesTheFirstDifferingLineAndShowsBothSides() {
        assertThatThrownBy(() -> Golden.assertMatches("golden/three-lines.txt", "first\nSECOND\nthird\n"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("golden file golden/three-lines.txt differs from the output at line 2")
                .hasMessageContaining("-    2 | second")
                .hasMessageContaining("+    2 | SECOND")
                .hasMessageContaining("     1 | first")
                .hasMessageContaining("-Dgolden.update=true")
                .satisfies(e -> {
                    AssertionFailedError failure = (AssertionFailedError) e;
                    assertThat(failure.getExpected().getValue()).isEqualTo("first\nsecond\nthird\n");
                    assertThat(failure.getActual().getValue()).isEqualTo("first\nSECOND\nthird\n");
                });
    }

    @Test
    void invisibleDifferencesAreShown() {
        assertThat(Golden.describe("x", "a\nb\n", "a\nb \r\n"))
                .contains("-    2 | b\n")
                .contains("+    2 | b ⏎\\r\n");
    }

    @Test
    void aMissingLineAtTheEndIsReported() {
        assertThat(Golden.describe("x", "a\nb\n", "a\n")).contains("at line 2 (golden 3 lines, output 2 lines)")
                .contains("-    2 | b");
    }

    @Test
    void updateModeWritesTheOutputInsteadOfComparing(@TempDir Path resources) throws IOException {
        Golden.check("golden/three-lines.txt", "new\ntext\n", true, resources);
        assertThat(resources.resolve("golden/three-lines.txt")).hasContent("new\ntext\n");
    }

    @Test
    void aMissingGoldenFileSaysHowToCreateIt() {
        assertThatThrownBy(() -> Golden.assertMatches("golden/absent.txt", "x"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("golden/absent.txt is not on the test class path")
                .hasMessageContaining("src/test/resources/golden/absent.txt");
    }
}
