package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SourceMap;
import dev.roadmap.io.markdown.PrerequisiteMode;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link MarkdownReading#readResult} (what {@code MarkdownImporter.read} returns) is the detailed import's result, report aside. */
class ReadResultTest {
    @Test
    void givesTheDetailedImportsRoadmapAndDiagnostics() throws IOException {
        Random random = new Random(5);
        int withNotices = 0;
        for (int i = 0; i < 600; i++) {
            byte[] doc = RandomMarkdown.document(random).getBytes(StandardCharsets.UTF_8);
            ImportResult detailed = MarkdownReading.read(new ByteArrayInputStream(doc), "r.md", ReadLimits.defaults(),
                    PrerequisiteMode.EXPLICIT_OR_CHAIN).result();
            ImportResult plain = MarkdownReading.readResult(new ByteArrayInputStream(doc), "r.md", ReadLimits.defaults(),
                    PrerequisiteMode.EXPLICIT_OR_CHAIN);
            assertThat(plain.roadmap()).isEqualTo(detailed.roadmap());
            assertThat(plain.roadmap().sourceMap().size()).isEqualTo(detailed.roadmap().sourceMap().size());
            for (int k = 0; k < plain.roadmap().size(); k++) {
                assertThat(plain.roadmap().sourceMap().locate(SourceMap.keySkill(k)))
                        .isEqualTo(detailed.roadmap().sourceMap().locate(SourceMap.keySkill(k)));
            }
            assertThat(plain.diagnostics()).isEqualTo(detailed.diagnostics());
            withNotices += plain.diagnostics().stream().anyMatch(d -> d.code().equals("block-not-read")) ? 1 : 0;
        }
        assertThat(withNotices).isGreaterThan(50);
    }
}
