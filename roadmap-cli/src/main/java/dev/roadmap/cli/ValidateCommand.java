package dev.roadmap.cli;

import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.io.report.CiReportWriters;
import dev.roadmap.io.report.ValidationJsonWriter;
import dev.roadmap.spi.ImportResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap validate FILE... [--format text|json]}: checks documents; exit 1 when any has an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check roadmaps: syntax, prerequisites (cycles, unknown ids), efforts, choices.")
final class ValidateCommand extends Subcommand {
    enum OutputFormat { text, json, sarif, github, junit }

    enum FailOn { error, warning }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Roadmap documents.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: text; the others go to stdout).")
    OutputFormat format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Exit 1 when a diagnostic of this severity or worse is found: ${COMPLETION-CANDIDATES} (default: error).")
    FailOn failOn;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format id (default: detect).")
    String from;

    @Override
    int run(Context ctx) {
        boolean failed = false;
        List<ValidationJsonWriter.FileReport> reports = new ArrayList<>();
        for (Path file : files) {
            List<Diagnostic> diagnostics;
            int skills = -1;
            try {
                ImportResult result = ctx.read(file, from);
                diagnostics = ctx.check(result);
                skills = result.roadmap().size();
            } catch (RoadmapException e) {
                diagnostics = List.of(Diagnostic.error(e.code(), e.plainMessage(),
                        e.location().orElse(SourceLocation.unknown(file.toString()))));
            }
            boolean valid = diagnostics.stream().noneMatch(Diagnostic::isError);
            failed |= diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR
                    || (failOn == FailOn.warning && d.severity() == Severity.WARNING));
            reports.add(new ValidationJsonWriter.FileReport(file.toString(), valid, skills, diagnostics));
            if (format == OutputFormat.text) {
                Diagnostics.print(diagnostics, ctx.err);
                ctx.out.println(summary(file, valid, skills, diagnostics));
            }
        }
        switch (format) {
            case json -> ctx.out.print(ValidationJsonWriter.write(reports));
            case sarif -> ctx.out.print(CiReportWriters.sarif(reports, RoadmapCommand.VERSION));
            case github -> ctx.out.print(CiReportWriters.github(reports));
            case junit -> ctx.out.print(CiReportWriters.junit(reports));
            case text -> { }
        }
        ctx.out.flush();
        return failed ? Cli.INVALID : 0;
    }

    private static String summary(Path file, boolean valid, int skills, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long notices = diagnostics.stream().filter(d -> d.severity() == Severity.NOTICE).count();
        String counts = plural(errors, "error") + ", " + plural(warnings, "warning")
                + (notices > 0 ? ", " + plural(notices, "notice") : "");
        if (skills < 0) {
            return file + ": unreadable (" + counts + ")";
        }
        return file + ": " + (valid ? "valid" : "invalid") + " (" + plural(skills, "skill") + ", " + counts + ")";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
