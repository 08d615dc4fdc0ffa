package dev.roadmap.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Descriptor, discovery, sniffing, limits and hostile input. */
class MarkdownImporterContractTest {

    @Test
    void isFoundThroughServiceLoaderWithItsFormatId() {
        assertThat(ServiceLoader.load(RoadmapImporter.class).stream().map(p -> p.get().descriptor().id()))
                .contains("markdown");
        assertThat(ServiceLoader.load(RoadmapExporter.class).stream().map(p -> p.get().descriptor().id()))
                .contains("markdown");
        assertThat(new MarkdownImporter().descriptor().extensions()).containsExactly("md", "markdown", "txt");
    }

    static Stream<Arguments> sniffedHeads() {
        return Stream.of(arguments("plan.md", "# Plan", 0.9, 1.0),
                arguments("plan", "{\"format\":\"roadmap/1\"}", 0.0, 0.0),
                arguments("notes", "# A\n| a | b |\n- [ ] x\n", Double.MIN_VALUE, 1.0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sniffedHeads")
    void sniffsMarkdownAndRejectsJson(String fileName, String head, double min, double max) {
        assertThat(new MarkdownImporter().sniff(fileName, head.getBytes(StandardCharsets.UTF_8))).isBetween(min, max);
    }

    @Test
    void enforcesDocumentSkillAndTopicLimitsNamingTheLimit() {
        MarkdownImporter importer = new MarkdownImporter();
        String doc = "| Skill | Effort |\n|---|---|\n| A | 1h |\n| B | 2h |\n| C | 3h |\n";
        assertThatThrownBy(() -> importer.read(bytes(doc), "x.md", ReadLimits.defaults().toBuilder().maxSkills(2).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limitName()).isEqualTo("maxSkills"));
        assertThatThrownBy(() -> importer.read(bytes(doc), "x.md", ReadLimits.defaults().toBuilder().maxDocumentBytes(10).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limitName()).isEqualTo("maxDocumentBytes"));
        assertThatThrownBy(() -> importer.read(bytes(doc), "x.md", ReadLimits.defaults().toBuilder().maxTableCells(4).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limitName()).isEqualTo("maxTableCells"));
        String topics = "## A (1h)\n- [ ] a\n- [ ] b\n- [ ] c\n";
        assertThatThrownBy(() -> importer.read(bytes(topics), "x.md", ReadLimits.defaults().toBuilder().maxTopicsPerSkill(2).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limitName()).isEqualTo("maxTopicsPerSkill");
                    assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(1));
                });
    }

    @Test
    void enforcesThePrerequisiteLimitAtTheSkillThatPassesIt() {
        String doc = "| Skill | Effort |\n|---|---|\n| A | 1h |\n| B | 2h |\n| C | 3h |\n| D | 4h |\n";
        assertThatThrownBy(() -> new MarkdownImporter().read(bytes(doc), "x.md",
                ReadLimits.defaults().toBuilder().maxPrerequisites(2).build()))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limitName()).isEqualTo("maxPrerequisites");
                    assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(6));
                });
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void pathologicalInputStaysFast() throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("1".repeat(5000)).append(" (").append("(".repeat(5000)).append("\n");
        for (int i = 0; i < 2000; i++) {
            b.append("- item ").append(i).append(" — ").append("1-".repeat(20)).append(" weeks\n");
        }
        b.append("> ".repeat(150)).append("deep\n");
        b.append("ðŸ".repeat(20000)).append('\n');
        var result = new MarkdownImporter().read(bytes(b.toString()), "big.md", ReadLimits.defaults());
        assertThat(result.roadmap()).isNotNull();
    }

    @Test
    void emptyDocumentGivesAnEmptyRoadmap() throws Exception {
        var result = new MarkdownImporter().read(bytes(""), "empty.md", ReadLimits.defaults());
        assertThat(result.roadmap().size()).isZero();
        assertThat(result.roadmap().title()).isEqualTo("empty");
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
