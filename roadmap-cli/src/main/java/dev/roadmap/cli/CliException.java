package dev.roadmap.cli;

/** A failure the CLI reports as one line with a chosen exit code. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(Cli.USAGE, "roadmap: " + message);
    }

    static CliException invalid(String message) {
        return new CliException(Cli.INVALID, message);
    }

    int exitCode() {
        return exitCode;
    }
}
