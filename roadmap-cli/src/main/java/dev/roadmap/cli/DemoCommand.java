package dev.roadmap.cli;

import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code roadmap demo}: plans the bundled sample roadmap at its suggested weekly hours. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Plan the bundled sample roadmap (a year-long path to machine-learning engineer).")
final class DemoCommand implements Callable<Integer> {
    /** Class-path location of the bundled sample roadmap. */
    static final String RESOURCE = "/dev/roadmap/cli/demo-roadmap.json";

    @ParentCommand
    RoadmapCommand parent;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First day of week 1 (default: the coming Monday, today on a Monday).")
    LocalDate start;

    @Option(names = "--to", defaultValue = "text", paramLabel = "FORMAT", description = "Output format (default: text).")
    String to;

    @Option(names = "--explain", description = "Say why each skill starts when it does.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        Context ctx = parent.context;
        PlanRunner runner = new PlanRunner(ctx, "week-packing", to, null, explain);
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
