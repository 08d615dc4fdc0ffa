package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.ProgressReport;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.io.json.progress.PlanJsonReader;
import dev.roadmap.io.json.progress.StatusJsonWriter;
import dev.roadmap.io.plan.StatusTextWriter;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.Scheduler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code roadmap status FILE --progress PROGRESS ...}: where the learner stands against a baseline plan. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Report progress: hours logged, percent done, skills done, the projected finish and weeks"
                + " ahead or behind a baseline plan.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    RoadmapCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "Roadmap document.")
    Path file;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format id (default: detect).")
    String from;

    @Option(names = "--progress", required = true, paramLabel = "PROGRESS", description = "Progress log (or roadmap.sh progress).")
    Path progress;

    @Option(names = "--baseline", paramLabel = "PLAN.json", description = "The plan you started from (plan --to json).")
    Path baseline;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day of the report (default: today).")
    LocalDate today;

    @Option(names = "--hours-per-week", paramLabel = "H",
            description = "Weekly hours for the projection (default: the baseline's, else the roadmap's pace).")
    Double hoursPerWeek;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: text).")
    String format;

    @Override
    public Integer call() throws IOException {
        Context ctx = parent.context;
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw CliException.usage("--format: expected text or json, got '" + format + "'");
        }
        LocalDate day = today != null ? today : LocalDate.now();
        var result = ctx.read(file, from);
        List<Diagnostic> diagnostics = ctx.check(result);
        Diagnostics.print(diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList(), ctx.err);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return Cli.INVALID;
        }
        Roadmap roadmap = result.roadmap();
        ProgressLog log = ProgressInputs.read(progress, Optional.of(roadmap), day);
        if (ProgressInputs.check(log, roadmap, day, ctx)) {
            return Cli.INVALID;
        }
        Optional<Plan> base = baseline == null ? Optional.empty() : Optional.of(readBaseline(baseline));
        PlanOptions.Builder options = PlanOptions.builder().progress(log).today(day);
        if (hoursPerWeek != null) {
            try {
                options.capacity(Capacity.pool(hoursPerWeek));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--hours-per-week: " + e.getMessage());
            }
        } else {
            base.ifPresent(b -> options.capacity(Capacity.perTrack(b.capacity().weekly())));
        }
        Scheduler scheduler = ctx.engine().scheduler("week-packing")
                .orElseThrow(() -> CliException.invalid("roadmap: error: the week-packing scheduler is missing [plugin-missing]"));
        PlanOptions built = options.build();
        Plan current = PluginCalls.get("scheduler", "week-packing", scheduler, () -> scheduler.schedule(roadmap, built));
        ProgressReport report = ProgressReport.of(roadmap, log, current, base, day);
        ctx.out.print(fmt.equals("json") ? StatusJsonWriter.writeToString(report) : StatusTextWriter.write(report));
        ctx.out.flush();
        return 0;
    }

    private static Plan readBaseline(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new ImportException("io-error", "no such file", dev.roadmap.core.SourceLocation.unknown(path.toString()), null);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return PlanJsonReader.read(in, path.toString(), ReadLimits.defaults());
        }
    }
}
