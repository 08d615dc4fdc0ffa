package dev.roadmap.cli;

import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roadmap demo}: plans the bundled sample roadmap at its suggested weekly hours. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Plan the bundled sample roadmap (a year-long path to machine-learning engineer).")
final class DemoCommand extends Subcommand {
    /** Class-path location of the bundled sample roadmap. */
    static final String RESOURCE = "/dev/roadmap/cli/demo-roadmap.json";

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First day of week 1 (default: the coming Monday, today on a Monday).")
    LocalDate start;

    @Mixin
    PlanOutput shown;

    @Override
    int run(Context ctx) throws IOException {
        PlanRunner runner = new PlanRunner(ctx, "week-packing", shown, null);
        runner.checkFormats();
        RoadmapImporter json = ctx.engine().importer("json")
                .orElseThrow(() -> CliException.invalid("roadmap: error: the json importer is missing [plugin-missing]"));
        ImportResult result;
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw CliException.invalid("roadmap: error: the bundled sample roadmap is missing [demo-missing]");
            }
            result = json.read(in, "demo-roadmap.json", ReadLimits.defaults());
        }
        PlanOptions options = PlanOptions.builder().start(start != null ? start : PlanOptions.defaultStart(LocalDate.now())).build();
        return runner.run(result.roadmap(), options);
    }
}
