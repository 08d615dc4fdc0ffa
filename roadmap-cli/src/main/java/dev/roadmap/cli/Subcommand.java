package dev.roadmap.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A subcommand of {@code roadmap}: runs with the {@link Context} its parent command holds. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    RoadmapCommand parent;

    @Override
    public final Integer call() throws IOException {
        return run(parent.context);
    }

    /**
     * Runs the command.
     *
     * @param ctx the run's output streams and engine
     * @return the exit code
     */
    abstract int run(Context ctx) throws IOException;
}
