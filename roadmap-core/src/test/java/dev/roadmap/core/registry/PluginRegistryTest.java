package dev.roadmap.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.ValidationRule;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    /** A well-behaved importer (not final: the twin and the exploding importer below differ from it in one point). */
    public static class GoodImporter implements RoadmapImporter {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("good", "Good", "good");
        }

        @Override
        public double sniff(String fileName, byte[] head) {
            return 0;
        }

        @Override
        public ImportResult read(InputStream in, String sourceName, ReadLimits limits) {
            return ImportResult.of(Roadmap.builder("x").build());
        }
    }

    /** Same id as {@link GoodImporter}, another provider class. */
    public static final class TwinImporter extends GoodImporter {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("good", "Twin", "good");
        }
    }

    /** Throws when constructed. */
    public static final class ExplodingImporter extends GoodImporter {
        /** Always fails. */
        public ExplodingImporter() {
            throw new IllegalStateException("cannot start");
        }
    }

    /** An extra validation rule. */
    public static final class ExtraRule implements ValidationRule {
        @Override
        public String id() {
            return "extra";
        }

        @Override
        public List<Diagnostic> check(Roadmap roadmap) {
            return List.of();
        }
    }

    private static ClassLoader withServices(Path dir, String service, String... lines) throws IOException {
        Path file = dir.resolve("META-INF/services/" + service);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, PluginRegistryTest.class.getClassLoader());
    }

    @Test
    void brokenAndMissingProvidersAreReportedByClassNameAndSkipped(@TempDir Path dir) throws IOException {
        ClassLoader cl = withServices(dir, RoadmapImporter.class.getName(),
                ExplodingImporter.class.getName(), "com.example.Missing", GoodImporter.class.getName());
        PluginRegistry registry = PluginRegistry.load(cl);
        assertThat(registry.importers()).containsOnlyKeys("good");
        assertThat(registry.problems()).hasSize(2);
        assertThat(registry.problems()).anySatisfy(p -> {
            assertThat(p.className()).isEqualTo(ExplodingImporter.class.getName());
            assertThat(p.message()).contains("cannot start");
        });
        assertThat(registry.problems()).anySatisfy(p -> assertThat(p.toString()).contains("com.example.Missing"));
    }

    @Test
    void duplicateIdsAreRejectedWithBothOrigins(@TempDir Path dir) throws IOException {
        ClassLoader cl = withServices(dir, RoadmapImporter.class.getName(),
                GoodImporter.class.getName(), TwinImporter.class.getName());
        PluginRegistry registry = PluginRegistry.load(cl);
        assertThat(registry.importer("good")).get().isExactlyInstanceOf(GoodImporter.class);
        assertThat(registry.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("duplicate RoadmapImporter id 'good'")
                .contains(GoodImporter.class.getName()).contains(TwinImporter.class.getName()));
        assertThatThrownBy(() -> PluginRegistry.builder().add(new GoodImporter()).add(new TwinImporter()))
                .isInstanceOf(DuplicateProviderException.class)
                .hasMessageContaining(GoodImporter.class.getName())
                .hasMessageContaining(TwinImporter.class.getName());
    }

    @Test
    void discoveredRulesExtendTheStandardValidator(@TempDir Path dir) throws IOException {
        ClassLoader cl = withServices(dir, ValidationRule.class.getName(), ExtraRule.class.getName());
        PluginRegistry registry = PluginRegistry.load(cl);
        assertThat(registry.validationRules()).containsOnlyKeys("extra");
        assertThat(registry.validator().rules()).extracting(ValidationRule::id).contains("cycle", "extra");
    }

    @Test
    void originNamesTheClassDirectoryOrJar() throws Exception {
        // it used to assert only isNotBlank(), which the "unknown" fallback passes too
        Path loadedFrom = Path.of(GoodImporter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(PluginRegistry.originOf(new GoodImporter())).isEqualTo(loadedFrom.getFileName().toString())
                .isNotEqualTo("unknown");
    }

    @Test
    void originOfAClassWithoutACodeSourceIsUnknown() {
        assertThat(PluginRegistry.originOf("a JDK class has no code source")).isEqualTo("unknown");
    }

    @Test
    void directoryLoaderFindsPluginJars(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a jar");
        ClassLoader cl = PluginRegistry.directoryClassLoader(dir, getClass().getClassLoader());
        assertThat(((URLClassLoader) cl).getURLs()).isEmpty();
    }

    @Test
    void anUnreadableJarInThePluginDirectoryIsReportedByNameAndSkipped(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("garbage.jar"), new byte[] {1, 2, 3, 4});

        PluginRegistry registry = PluginRegistry.load(dir, getClass().getClassLoader());

        assertThat(registry.problems()).singleElement().satisfies(p -> {
            assertThat(p.className()).isEqualTo("garbage.jar");
            assertThat(p.message()).startsWith("not a readable jar file");
        });
        assertThat(((URLClassLoader) PluginRegistry.directoryClassLoader(dir, getClass().getClassLoader())).getURLs()).isEmpty();
    }
}
