package dev.roadmap.cli;

import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.RoadmapExporter;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code roadmap convert FILE --to FORMAT [-o OUT] [--from FORMAT]}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a roadmap to another format (json, markdown, and any plugin format).")
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    RoadmapCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "Roadmap document.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Output format id or extension.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: stdout).")
    Path output;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format id (default: detect).")
    String from;

    @Override
    public Integer call() throws IOException {
        Context ctx = parent.context;
        RoadmapExporter exporter;
        try {
            exporter = ctx.formats().exporter(to);
        } catch (UnknownFormatException e) {
            throw CliException.usage("--to: " + e.plainMessage());
        }
        ImportResult result = ctx.read(file, from);
        List<Diagnostic> diagnostics = ctx.check(result);
        Diagnostics.print(diagnostics, ctx.err);
        Output.write(output, ctx, out -> exporter.write(result.roadmap(), out));
        return 0;
    }

    /** Writes to a file or to stdout. */
    static final class Output {
        private Output() {
        }

        interface Body {
            void writeTo(OutputStream out) throws IOException;
        }

        static void write(Path output, Context ctx, Body body) throws IOException {
            if (output == null) {
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                body.writeTo(buffer);
                ctx.out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
                ctx.out.flush();
            } else {
                Path parentDir = output.toAbsolutePath().getParent();
                if (parentDir != null && !Files.isDirectory(parentDir)) {
                    throw CliException.usage("-o: directory does not exist: " + parentDir);
                }
                try (OutputStream out = Files.newOutputStream(output)) {
                    body.writeTo(out);
                }
            }
        }
    }
}
