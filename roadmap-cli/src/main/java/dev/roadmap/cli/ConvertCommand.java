package dev.roadmap.cli;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code roadmap convert FILE... --to FORMAT [-o OUT] [--from FORMAT]}. One file converts to stdout
 * or {@code -o FILE}; several files or a directory convert into the directory {@code -o DIR},
 * continuing past bad files, with a summary and (on a terminal, for large batches) a progress bar.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert roadmaps to another format (json, markdown, and any plugin format). "
                + "Several files or a directory convert into the directory given by -o.")
final class ConvertCommand extends Subcommand {
    /** Batches at least this large show a progress bar on a terminal. */
    static final int PROGRESS_THRESHOLD = 20;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Roadmap documents or directories of them.")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Output format id or extension.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file (default: stdout); for several inputs or a directory, the output directory.")
    Path output;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format id (default: detect).")
    String from;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Override
    int run(Context ctx) throws IOException {
        RoadmapExporter exporter;
        try {
            exporter = ctx.engine().requireExporter(to);
        } catch (UnknownFormatException e) {
            throw CliException.usage("--to: " + e.plainMessage());
        }
        boolean batch = inputs.size() > 1 || Files.isDirectory(inputs.get(0));
        if (!batch) {
            ImportResult result = ctx.read(inputs.get(0), from);
            Diagnostics.print(ctx.check(result), ctx.err);
            Output.write(output, ctx, out -> PluginCalls.run("exporter", exporter.descriptor().id(), exporter,
                    () -> exporter.write(result.roadmap(), out, ctx.formatOptions())));
            return 0;
        }
        if (output == null) {
            throw CliException.usage("-o DIR is required when converting several files or a directory");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw CliException.usage("-o: " + output + " is not a directory");
        }
        Files.createDirectories(output);
        return batch(ctx, exporter, files());
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private int batch(Context ctx, RoadmapExporter exporter, List<Path> files) {
        String extension = exporter.descriptor().extensions().isEmpty() ? exporter.descriptor().id()
                : exporter.descriptor().extensions().get(0);
        Progress progress = new Progress(ctx.err, files.size(),
                !quiet && System.console() != null && files.size() >= PROGRESS_THRESHOLD);
        int converted = 0;
        int failed = 0;
        long warnings = 0;
        List<String> used = new ArrayList<>();
        for (Path file : files) {
            progress.step(file);
            try {
                ImportResult result = ctx.read(file, from);
                List<Diagnostic> diagnostics = ctx.check(result);
                warnings += diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
                List<Diagnostic> shown = diagnostics.stream().filter(d -> d.severity() != Severity.NOTICE).toList();
                progress.clear();
                Diagnostics.print(shown, ctx.err);
                Path target = output.resolve(uniqueName(file, extension, used));
                Output.write(target, ctx, out -> PluginCalls.run("exporter", exporter.descriptor().id(), exporter,
                        () -> exporter.write(result.roadmap(), out, ctx.formatOptions())));
                converted++;
            } catch (RoadmapException e) {
                progress.clear();
                ctx.err.println(Cli.describe(e));
                failed++;
            } catch (IOException e) {
                progress.clear();
                ctx.err.println(file + ":1:1: error: cannot write output: " + e.getMessage() + " [io-error]");
                failed++;
            }
        }
        progress.clear();
        if (!quiet) {
            ctx.err.println("converted " + converted + ", failed " + failed + ", " + ValidateCommand.plural(warnings, "warning"));
        }
        ctx.err.flush();
        return failed > 0 ? Cli.INVALID : 0;
    }

    /** {@code dir/a.md} becomes {@code a.json}; a second {@code a.*} becomes {@code a-2.json}. */
    private static String uniqueName(Path file, String extension, List<String> used) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String candidate = stem + "." + extension;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = stem + "-" + n + "." + extension;
        }
        used.add(candidate);
        return candidate;
    }

    /** A one-line progress bar on stderr, redrawn in place; silent when disabled. */
    private static final class Progress {
        private final java.io.PrintWriter err;
        private final int total;
        private final boolean enabled;
        private int done;
        private boolean drawn;

        Progress(java.io.PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled;
        }

        void step(Path file) {
            done++;
            if (!enabled) {
                return;
            }
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            String name = file.getFileName().toString();
            if (name.length() > 30) {
                name = name.substring(0, 29) + "…";
            }
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + name + "   ");
            err.flush();
            drawn = true;
        }

        void clear() {
            if (enabled && drawn) {
                err.print("\r" + " ".repeat(80) + "\r");
                err.flush();
                drawn = false;
            }
        }
    }
}
