package dev.roadmap.cli;

import static java.util.Map.entry;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.ProgressReport;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.progress.PlanJsonReader;
import dev.roadmap.io.json.progress.StatusJsonWriter;
import dev.roadmap.io.plan.StatusTextWriter;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.Scheduler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roadmap status FILE --progress PROGRESS ...}: where the learner stands against a baseline plan. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Report progress: hours logged, percent done, skills done, the projected finish and weeks"
                + " ahead or behind a baseline plan.")
final class StatusCommand extends Subcommand {
    @Mixin
    RoadmapInput input;

    @Option(names = "--progress", required = true, paramLabel = "PROGRESS", description = "Progress log (or roadmap.sh progress).")
    Path progress;

    @Option(names = "--baseline", paramLabel = "PLAN.json", description = "The plan you started from (plan --to json).")
    Path baseline;

    @Mixin
    Today today;

    @Option(names = "--hours-per-week", paramLabel = "H",
            description = "Weekly hours for the projection (default: the baseline's, else the roadmap's pace).")
    Double hoursPerWeek;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: text).")
    String format;

    @Override
    int run(Context ctx) throws IOException {
        boolean json = OptionValues.pick("--format", format, entry("text", false), entry("json", true));
        LocalDate day = today.day();
        Optional<ImportResult> result = input.readValid(ctx, Diagnostic::isError);
        if (result.isEmpty()) {
            return Cli.INVALID;
        }
        Roadmap roadmap = result.get().roadmap();
        Optional<ProgressLog> log = ProgressInputs.readChecked(progress, roadmap, day, ctx);
        if (log.isEmpty()) {
            return Cli.INVALID;
        }
        Optional<Plan> base = baseline == null ? Optional.empty() : Optional.of(readBaseline(baseline));
        PlanOptions.Builder options = PlanOptions.builder().progress(log.get()).today(day);
        if (hoursPerWeek != null) {
            options.capacity(OptionValues.checked("--hours-per-week", () -> Capacity.pool(hoursPerWeek)));
        } else {
            base.ifPresent(b -> options.capacity(Capacity.perTrack(b.capacity().weekly())));
        }
        Scheduler scheduler = ctx.engine().scheduler("week-packing")
                .orElseThrow(() -> CliException.invalid("roadmap: error: the week-packing scheduler is missing [plugin-missing]"));
        PlanOptions built = options.build();
        Plan current = PluginCalls.get("scheduler", "week-packing", scheduler, () -> scheduler.schedule(roadmap, built));
        ProgressReport report = ProgressReport.of(roadmap, log.get(), current, base, day);
        ctx.out.print(json ? StatusJsonWriter.writeToString(report) : StatusTextWriter.write(report));
        ctx.out.flush();
        return 0;
    }

    private static Plan readBaseline(Path path) throws IOException {
        InputFiles.requireFile(path, "a plan");
        try (InputStream in = Files.newInputStream(path)) {
            return PlanJsonReader.read(in, path.toString(), ReadLimits.defaults());
        }
    }
}
