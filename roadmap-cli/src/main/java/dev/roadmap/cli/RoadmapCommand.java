package dev.roadmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level {@code roadmap} command: holds the global options and the subcommands. */
@Command(name = "roadmap", mixinStandardHelpOptions = true, version = "roadmap " + RoadmapCommand.VERSION,
        description = "Validate, summarise, convert and plan learning roadmaps.",
        subcommands = {ValidateCommand.class, InfoCommand.class, PathCommand.class, ConvertCommand.class,
                PlanCommand.class, LogCommand.class, StatusCommand.class, FormatsCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input is invalid or the plan infeasible", "2:usage error"})
final class RoadmapCommand implements Callable<Integer> {
    /** The tool's version, shown by {@code --version} and written into reports. */
    static final String VERSION = "0.1.0";

    final Context context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    RoadmapCommand(PrintWriter out, PrintWriter err) {
        this.context = new Context(out, err);
    }

    @Option(names = "--plugins", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Also load plugins from the jars in DIR.")
    void plugins(Path dir) {
        context.pluginDir(dir);
    }

    @Option(names = "--option", paramLabel = "KEY=VALUE", scope = CommandLine.ScopeType.INHERIT,
            description = "Set a format option for this run, e.g. roadmapsh.efforts=topic=8h or html.today=2027-02-01 (repeatable).")
    void option(String keyValue) {
        int eq = keyValue.indexOf('=');
        if (eq <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--option: expected KEY=VALUE, got '" + keyValue + "'");
        }
        context.option(keyValue.substring(0, eq).trim(), keyValue.substring(eq + 1).trim());
    }

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On failure, also print the Java stack trace (for bug reports).")
    void debug(boolean on) {
        context.debug(on);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
