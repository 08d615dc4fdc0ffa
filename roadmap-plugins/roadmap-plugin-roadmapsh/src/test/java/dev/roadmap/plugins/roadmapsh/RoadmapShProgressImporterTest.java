package dev.roadmap.plugins.roadmapsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.progress.Progress;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.ProgressLogReader;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A roadmap.sh progress file is accepted wherever a progress log is, through the ProgressImporter SPI. */
class RoadmapShProgressImporterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    @Test
    void theProgressLogReaderConvertsRoadmapShProgressIntoStatusEntries() throws Exception {
        Roadmap roadmap = new RoadmapShImporter().read(EditorShapeTest.FIXTURE, "webdev.json").roadmap();
        byte[] bytes = Files.readAllBytes(ProgressAndContentTest.webdevDirectory().resolve("progress.json"));
        ProgressLog log = ProgressLogReader.load(getClass().getClassLoader())
                .read(bytes, "progress.json", Optional.of(roadmap), TODAY, ReadLimits.defaults());
        assertThat(log.roadmap()).isEqualTo(roadmap.id());
        assertThat(log.entries()).allSatisfy(e -> {
            assertThat(e.date()).isEqualTo(TODAY);
            assertThat(e.hours()).isZero();
        });
        assertThat(log.check(roadmap, TODAY)).isEmpty();
        Progress p = Progress.of(roadmap, log);
        assertThat(p.status(roadmap.skill(SkillId.of("internet")).orElseThrow())).isEqualTo(Status.DONE);
        assertThat(p.status(roadmap.skill(SkillId.of("html")).orElseThrow())).isEqualTo(Status.DOING);
        assertThat(p.status(roadmap.skill(SkillId.of("web-components")).orElseThrow())).isEqualTo(Status.SKIPPED);
        assertThat(p.status(roadmap.skill(SkillId.of("css")).orElseThrow())).isEqualTo(Status.TODO);
    }

    @Test
    void withoutTheRoadmapTheNodeIdsCannotBeMappedAndTheErrorSaysSo() throws Exception {
        byte[] bytes = Files.readAllBytes(ProgressAndContentTest.webdevDirectory().resolve("progress.json"));
        assertThatThrownBy(() -> ProgressLogReader.load(getClass().getClassLoader())
                .read(bytes, "progress.json", Optional.empty(), TODAY, ReadLimits.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.code()).isEqualTo(RoadmapShProgressImporter.NEEDS_ROADMAP);
                    assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.source()).isEqualTo("progress.json"));
                });
    }
}
