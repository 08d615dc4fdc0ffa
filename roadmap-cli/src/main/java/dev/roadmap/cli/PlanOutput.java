package dev.roadmap.cli;

import picocli.CommandLine.Option;

/** How a plan is shown ({@code --to FORMAT}, {@code --explain}): a picocli mixin of {@code plan} and {@code demo}. */
final class PlanOutput {
    @Option(names = "--to", defaultValue = "text", paramLabel = "FORMAT", description = "Output format (default: text).")
    String format;

    @Option(names = "--explain", description = "Say why each skill starts when it does.")
    boolean explain;
}
