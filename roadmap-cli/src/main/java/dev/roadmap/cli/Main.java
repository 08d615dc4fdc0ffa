package dev.roadmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code roadmap} command line. Exit codes: 0 success, 1 invalid input or infeasible plan,
 * 2 usage error. Diagnostics go to stderr as {@code FILE:LINE:COL: severity: message [code]};
 * no Java stack trace is ever printed for bad input or bad arguments.
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line without exiting the JVM (for tests and embedding).
     *
     * @param args command-line arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Cli.commandLine(out, err).execute(args);
    }
}
