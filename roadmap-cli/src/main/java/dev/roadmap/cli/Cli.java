package dev.roadmap.cli;

import dev.roadmap.core.RoadmapException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Builds the picocli command tree with the project's error and exit-code handling. */
final class Cli {
    /** Exit code for invalid input or an infeasible plan. */
    static final int INVALID = 1;
    /** Exit code for usage errors. */
    static final int USAGE = 2;

    private Cli() {
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RoadmapCommand(out, err));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.time.LocalDate.class, Cli::date);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : INVALID);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("roadmap: " + ex.getMessage());
            CommandLine cmd = ex.getCommandLine();
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            err.println(describe(ex));
            if (cl.getCommand() instanceof RoadmapCommand root && root.context.debug()) {
                ex.printStackTrace(err);
            }
            err.flush();
            if (ex instanceof CliException c) {
                return c.exitCode();
            }
            return INVALID;
        });
        return cl;
    }

    /** Parses YYYY-MM-DD with a message a person can act on (picocli's default names the Java exception). */
    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, e.g. 2026-12-07, got '" + text + "'");
        }
    }

    /** One line for any failure; never a stack trace. */
    static String describe(Throwable ex) {
        if (ex instanceof CliException c) {
            return c.getMessage();
        }
        if (ex instanceof RoadmapException r) {
            return Diagnostics.format(r);
        }
        if (ex instanceof NoSuchFileException n) {
            return n.getFile() + ": error: no such file [io-error]";
        }
        if (ex instanceof IOException io) {
            return "roadmap: error: " + io.getMessage() + " [io-error]";
        }
        if (ex instanceof OutOfMemoryError) {
            return "roadmap: error: out of memory; raise the heap with java -Xmx... [out-of-memory]";
        }
        return "roadmap: internal error: " + ex + " (please report this) [internal-error]";
    }
}
