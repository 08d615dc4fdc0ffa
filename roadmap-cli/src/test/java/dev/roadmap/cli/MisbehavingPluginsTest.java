package dev.roadmap.cli;

import static dev.roadmap.cli.CliTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.cli.misbehaving.MisbehavingProviders;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.RoadmapImporter;
import dev.roadmap.spi.Scheduler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin directory whose providers throw in their constructor, in {@code sniff}, while importing,
 * exporting or scheduling: each failure is reported with the provider's id and class, with no stack
 * trace, and the built-in formats keep working beside them.
 */
class MisbehavingPluginsTest {
    @TempDir
    static Path pluginDir;

    @BeforeAll
    static void writePluginJar() throws IOException {
        // The jar holds only service files; the classes come from the test class path through the
        // plugin class loader's parent, exactly as a plugin jar's classes would be found.
        try (OutputStream file = Files.newOutputStream(pluginDir.resolve("misbehaving.jar"));
             JarOutputStream jar = new JarOutputStream(file)) {
            service(jar, RoadmapImporter.class, MisbehavingProviders.ConstructorThrows.class,
                    MisbehavingProviders.SniffThrows.class, MisbehavingProviders.ReadThrows.class);
            service(jar, RoadmapExporter.class, MisbehavingProviders.ExportThrows.class);
            service(jar, PlanExporter.class, MisbehavingProviders.PlanExportThrows.class);
            service(jar, Scheduler.class, MisbehavingProviders.SchedulerThrows.class);
        }
    }

    private static void service(JarOutputStream jar, Class<?> spi, Class<?>... providers) throws IOException {
        jar.putNextEntry(new JarEntry("META-INF/services/" + spi.getName()));
        StringBuilder lines = new StringBuilder();
        for (Class<?> p : providers) {
            lines.append(p.getName()).append('\n');
        }
        jar.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    private static CliTest.Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--plugins";
        all[1] = pluginDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(all, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        // the plugin's exception is named (it helps its author) but never printed as a stack trace
        assertThat(err.toString()).as("no stack trace").doesNotContain("\tat ");
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void providerThatThrowsInItsConstructorIsNamedAndTheRestStillWork() {
        CliTest.Run r = run("validate", fixture("valid.json"));
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("plugin skipped").contains(MisbehavingProviders.ConstructorThrows.class.getName())
                .contains("[plugin-failed]");
        CliTest.Run formats = run("formats");
        assertThat(formats.out()).contains("sniff-boom").contains("read-boom").contains("json").contains("markdown")
                .doesNotContain("ctor-boom");
    }

    @Test
    void sniffThatThrowsDoesNotStopDetectionByOtherImporters() {
        CliTest.Run r = run("info", fixture("valid.json"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).as("the JSON importer still read the file").contains("Small roadmap (small)");
    }

    @Test
    void importerThatThrowsIsReportedByIdAndClassAgainstTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.readboom");
        Files.writeString(file, "anything");
        CliTest.Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(file + ":1:1: error: importer 'read-boom' (")
                .contains(MisbehavingProviders.ReadThrows.class.getName()).contains("[plugin-failed]");
    }

    @Test
    void exporterThatThrowsIsNamedAndLeavesNoHalfWrittenFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "previous");
        CliTest.Run r = run("convert", fixture("valid.json"), "--to", "export-boom", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("exporter 'export-boom'").contains(MisbehavingProviders.ExportThrows.class.getName())
                .contains("[plugin-failed]");
        assertThat(Files.readString(out)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(out);
        }
        assertThat(run("convert", fixture("valid.json"), "--to", "json").code()).isZero();
    }

    @Test
    void planExporterAndSchedulerThatThrowAreNamed() {
        CliTest.Run export = run("plan", fixture("valid.json"), "--hours-per-week", "10", "--to", "plan-boom");
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err()).contains("plan exporter 'plan-boom'").contains("[plugin-failed]");
        CliTest.Run schedule = run("plan", fixture("valid.json"), "--hours-per-week", "10", "--scheduler", "boom-scheduler");
        assertThat(schedule.code()).isEqualTo(1);
        assertThat(schedule.err()).contains("scheduler 'boom-scheduler'")
                .contains(MisbehavingProviders.SchedulerThrows.class.getName()).contains("[plugin-failed]");
        assertThat(run("plan", fixture("valid.json"), "--hours-per-week", "10").code()).isZero();
    }
}
