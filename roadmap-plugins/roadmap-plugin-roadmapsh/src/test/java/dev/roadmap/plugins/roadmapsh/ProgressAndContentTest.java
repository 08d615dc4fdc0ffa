package dev.roadmap.plugins.roadmapsh;

import static dev.roadmap.plugins.testkit.Skills.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Status;
import dev.roadmap.core.Topic;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressAndContentTest {

    static Path webdevDirectory() throws URISyntaxException {
        return Path.of(ProgressAndContentTest.class.getResource("/roadmapsh/webdev").toURI());
    }

    @Test
    void progressSetsStatusesAndTicksChecklistItems() throws Exception {
        RoadmapShProgress progress;
        try (InputStream in = Files.newInputStream(webdevDirectory().resolve("progress.json"))) {
            progress = RoadmapShProgress.read(in, "progress.json", ReadLimits.defaults());
        }
        Roadmap roadmap = new RoadmapShImporter(RoadmapShOptions.defaults().toBuilder().progress(progress).build())
                .read(EditorShapeTest.FIXTURE, "webdev.json").roadmap();
        assertThat(skill(roadmap, "internet").status()).isEqualTo(Status.DONE);
        assertThat(skill(roadmap, "what-is-http").status()).isEqualTo(Status.DONE);
        assertThat(skill(roadmap, "html").status()).isEqualTo(Status.DOING);
        assertThat(skill(roadmap, "web-components").status()).isEqualTo(Status.SKIPPED);
        assertThat(skill(roadmap, "css").status()).isEqualTo(Status.TODO);
        assertThat(skill(roadmap, "git-essentials").topics()).extracting(Topic::done).containsExactly(true, false, false);
    }

    @Test
    void progressIdsMatchingNoNodeAreNoted() {
        RoadmapShProgress progress = new RoadmapShProgress(java.util.Set.of("nope"), java.util.Set.of(), java.util.Set.of());
        var result = new RoadmapShImporter(RoadmapShOptions.defaults().toBuilder().progress(progress).build())
                .read(EditorShapeTest.FIXTURE, "webdev.json");
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("roadmapsh-unknown-progress");
            assertThat(d.message()).contains("'nope'");
        });
    }

    @Test
    void progressThatIsNotListsOfIdsIsRefusedWithALocation() {
        byte[] bad = "{\n  \"done\": [1]\n}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RoadmapShProgress.read(new ByteArrayInputStream(bad), "p.json", ReadLimits.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("wrong-type");
                    assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(2));
                });
    }

    @Test
    void directoryImportTakesDescriptionsAndTypedResourcesFromContentFiles() throws Exception {
        Roadmap roadmap = new RoadmapShImporter().readDirectory(webdevDirectory(), ReadLimits.defaults()).roadmap();
        Skill internet = skill(roadmap, "internet");
        assertThat(internet.description()).isEqualTo("The Internet is a network of networks that carries the web, mail and "
                + "much else. This paragraph was written for the tests of this library.\n\n"
                + "Knowing how requests travel helps with every later topic.");
        assertThat(internet.resources()).extracting(Resource::title, Resource::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("How the web works (fixture)", "https://example.org/how-the-web-works"),
                org.assertj.core.groups.Tuple.tuple("Networks in ten minutes", "https://example.org/video/networks"),
                org.assertj.core.groups.Tuple.tuple("Plain link without a type", "https://example.org/plain"));
        assertThat(internet.resources()).extracting(r -> r.extensions().get("x-roadmapsh-type").orElse(""))
                .containsExactly("\"article\"", "\"video\"", "");
        assertThat(skill(roadmap, "flexbox").resources()).singleElement()
                .satisfies(r -> assertThat(r.extensions().get("x-roadmapsh-type")).contains("\"official\""));
        assertThat(skill(roadmap, "grid").description()).isEmpty();
    }

    @Test
    void directoryWithoutASingleRoadmapFileIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("b.json"), "{}");
        assertThatThrownBy(() -> new RoadmapShImporter().readDirectory(dir, ReadLimits.defaults()))
                .isInstanceOf(dev.roadmap.spi.UnknownFormatException.class)
                .hasMessageContaining("exactly one .json file");
    }
}
