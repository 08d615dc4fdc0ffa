package dev.roadmap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.testing.ReactorModules;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The BOM manages every published jar of the build at the build's version, so one import gives an
 * embedder matching versions of all roadmap modules (that the import works in a consumer project is
 * checked by the invoker run in roadmap-bom).
 */
class BomTest {
    /** Jars that are not published for embedders. */
    private static final Set<String> NOT_PUBLISHED = Set.of("benchmarks", "roadmap-plugin-testkit", "integration-tests");

    @Test
    void bomManagesEveryPublishedJarAtTheBuildVersion() throws IOException {
        String rootPom = Files.readString(ReactorModules.root().resolve("pom.xml"));
        String version = ReactorModules.first(rootPom.replaceAll("(?s)<parent>.*?</parent>", ""), "version");
        String bom = Files.readString(ReactorModules.root().resolve("roadmap-bom/pom.xml"));
        assertThat(ReactorModules.first(bom.replaceAll("(?s)<dependencyManagement>.*", ""), "version")).isEqualTo(version);

        List<String> published = ReactorModules.all().stream()
                .filter(m -> m.packaging().equals("jar"))
                .map(ReactorModules.Module::artifactId)
                .filter(a -> !NOT_PUBLISHED.contains(a))
                .toList();
        assertThat(published).contains("roadmap-core", "roadmap-io", "roadmap-scheduler", "roadmap-cli");
        for (String artifact : published) {
            assertThat(bom).as("roadmap-bom manages " + artifact)
                    .contains("<artifactId>" + artifact + "</artifactId>\n        <version>${roadmap.version}</version>");
        }
    }
}
