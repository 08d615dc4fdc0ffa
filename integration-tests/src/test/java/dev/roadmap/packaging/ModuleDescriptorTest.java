package dev.roadmap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.testing.ReactorModules;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JPMS descriptors of the library modules (what {@code jar --describe-module} prints) export every
 * package except {@code internal} ones, and provide exactly the services their
 * {@code META-INF/services} files list, so the class path and the module path see the same providers.
 */
class ModuleDescriptorTest {

    @Test
    void libraryModulesExportAllButInternalPackagesAndProvideTheirServices() throws IOException {
        int checked = 0;
        for (ReactorModules.Module m : ReactorModules.all()) {
            Path classes = m.dir().resolve("target/classes");
            if (!m.packaging().equals("jar") || !Files.exists(m.dir().resolve("src/main/java/module-info.java"))) {
                continue;
            }
            ModuleReference ref = ModuleFinder.of(classes).findAll().iterator().next();
            ModuleDescriptor d = ref.descriptor();
            Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = d.packages().stream().filter(p -> !p.endsWith(".internal") && !p.contains(".internal."))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(exported).as(d.name() + " exports").isEqualTo(expected);
            assertThat(exported).as(d.name()).noneMatch(p -> p.contains("internal"));
            assertThat(d.name()).as("module name is the root package").startsWith("dev.roadmap.");

            Map<String, Set<String>> provided = new TreeMap<>();
            d.provides().forEach(p -> provided.put(p.service(), new TreeSet<>(p.providers())));
            assertThat(provided).as(d.name() + " provides").isEqualTo(servicesFiles(classes));
            checked++;
        }
        assertThat(checked).as("core, io and scheduler at least").isGreaterThanOrEqualTo(3);
    }

    private static Map<String, Set<String>> servicesFiles(Path classes) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        Path dir = classes.resolve("META-INF/services");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Set<String> names = Files.readAllLines(f).stream().map(l -> l.replaceAll("#.*", "").strip())
                        .filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                out.put(f.getFileName().toString(), names);
            }
        }
        return out;
    }

    @Test
    void pluginJarsAreAutomaticModulesNamedAfterTheirPackage() throws IOException {
        String version = ReactorModules.first(Files.readString(ReactorModules.root().resolve("pom.xml"))
                .replaceAll("(?s)<parent>.*?</parent>", ""), "version");
        int checked = 0;
        for (ReactorModules.Module m : ReactorModules.all()) {
            if (!m.artifactId().startsWith("roadmap-plugin-") || !m.packaging().equals("jar")) {
                continue;
            }
            Path jar = m.dir().resolve("target/" + m.artifactId() + "-" + version + ".jar");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(jar), "plugin jars are built (mvn verify)");
            String pkg;
            try (Stream<Path> dirs = Files.list(m.dir().resolve("src/main/java/dev/roadmap/plugins"))) {
                pkg = dirs.findFirst().orElseThrow().getFileName().toString();
            }
            ModuleDescriptor d = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
            assertThat(d.isAutomatic()).as(jar.getFileName().toString()).isTrue();
            assertThat(d.name()).as(jar.getFileName().toString()).isEqualTo("dev.roadmap.plugins." + pkg);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }
}
