package dev.roadmap.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --today}: the day progress is measured on, a picocli mixin of {@code plan} and {@code status}. */
final class Today {
    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The current day, for the progress log (default: today).")
    LocalDate given;

    /** @return the day given, else the system's today */
    LocalDate day() {
        return given != null ? given : LocalDate.now();
    }
}
