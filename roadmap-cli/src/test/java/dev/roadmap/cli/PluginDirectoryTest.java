package dev.roadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.spi.PlanExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --plugins DIR} end to end: plugin jars built at test time (sources compiled with the system
 * Java compiler, packed with {@link java.util.jar}) are found, and broken ones are reported by jar and
 * class and skipped while the built-in formats keep working.
 */
class PluginDirectoryTest {
    private static final String SHOUT = """
            package com.example.shout;

            public final class ShoutPlanExporter implements dev.roadmap.spi.PlanExporter {
                public dev.roadmap.spi.FormatDescriptor descriptor() {
                    return dev.roadmap.spi.FormatDescriptor.of("shout", "Shouted plan", "shout");
                }

                public void write(dev.roadmap.core.plan.Plan plan, dev.roadmap.core.Roadmap roadmap,
                                  java.io.OutputStream out) throws java.io.IOException {
                    String text = roadmap.title().toUpperCase(java.util.Locale.ROOT) + " IN " + plan.totalWeeks() + " WEEKS\\n";
                    out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            """;
    private static final String BOOM = """
            package com.example.boom;

            public final class BoomPlanExporter implements dev.roadmap.spi.PlanExporter {
                public BoomPlanExporter() {
                    throw new IllegalStateException("boom in the constructor");
                }

                public dev.roadmap.spi.FormatDescriptor descriptor() {
                    return dev.roadmap.spi.FormatDescriptor.of("boom", "Never", "boom");
                }

                public void write(dev.roadmap.core.plan.Plan plan, dev.roadmap.core.Roadmap roadmap, java.io.OutputStream out) {
                }
            }
            """;

    private static Path shoutJar;
    private static Path boomJar;

    @BeforeAll
    static void buildPluginJars(@TempDir Path build) throws Exception {
        shoutJar = pluginJar(build, "shout-plugin.jar", "com.example.shout.ShoutPlanExporter", SHOUT);
        boomJar = pluginJar(build, "boom-plugin.jar", "com.example.boom.BoomPlanExporter", BOOM);
    }

    @Test
    void aPluginJarInTheDirectoryAddsItsFormat(@TempDir Path plugins) throws IOException {
        Files.copy(shoutJar, plugins.resolve("shout-plugin.jar"));

        Run formats = run("--plugins", plugins.toString(), "formats");
        Run plan = run("--plugins", plugins.toString(), "plan", example(), "--to", "shout");

        assertThat(formats.code()).isZero();
        assertThat(formats.out()).containsPattern("shout +Shouted plan +\\.shout +shout-plugin\\.jar");
        assertThat(plan.code()).isZero();
        assertThat(plan.out()).matches("MACHINE LEARNING BASICS IN \\d+ WEEKS\\R");
        assertThat(plan.err()).doesNotContain("plugin skipped");
    }

    @Test
    void withoutTheDirectoryThePluginFormatIsUnknown() {
        Run plan = run("plan", example(), "--to", "shout");

        assertThat(plan.code()).isEqualTo(2);
        assertThat(plan.err()).contains("shout");
    }

    @Test
    void aProviderThatThrowsIsReportedWithItsJarAndClassAndSkipped(@TempDir Path plugins) throws IOException {
        Files.copy(shoutJar, plugins.resolve("shout-plugin.jar"));
        Files.copy(boomJar, plugins.resolve("boom-plugin.jar"));

        Run formats = run("--plugins", plugins.toString(), "formats");

        assertThat(formats.code()).isZero();
        assertThat(formats.err()).contains("plugin skipped", "com.example.boom.BoomPlanExporter", "boom-plugin.jar",
                "boom in the constructor");
        assertThat(formats.out()).contains("shout").doesNotContainPattern("\\n  boom ");
        assertThat(formats.out()).containsPattern("\\n  json ").containsPattern("\\n  markdown ");
    }

    @Test
    void aJarOfGarbageIsReportedByNameAndTheRestStillWorks(@TempDir Path plugins) throws IOException {
        Files.copy(shoutJar, plugins.resolve("shout-plugin.jar"));
        Files.write(plugins.resolve("garbage.jar"), "this is not a zip file at all".getBytes(StandardCharsets.US_ASCII));

        Run plan = run("--plugins", plugins.toString(), "plan", example(), "--to", "json");
        Run shout = run("--plugins", plugins.toString(), "plan", example(), "--to", "shout");

        assertThat(plan.code()).isZero();
        assertThat(plan.out()).contains("\"format\": \"roadmap-plan/1\"");
        assertThat(plan.err()).contains("plugin skipped", "garbage.jar", "not a readable jar file");
        assertThat(shout.code()).isZero();
        assertThat(shout.out()).startsWith("MACHINE LEARNING BASICS");
    }

    @Test
    void builtInFormatsWorkWithAnEmptyPluginDirectory(@TempDir Path plugins) {
        Run plan = run("--plugins", plugins.toString(), "plan", example(), "--to", "markdown");

        assertThat(plan.code()).isZero();
        assertThat(plan.out()).startsWith("# Study plan: Machine learning basics");
        assertThat(plan.err()).isEmpty();
    }

    @Test
    void aMissingPluginDirectoryIsAUsageError(@TempDir Path dir) {
        Run r = run("--plugins", dir.resolve("nope").toString(), "formats");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--plugins", "nope");
    }

    /** Output of one CLI run. */
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        Run r = new Run(code, out.toString(), err.toString());
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ");
        return r;
    }

    private static String example() {
        Path p = Path.of("..", "docs", "examples", "ml-basics.json");
        assertThat(p).exists();
        return p.toString();
    }

    /** Compiles one provider class against roadmap-core and packs it with its service file. */
    private static Path pluginJar(Path build, String jarName, String className, String source) throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("tests need a JDK").isNotNull();
        Path src = build.resolve(jarName + "-src");
        Path classes = build.resolve(jarName + "-classes");
        Path file = src.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, source);
        // Surefire may hide the class path in a manifest-only jar; the SPI's own location is reliable.
        String core = Path.of(PlanExporter.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-classpath", core, "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertThat(ok).as(diagnostics.toString()).isTrue();

        Path jar = build.resolve(jarName);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, manifest)) {
            out.putNextEntry(new JarEntry("META-INF/services/" + PlanExporter.class.getName()));
            out.write((className + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            try (var paths = Files.walk(classes)) {
                for (Path c : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                    out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(c));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
